using EhcpQa.Domain.Advice;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>Advice not received by its due date waits on the home page of the plan's caseworker and of the agency's lead, with the days overdue.</summary>
public sealed class OverdueAdviceWaitsOnTheHomePageTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task OverdueAdvice_WaitsForTheCaseworkerAndTheAgencyLead_ButAdviceNotYetDueDoesNot()
    {
        var planId = await app.Plans.DraftAsync("ADV-HOME-1");
        var overdue = await AdviceRecords.RequestedAsync(app, planId, AdviceService.SpeechAndLanguageTherapy, daysAgo: 52);
        var notYetDue = await AdviceRecords.RequestedAsync(app, planId, AdviceService.Physiotherapy, daysAgo: 30);

        foreach (var (user, list) in new[] { (DemoUsers.Caseworker, "work-advice-overdue"), (DemoUsers.AgencyLead, "work-agency-advice-overdue") })
        {
            var home = await (await app.SignInAsync(user)).GetPageAsync("/");
            var waiting = home.QuerySelector($"ul[aria-labelledby='{list}']")?.TextContent ?? string.Empty;
            Assert.Contains("ADV-HOME-1: Speech and language therapy", waiting, StringComparison.Ordinal);
            Assert.Contains("10 days overdue", waiting, StringComparison.Ordinal);
            Assert.DoesNotContain("ADV-HOME-1: Physiotherapy", waiting, StringComparison.Ordinal);
            Assert.NotNull(home.QuerySelector($"a[href='/advice/{overdue}']"));
            Assert.Null(home.QuerySelector($"a[href='/advice/{notYetDue}']"));
        }

        var other = await (await app.SignInAsync(DemoUsers.OtherCaseworker)).GetPageAsync("/");
        Assert.Null(other.QuerySelector($"a[href='/advice/{overdue}']"));
    }
}
