using System.Net;
using System.Text;

namespace EhcpQa.Web.Tests.Security;

/// <summary>
/// QA leads and administrators read the security and access log on a page, filtered by person and kind, and
/// download the same entries as CSV (written so no cell is read as a formula); nobody else sees it.
/// </summary>
public sealed class SecurityLogPageTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheQaLead_FiltersThePageByPersonAndKind()
    {
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var client = app.ClientFrom(SecondFactorJourney.NewAddress());
        await SecondFactorJourney.GivePasswordAsync(client, email, "=HYPERLINK(\"x\") not the password");
        var id = await app.WithDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users.Where(u => u.Email == email).Select(u => u.Id)));
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync($"/security-log?days=7&person={id}&kind={Uri.EscapeDataString("sign-in refused")}");

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains("wrong password", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Pat Example", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(id, page.QuerySelector("select#person option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task TheCsv_HoldsTheSameEntries_WithEveryField()
    {
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var client = app.ClientFrom(System.Net.IPAddress.Parse("203.0.113.77"));
        await SecondFactorJourney.GivePasswordAsync(client, email);
        var id = await app.WithDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users.Where(u => u.Email == email).Select(u => u.Id)));
        var admin = await app.SignInAsync(DemoUsers.Administrator);

        var response = await admin.GetAsync($"/security-log/csv?days=7&person={id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Entry,When (UTC),What,Who,Account id", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",signed in,Pat Example," + id, StringComparison.Ordinal) && l.Contains("203.0.113.77", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker)]
    [InlineData(DemoUsers.BoardMember)]
    [InlineData(DemoUsers.PanelMember)]
    public async Task NobodyElse_SeesIt(string email)
    {
        var someone = await app.SignInAsync(email);

        foreach (var url in new[] { "/security-log", "/security-log/csv", "/security-log/check" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync(url)).StatusCode);
        }
    }
}
