using System.Net;
using EhcpQa.Domain.Grades;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Reviews;

/// <summary>A review meeting or decision that cannot be recorded is explained in the error summary, keeping what was typed, and saves nothing.</summary>
public sealed class RefusedReviewFormsTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AMeetingDateThatIsNoDate_OrToCome_OrBeforeTheIssue_IsRefused()
    {
        var planId = await app.Plans.IssuedAsync("EHC-REVIEW-BAD-1", new DateOnly(2025, 12, 1), Grade.Good);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var noDate = await AnnualReviews.RecordMeetingAsync(caseworker, planId, "31", "2", "2026");
        Assert.Contains("must be a real date", await AnnualReviews.ErrorSummaryAsync(noDate), StringComparison.OrdinalIgnoreCase);
        var toCome = await AnnualReviews.RecordMeetingAsync(caseworker, planId, "24", "11", "2026");
        var toComePage = await SignedInClient.ParseAsync(toCome);
        Assert.Contains("today or in the past", toComePage.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("24", toComePage.QuerySelector("input[name='MeetingOn.Day']")!.GetAttribute("value"));
        var beforeIssue = await AnnualReviews.RecordMeetingAsync(caseworker, planId, "30", "11", "2025");
        Assert.Contains("on or after the date the plan in force was issued, 1 December 2025", await AnnualReviews.ErrorSummaryAsync(beforeIssue), StringComparison.Ordinal);

        Assert.Equal(0, await app.WithDatabaseAsync(db => db.AnnualReviews.CountAsync(r => r.PlanId == planId)));
    }

    [Fact]
    public async Task ADecisionWithNoChoice_OrBeforeTheMeeting_IsRefused()
    {
        var planId = await app.Plans.IssuedAsync("EHC-REVIEW-BAD-2", new DateOnly(2025, 12, 1), Grade.Good);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await AnnualReviews.RecordMeetingAsync(caseworker, planId, "16", "11", "2026");

        var noChoice = await AnnualReviews.RecordDecisionAsync(caseworker, planId, null, "20", "11", "2026");
        Assert.Contains("Select what the authority decided", await AnnualReviews.ErrorSummaryAsync(noChoice), StringComparison.Ordinal);
        var notAChoice = await AnnualReviews.RecordDecisionAsync(caseworker, planId, "Shred", "20", "11", "2026");
        Assert.Equal(HttpStatusCode.OK, notAChoice.StatusCode);
        var beforeMeeting = await AnnualReviews.RecordDecisionAsync(caseworker, planId, "Amend", "15", "11", "2026");
        var page = await SignedInClient.ParseAsync(beforeMeeting);
        Assert.Contains("on or after the review meeting, 16 November 2026", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[name='Decision'][value='Amend'][checked]"));

        var review = await app.WithDatabaseAsync(db => db.AnnualReviews.SingleAsync(r => r.PlanId == planId));
        Assert.Null(review.Decision);
    }

    [Fact]
    public async Task ADraftPlan_HasNoReview_AndAPlanWithNoReviewWaitingHasNoDecision()
    {
        var draftId = await app.Plans.DraftAsync("EHC-REVIEW-BAD-3");
        var issuedId = await app.Plans.IssuedAsync("EHC-REVIEW-BAD-4", new DateOnly(2025, 12, 1), Grade.Good);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var draft = await AnnualReviews.RecordMeetingAsync(caseworker, draftId, "16", "11", "2026");
        Assert.Contains("only an issued plan has an annual review", await AnnualReviews.ErrorSummaryAsync(draft), StringComparison.Ordinal);
        var noReview = await caseworker.GetAsync($"/plans/{issuedId}/reviews/decision");
        Assert.Equal(HttpStatusCode.Redirect, noReview.StatusCode);
    }

    [Fact]
    public async Task PeopleWhoCannotChangeThePlansRecord_CannotRecordItsReview()
    {
        var planId = await app.Plans.IssuedAsync("EHC-REVIEW-BAD-5", new DateOnly(2025, 12, 1), Grade.Good);

        foreach (var email in new[] { DemoUsers.OtherCaseworker, DemoUsers.OtherLocalityManager })
        {
            var client = await app.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/plans/{planId}/reviews/new")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/plans/{planId}/reviews/decision")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(DemoUsers.QaLead)).GetAsync("/plans/999999/reviews/new")).StatusCode);
    }
}
