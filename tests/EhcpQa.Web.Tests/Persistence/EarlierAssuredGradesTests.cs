using EhcpQa.Domain.Plans;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Persistence;

/// <summary>
/// A database from before the dashboards kept assured grades gets them on start, the same as if they had
/// been recorded as each grade became decisive; a second start records nothing more.
/// </summary>
public sealed class EarlierAssuredGradesTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Start_RecordsTheMissingAssuredGradesFromTheGradings_Once()
    {
        var recordedAtTheTime = await app.WithDatabaseAsync(DescribeAllAsync);
        Assert.NotEmpty(recordedAtTheTime);
        await app.WithDatabaseAsync(db => db.AssuredGrades.ExecuteDeleteAsync());

        var first = await RecordAsync();
        var second = await RecordAsync();

        Assert.Equal(recordedAtTheTime.Count, first);
        Assert.Equal(0, second);
        Assert.Equal(recordedAtTheTime, await app.WithDatabaseAsync(DescribeAllAsync));
    }

    private Task<int> RecordAsync() =>
        app.WithScopeAsync(services => services.GetRequiredService<EarlierAssuredGrades>().RecordAsync());

    private static async Task<List<string>> DescribeAllAsync(Web.Persistence.EhcpQaDbContext db) =>
        (await db.AssuredGrades.AsNoTracking().ToListAsync()).Select(Describe).Order(StringComparer.Ordinal).ToList();

    private static string Describe(AssuredGrade a) =>
        $"{a.PlanId} {a.Level} {a.PlanVersionId} {a.PanelSessionId} {a.GivenById} {a.GivenAt:O} {a.GivenOn} {a.LocalityId} {a.Phase} {a.Need} {a.Setting} {a.Overall} {a.Regraded} {a.SectionGrades}";
}
