using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Moderation;

/// <summary>
/// On each shipped example form chosen for moderation (the marks form without grades, the checklist with its
/// 1–5 scale and overall rating), two moderators grade a plan, the chair records what the panel agreed, and the
/// agreement is measured on the form and counted on the dashboard at the panel's level.
/// </summary>
public sealed class ModerationOnEachExampleFormTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Theory]
    [InlineData("marks-form.json", "moderation-marks", "A marks form in three parts", 11)]
    [InlineData("checklist.json", "moderation-checklist", "A checklist", 12)]
    public async Task APlanModeratedAndAgreedOnTheForm_IsMeasuredAndCounted(string example, string key, string name, int seed)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await FormGradingJourney.UseAsync(qaLead, example, key, "Moderation");
        var setup = await ModerationJourney.SessionAsync(app, seed: seed);
        var planId = setup.PlanIds[0];
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var manager2 = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        var chair = await app.SignInAsync(DemoUsers.LocalityManager);
        foreach (var (grader, gradingId, choose) in new[]
        {
            (panel, await ModerationJourney.StartModerationAsync(panel, setup, planId), (Func<string, IReadOnlyList<string>, string>)FormGradingJourney.Last),
            (manager2, await ModerationJourney.StartModerationAsync(manager2, setup, planId), FormGradingJourney.First),
        })
        {
            await FormGradingJourney.JudgeEveryPartAsync(grader, gradingId, choose);
            await ModerationJourney.SubmitAsync(grader, gradingId);
        }

        var agreement = await ModerationJourney.StartAgreementAsync(chair, setup, planId);
        await FormGradingJourney.JudgeEveryPartAsync(chair, agreement, FormGradingJourney.First);
        await ModerationJourney.SubmitAsync(chair, agreement);

        var plan = await app.WithDatabaseAsync(db => db.Plans.Include(p => p.Events).AsNoTracking().SingleAsync(p => p.Id == planId));
        Assert.Single(plan.Events, e => e.Kind == PlanEventKind.PanelGradeAgreed);
        var measured = await qaLead.GetPageAsync(setup.SessionUrl);
        var captions = measured.QuerySelectorAll("table caption").Select(c => c.TextContent).Where(c => c.Contains(name, StringComparison.Ordinal)).ToList();
        Assert.Contains(captions, c => c.Contains("against the agreed", StringComparison.Ordinal));

        var month = Web.Features.Dashboard.DashboardQuery.MonthValue(Domain.ServiceCalendar.DateOf(app.Clock.GetUtcNow()));
        var dashboard = await qaLead.GetPageAsync($"/dashboard?Query.From={month}&Query.To={month}&Query.Level=MultiAgencyPanel");
        Assert.Contains(dashboard.QuerySelectorAll("h3, h2, caption"), h => h.TextContent.Contains(name, StringComparison.Ordinal));
    }
}
