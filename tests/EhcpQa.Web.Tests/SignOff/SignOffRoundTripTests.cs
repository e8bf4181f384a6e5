using System.Net;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.SignOff;

/// <summary>
/// The whole loop: a draft graded below Good gets a second opinion and an agreed grade, is returned,
/// resubmitted, graded Good and signed off; the plan is issued and counts as re-graded.
/// </summary>
public sealed class SignOffRoundTripTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private readonly SignOffJourney _journey = new(app);

    [Fact]
    public async Task DraftGradedBelowGood_IsReturned_ThenResubmittedAndSignedOff()
    {
        var planId = await app.Plans.DraftAsync("EHC-SORT-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var regradedBefore = await RegradedCountAsync(manager);

        await SignOffJourney.SubmitDraftAsync(caseworker, planId, "version one");
        var first = await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);
        Assert.Equal(DraftStatus.AwaitingSecondOpinion, (await _journey.CurrentVersionAsync(planId)).Status);

        // The second grader cannot read the first grading until theirs is in.
        var second = await SignOffJourney.StartGradingAsync(qaLead, planId);
        Assert.Equal(HttpStatusCode.Forbidden, (await qaLead.GetAsync($"/gradings/{first}/summary")).StatusCode);
        await SignOffJourney.GradeEverySectionAsync(qaLead, second, sectionGrade: 3, overallGrade: 3);
        await SignOffJourney.SubmitGradingAsync(qaLead, second);
        Assert.Equal(HttpStatusCode.OK, (await qaLead.GetAsync($"/gradings/{first}/summary")).StatusCode);
        Assert.Equal(DraftStatus.AwaitingAgreement, (await _journey.CurrentVersionAsync(planId)).Status);

        // The caseworker has no feedback before the decision.
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync($"/plans/{planId}/versions/1/feedback")).StatusCode);

        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);
        var refused = await SignOffJourney.DecideAsync(manager, planId, "SignOff");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("a plan is issued only when graded at least Good",
            (await SignedInClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var returned = await SignOffJourney.DecideAsync(manager, planId, "Return", "Please quantify the provision in section F.");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(DraftStatus.Returned, (await _journey.CurrentVersionAsync(planId)).Status);

        var feedback = await caseworker.GetPageAsync($"/plans/{planId}/versions/1/feedback");
        Assert.Contains("Please quantify the provision in section F.", feedback.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Improve section F.", feedback.Body!.TextContent, StringComparison.Ordinal);

        // The resubmission form starts from the returned version's text.
        var form = await caseworker.GetPageAsync($"/plans/{planId}/draft");
        Assert.Contains("version one", form.QuerySelector("textarea[name='Form.F']")!.TextContent, StringComparison.Ordinal);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId, "version two");
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 2, overallGrade: 2);
        var signedOff = await SignOffJourney.DecideAsync(manager, planId, "SignOff");
        Assert.Equal(HttpStatusCode.Redirect, signedOff.StatusCode);

        var plan = await _journey.PlanAsync(planId);
        Assert.Equal(PlanStage.Final, plan.Stage);
        Assert.Equal(new DateOnly(2026, 11, 23), plan.IssuedOn);
        Assert.Equal(2, plan.Versions.Count);
        Assert.True(plan.WasRegraded);
        Assert.Equal(Grade.Good, plan.CurrentVersion!.DecisiveGrade);
        Assert.Contains(plan.Events, e => e.Kind == PlanEventKind.SignedOff && e.VersionNumber == 2);
        Assert.Contains(plan.Events, e => e.Kind == PlanEventKind.Returned && e.VersionNumber == 1);

        var gradings = await app.WithDatabaseAsync(db => db.Gradings.Where(g => g.PlanId == planId).ToListAsync());
        Assert.Equal(
            [GradingPurpose.SignOff, GradingPurpose.SecondOpinion, GradingPurpose.SignOffAgreement, GradingPurpose.SignOff],
            gradings.OrderBy(g => g.StartedAt).ThenBy(g => g.Id).Select(g => g.Purpose));
        Assert.All(gradings, g => Assert.NotNull(g.SubmittedAt));

        Assert.Equal(regradedBefore + 1, await RegradedCountAsync(manager));
    }

    /// <summary>The number of re-graded plans the sign-off queue shows (the demo data has some already).</summary>
    private static async Task<int> RegradedCountAsync(SignedInClient manager)
    {
        var queue = await manager.GetPageAsync("/sign-off");
        var regraded = queue.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt")!.TextContent.Contains("re-graded", StringComparison.Ordinal))
            .QuerySelector("dd")!.TextContent.Trim();
        return int.Parse(regraded, System.Globalization.CultureInfo.InvariantCulture);
    }
}
