using System.Net;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Tests.Reporting;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Moderation;

/// <summary>
/// With a form of the authority's own set for moderation, moderators grade their plans on it part by part, the
/// chair records what the panel agreed, and the plan's history, the session's results and its report follow,
/// in the form's terms.
/// </summary>
public sealed class ModerationOnAFormTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private Task<ModerationSetup> ModeratedAsync() => app.SharedAsync("moderated-on-a-form", async () =>
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await FormGradingJourney.UseAsync(qaLead, "points-form.json", "moderation-points", "Moderation");
        var setup = await ModerationJourney.SessionAsync(app);
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var manager2 = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        var planId = setup.PlanIds[0];
        await JudgeAsync(panel, await ModerationJourney.StartModerationAsync(panel, setup, planId), FormGradingJourney.Last);
        await JudgeAsync(manager2, await ModerationJourney.StartModerationAsync(manager2, setup, planId), FormGradingJourney.First);

        var chair = await app.SignInAsync(DemoUsers.LocalityManager);
        await JudgeAsync(chair, await ModerationJourney.StartAgreementAsync(chair, setup, planId), (_, values) => values[1]);
        return setup;
    });

    [Fact]
    public async Task TheAgreedJudgement_IsRecordedInThePlansHistory_InTheFormsTerms()
    {
        var setup = await ModeratedAsync();

        var plan = await app.WithDatabaseAsync(db => db.Plans.Include(p => p.Events).AsNoTracking().SingleAsync(p => p.Id == setup.PlanIds[0]));

        var agreed = plan.Events.Single(e => e.Kind == PlanEventKind.PanelGradeAgreed);
        Assert.StartsWith("Moderation panel of 3 December 2026 agreed 3 Requires improvement; ", agreed.Detail, StringComparison.Ordinal);
        Assert.Contains("(50.0%); signed off at ", agreed.Detail, StringComparison.Ordinal);
        Assert.Equal(setup.ChairId, agreed.ActorId);
    }

    [Fact]
    public async Task ThePlansModerationPage_ShowsEachModeratorsResult_AndWhatThePanelAgreed()
    {
        var setup = await ModeratedAsync();
        var chair = await app.SignInAsync(DemoUsers.LocalityManager);

        var page = (await chair.GetPageAsync(setup.PlanUrl(setup.PlanIds[0]))).QuerySelector("main")!.TextContent;

        Assert.Contains("1 Outstanding; 68 out of 68 (100.0%)", page, StringComparison.Ordinal);
        Assert.Contains("4 Inadequate; 0 out of 68 (0.0%)", page, StringComparison.Ordinal);
        Assert.Contains("3 Requires improvement; 34 out of 68 (50.0%)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Re-graded", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSessionsResultsAndReport_CountTheAgreement_AndSayWhatTheSectionTableLeavesOut()
    {
        var setup = await ModeratedAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var session = (await qaLead.GetPageAsync(setup.SessionUrl)).QuerySelector("main")!.TextContent;
        var report = await qaLead.GetAsync($"{setup.SessionUrl}/report.pdf");

        Assert.Contains("3 Requires improvement; 34 out of 68 (50.0%)", session, StringComparison.Ordinal);
        Assert.Contains("Plans agreed on a form of your authority's own are not counted in this table", session, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var text = PdfReading.AllText(await report.Content.ReadAsByteArrayAsync());
        Assert.Contains("3 Requires improvement; 34 out of 68", text, StringComparison.Ordinal);
        Assert.Contains("On A points form, version 1", text, StringComparison.Ordinal);
        Assert.Contains("Percentage of points", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAgreementBetweenModerators_IsMeasuredOnTheFormsOwnScale_AndOnItsPoints_AndEachAgainstTheAgreedGrades()
    {
        var setup = await ModeratedAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var session = await qaLead.GetPageAsync(setup.SessionUrl);
        var acrossSessions = await qaLead.GetPageAsync("/moderation/agreement");

        foreach (var page in new[] { session, acrossSessions })
        {
            var tables = page.QuerySelectorAll("table").Where(t => t.QuerySelector("caption")?.TextContent.Contains("A points form", StringComparison.Ordinal) == true).ToList();
            Assert.Equal(3, tables.Count);
            var overall = tables[0].QuerySelectorAll("tbody tr")[0].TextContent;
            Assert.Contains("The plan overall", overall, StringComparison.Ordinal);

            // The two moderators: 1 Outstanding against 4 Inadequate, three steps apart; 100 % against 0 %.
            Assert.Contains("0%", overall, StringComparison.Ordinal);
            Assert.Contains("Percentage of the whole form", tables[1].TextContent, StringComparison.Ordinal);

            // Against the chair's agreed 3 (half the points): the panel member's 4s were harsher, the manager's 1s more lenient.
            var tendencies = tables[2].QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
            Assert.Equal(2, tendencies.Count);
            Assert.Contains(tendencies, r => r.Contains("+1.00", StringComparison.Ordinal) && r.Contains("Harsher than the panel", StringComparison.Ordinal));
            Assert.Contains(tendencies, r => r.Contains("−2.00", StringComparison.Ordinal) && r.Contains("More lenient than the panel", StringComparison.Ordinal));
        }
    }

    private static async Task JudgeAsync(SignedInClient grader, int gradingId, Func<string, IReadOnlyList<string>, string> choose)
    {
        await FormGradingJourney.JudgeEveryPartAsync(grader, gradingId, choose);
        await ModerationJourney.SubmitAsync(grader, gradingId);
    }
}
