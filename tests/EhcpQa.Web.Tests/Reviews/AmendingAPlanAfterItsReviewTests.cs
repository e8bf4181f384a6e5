using System.Net;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Reviews;

/// <summary>
/// An issued plan is reviewed, the authority decides to amend it, and the amended plan goes through the same sign-off as
/// a new plan (returned, resubmitted, signed off), then shows on the plan's page by review and counts as an amended plan.
/// </summary>
public sealed class AmendingAPlanAfterItsReviewTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheAmendedPlan_GoesRoundSignOff_AndIsIssuedAsAmended()
    {
        var planId = await app.Plans.IssuedAsync("EHC-REVIEW-1", new DateOnly(2025, 11, 3), Grade.Good);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var otherManager = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        await AnnualReviews.DecidedToAmendAsync(caseworker, planId);

        var page = await caseworker.GetPageAsync($"/plans/{planId}");
        var reviews = page.QuerySelector("#reviews + table")!.TextContent;
        Assert.Contains("10 November 2026", reviews, StringComparison.Ordinal);
        Assert.Contains("Amend the plan", reviews, StringComparison.Ordinal);
        Assert.Contains("Due by 15 January 2027", reviews, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/plans/{planId}/draft']"));
        var notSent = await caseworker.GetPageAsync("/plans?status=NotSent");
        Assert.Contains("EHC-REVIEW-1", notSent.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var beingAmended = await caseworker.GetPageAsync("/plans?status=BeingAmended");
        Assert.Contains("Amendment being drafted", beingAmended.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        var draftForm = await caseworker.GetPageAsync($"/plans/{planId}/draft");
        Assert.Contains("Send the amended plan for sign-off", draftForm.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var inForce = await app.WithDatabaseAsync(db => db.PlanVersions.Where(v => v.PlanId == planId).SingleAsync());
        Assert.Equal(inForce.TextOf(Domain.Frameworks.SectionCode.A), draftForm.QuerySelector("textarea[name='Form.A']")!.TextContent.Trim());

        await SignOffJourney.ReturnedAsync(caseworker, manager, qaLead, planId, "amended");
        var returned = await caseworker.GetPageAsync("/plans?status=Returned");
        Assert.Contains("EHC-REVIEW-1", returned.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        await SignOffJourney.SubmitDraftAsync(caseworker, planId, "amended again");
        var withSignOff = await caseworker.GetPageAsync("/plans?status=WaitingForSignOff");
        Assert.Contains("EHC-REVIEW-1", withSignOff.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 2, overallGrade: 2);
        var decided = await SignOffJourney.DecideAsync(manager, planId, "SignOff");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var plan = await app.WithDatabaseAsync(db => db.Plans.Include(p => p.Versions).Include(p => p.AssuredGrades).AsNoTracking().SingleAsync(p => p.Id == planId));
        Assert.Equal(PlanStage.Amended, plan.Stage);
        Assert.Equal(new DateOnly(2026, 11, 23), plan.AmendedOn);
        Assert.Equal(new DateOnly(2026, 11, 23), plan.LatestReview!.AmendedPlanIssuedOn);
        Assert.Equal(1, plan.FinalVersion!.ReviewNumber);
        var amendmentGrades = plan.AssuredGrades.Where(a => a.Kind == PlanKind.Amended).ToList();
        Assert.Equal(2, amendmentGrades.Count);
        Assert.Equal([false, true], amendmentGrades.OrderBy(a => a.GivenAt).ThenBy(a => a.Id).Select(a => a.Regraded));
        Assert.Single(plan.AssuredGrades, a => a.Kind == PlanKind.New);

        var after = await caseworker.GetPageAsync($"/plans/{planId}");
        var headings = after.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Amended plan after the review of 10 November 2026", "Before any annual review in the service"], headings);
        Assert.Contains("Issued 23 November 2026", after.QuerySelector("#reviews + table")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"a[href='/plans/{planId}/draft']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherManager.GetAsync($"/plans/{planId}/reviews/new")).StatusCode);
    }

    [Fact]
    public async Task KeepingThePlan_OpensNoDraft_AndTheNextReviewCanBeRecorded()
    {
        var planId = await app.Plans.IssuedAsync("EHC-REVIEW-2", new DateOnly(2025, 10, 6), Grade.Good);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);

        Assert.Equal(HttpStatusCode.Redirect, (await AnnualReviews.RecordMeetingAsync(manager, planId, "2", "11", "2026")).StatusCode);
        var waiting = await manager.GetPageAsync("/plans?status=ReviewDecisionDue");
        Assert.Contains("EHC-REVIEW-2", waiting.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await AnnualReviews.RecordDecisionAsync(manager, planId, "Maintain", "3", "11", "2026")).StatusCode);

        var page = await manager.GetPageAsync($"/plans/{planId}");
        Assert.Contains("Keep the plan as it is", page.QuerySelector("#reviews + table")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/plans/{planId}/reviews/new']"));
        Assert.Null(page.QuerySelector($"a[href='/plans/{planId}/draft']"));
        var draft = await (await app.SignInAsync(DemoUsers.Caseworker)).GetAsync($"/plans/{planId}/draft");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
    }
}
