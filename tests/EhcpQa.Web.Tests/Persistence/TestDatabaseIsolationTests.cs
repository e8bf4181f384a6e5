using Microsoft.Data.Sqlite;

namespace EhcpQa.Web.Tests.Persistence;

/// <summary>
/// The shared test host writes each class's work to that class's own copy of the database, never to the
/// template the next class copies: what one class adds is in its file alone.
/// </summary>
public sealed class TestDatabaseIsolationTests(EhcpQaApp app, TestHost host) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task APlanAddedThroughThePages_IsInThisClassesDatabaseOnly()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var planId = await app.Plans.DraftAsync("EHC-ISOLATED-1");

        Assert.Equal(System.Net.HttpStatusCode.OK, (await qaLead.GetAsync($"/plans/{planId}")).StatusCode);
        Assert.Equal(1, Count(app.Database.FilePath));
        Assert.Equal(0, Count(host.Databases.TemplatePath));
    }

    private static long Count(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Plans WHERE Reference = 'EHC-ISOLATED-1'";
        return (long)command.ExecuteScalar()!;
    }
}
