using System.Net;
using EhcpQa.Web.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Security;

/// <summary>
/// Reads of plans made at the same moment are saved to the security log together, and still each one is recorded,
/// once, by the time its page has answered.
/// </summary>
public sealed class ReadsAtTheSameTimeAreEachRecordedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task FortyReadsAtOnce_AreFortyEntries_EachInTheLogWhenItsPageAnswers()
    {
        var planIds = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            planIds.Add(await app.Plans.DraftAsync($"EHC-TOGETHER-{i}"));
        }

        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var paths = Enumerable.Range(0, 40).Select(i => $"/plans/{planIds[i % planIds.Count]}").ToList();

        var seenOnAnswer = await Task.WhenAll(paths.Select(async path =>
        {
            var response = await caseworker.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await app.WithDatabaseAsync(db => db.SecurityEvents.AsNoTracking()
                .CountAsync(e => e.Kind == SecurityEventKinds.Read && e.Subject == path));
        }));

        Assert.All(seenOnAnswer, count => Assert.True(count >= 1, "a page answered before its read was recorded"));
        var recorded = await app.WithDatabaseAsync(db => db.SecurityEvents.AsNoTracking()
            .Where(e => e.Kind == SecurityEventKinds.Read && e.Subject!.StartsWith("/plans/"))
            .Select(e => e.Subject)
            .ToListAsync());
        foreach (var planId in planIds)
        {
            Assert.Equal(10, recorded.Count(s => s == $"/plans/{planId}"));
        }
    }
}
