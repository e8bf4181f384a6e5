using System.Net;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.SignOff;

/// <summary>
/// A QA lead brings in a form of the authority's own and sets it for sign-off; a manager grades a draft on it
/// part by part, the draft moves on by the form's bar, and the caseworker reads the feedback in the form's terms.
/// </summary>
public sealed class SignOffOnExampleFormsTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task OnTheMarksForm_AllMet_IsReadyForDecision_AndSignedOffOnItsMarks()
    {
        var (manager, planId, gradingId) = await StartAsync("marks-form.json", "sign-off-marks", "EHC-FM-1");

        await FormGradingJourney.JudgeEveryPartAsync(manager, gradingId, FormGradingJourney.First);
        var submitted = await SignOffJourney.SubmitGradingAsync(manager, gradingId);
        var version = await new SignOffJourney(app).CurrentVersionAsync(planId);
        var signOffPage = await manager.GetPageAsync($"/sign-off/{planId}");
        var decided = await SignOffJourney.DecideAsync(manager, planId, "SignOff");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(DraftStatus.ReadyForDecision, version.Status);
        Assert.Equal("220 out of 220 (100.0%)", version.DecisiveResult);
        Assert.Null(version.DecisivePassesBar);
        Assert.Contains("220 out of 220 (100.0%)", signOffPage.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(DraftStatus.SignedOff, (await new SignOffJourney(app).CurrentVersionAsync(planId)).Status);
    }

    [Fact]
    public async Task OnThePointsForm_EveryCriterionAtGoodPractice_IsBandedOutstanding()
    {
        var (manager, planId, gradingId) = await StartAsync("points-form.json", "sign-off-points-best", "EHC-FP-2");

        await FormGradingJourney.JudgeEveryPartAsync(manager, gradingId, FormGradingJourney.Last);
        await SignOffJourney.SubmitGradingAsync(manager, gradingId);

        var version = await new SignOffJourney(app).CurrentVersionAsync(planId);
        Assert.Equal(DraftStatus.ReadyForDecision, version.Status);
        Assert.StartsWith("1 Outstanding; ", version.DecisiveResult, StringComparison.Ordinal);
        Assert.True(version.DecisivePassesBar);
    }

    [Fact]
    public async Task OnThePointsForm_NothingCompliant_IsBandedInadequate_AndAwaitsASecondOpinion()
    {
        var (manager, planId, gradingId) = await StartAsync("points-form.json", "sign-off-points-worst", "EHC-FP-3");

        await FormGradingJourney.JudgeEveryPartAsync(manager, gradingId, FormGradingJourney.First);
        await SignOffJourney.SubmitGradingAsync(manager, gradingId);
        var taskList = await manager.GetPageAsync($"/gradings/{gradingId}/summary");

        Assert.Equal(DraftStatus.AwaitingSecondOpinion, (await new SignOffJourney(app).CurrentVersionAsync(planId)).Status);
        Assert.Contains("4 Inadequate", taskList.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTheChecklist_TheGradesAndOverallRatingChosen_AreTheResult_AndTheFeedbackShowsEachCriterion()
    {
        var (manager, planId, gradingId) = await StartAsync("checklist.json", "sign-off-checklist", "EHC-FC-4");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        await FormGradingJourney.JudgeEveryPartAsync(manager, gradingId, (_, values) => values.Contains("yes") ? "yes" : values[^1]);
        await SignOffJourney.SubmitGradingAsync(manager, gradingId);
        await SignOffJourney.DecideAsync(manager, planId, "Return", "Small changes.");
        var feedback = await caseworker.GetPageAsync($"/plans/{planId}/versions/1/feedback");

        var version = await new SignOffJourney(app).CurrentVersionAsync(planId);
        Assert.StartsWith("5 Excellent; ", version.DecisiveResult, StringComparison.Ordinal);
        Assert.EndsWith("(100.0%); rated 5 Excellent", version.DecisiveResult, StringComparison.Ordinal);
        var main = feedback.QuerySelector("main")!.TextContent;
        Assert.Contains("How would you rate the plan as a whole? 5 Excellent", main, StringComparison.Ordinal);
        Assert.Contains("Clear about what matters to the child.", main, StringComparison.Ordinal);
        Assert.NotEmpty(feedback.QuerySelectorAll("#part-A tr, h2#part-A ~ table tr"));
    }

    [Fact]
    public async Task OnTheMarksForm_TheFeedbackPdf_ReadsBackEachPartsMarks_AndEachCriterionsAnswer()
    {
        var (manager, planId, gradingId) = await StartAsync("marks-form.json", "sign-off-marks-pdf", "EHC-FM-7");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await FormGradingJourney.JudgeEveryPartAsync(manager, gradingId, (_, values) => values.Contains("no") ? "no" : values[0]);
        await SignOffJourney.SubmitGradingAsync(manager, gradingId);
        await SignOffJourney.DecideAsync(manager, planId, "Return", "Rework the outcomes.");

        var response = await caseworker.GetAsync($"/plans/{planId}/versions/1/feedback.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Reporting.PdfReading.AllText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Overall grade: 0 out of 220 (0.0%)", text, StringComparison.Ordinal);
        Assert.Contains("Points by section", text, StringComparison.Ordinal);
        Assert.Contains("Part 1 Accessibility Points: 0 out of 70 (0.0%)", text, StringComparison.Ordinal);
        Assert.Contains("No. Criterion Answer Points 1.1 The plan is written in plain English", text, StringComparison.Ordinal);
        Assert.Contains("0 of 10", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grades run from", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APartSavedWithAnItemUnanswered_IsRefusedBesideTheItem_KeepingEverythingTyped()
    {
        var (manager, _, gradingId) = await StartAsync("marks-form.json", "sign-off-marks-refused", "EHC-FM-5");
        var url = $"/gradings/{gradingId}/parts/part-1";
        var page = await manager.GetPageAsync(url);
        var fields = FormFields.Of(page.QuerySelector("main form[method=post]")!)
            .With("Form.Answers[1.1]", "yes")
            .With("Form.Strengths", "Kept as typed.");

        var response = await manager.PostAsync(url, fields);
        var refused = await SignedInClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Answer item 1.2: yes, no or n/a", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var links = refused.QuerySelectorAll(".govuk-error-summary a").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.NotNull(refused.GetElementById(link.GetAttribute("href")!.TrimStart('#'))));
        Assert.NotNull(refused.QuerySelector("input[name='Form.Answers[1.1]'][value='yes'][checked]"));
        Assert.Equal("Kept as typed.", refused.QuerySelector("textarea[name='Form.Strengths']")!.TextContent.Trim());
    }

    [Fact]
    public async Task APartSavedFromAPageReadBeforeAnotherSave_IsRefused_KeepingWhatWasTyped()
    {
        var (manager, _, gradingId) = await StartAsync("marks-form.json", "sign-off-marks-stale", "EHC-FM-8");
        var url = $"/gradings/{gradingId}/parts/part-1";
        var page = await manager.GetPageAsync(url);
        var fields = FormFields.Of(page.QuerySelector("main form[method=post]")!);
        foreach (var name in page.QuerySelectorAll("input[type=radio][name^='Form.Answers[']").Select(r => r.GetAttribute("name")!).Distinct())
        {
            fields = fields.With(name, "yes");
        }

        var first = await manager.PostAsync(url, fields.With("Form.Strengths", "Saved first."));
        var stale = await manager.PostAsync(url, fields.With("Form.Strengths", "Typed on the old page."));
        var refused = await SignedInClient.ParseAsync(stale);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed in another window or by someone else", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.All(refused.QuerySelectorAll(".govuk-error-summary a"), link => Assert.NotNull(refused.GetElementById(link.GetAttribute("href")!.TrimStart('#'))));
        Assert.Equal("Typed on the old page.", refused.QuerySelector("textarea[name='Form.Strengths']")!.TextContent.Trim());
        var saved = await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == gradingId));
        Assert.Equal("Saved first.", saved.Part("part-1")!.Strengths);
    }

    [Fact]
    public async Task TheSectionPageOfAGradingOnAForm_LeadsToItsPart()
    {
        var (manager, _, gradingId) = await StartAsync("marks-form.json", "sign-off-marks-route", "EHC-FM-6");

        var response = await manager.GetAsync($"/gradings/{gradingId}/sections/A");
        var missing = await manager.GetAsync($"/gradings/{gradingId}/parts/no-such-part");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("points-form.json", "sign-off-points-pdf", "EHC-FP-8", "1 Outstanding", "68 out of 68 (100.0%)")]
    [InlineData("checklist.json", "sign-off-checklist-pdf", "EHC-FC-9", "5 Excellent", "How would you rate the plan as a whole? 5 Excellent")]
    public async Task TheFeedbackPdf_ReadsBackTheFormsOwnGradesAndPoints(string example, string key, string reference, string grade, string detail)
    {
        var (manager, planId, gradingId) = await StartAsync(example, key, reference);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await FormGradingJourney.JudgeEveryPartAsync(manager, gradingId, (_, values) => values.Contains("yes") ? "yes" : values[^1]);
        await SignOffJourney.SubmitGradingAsync(manager, gradingId);
        await SignOffJourney.DecideAsync(manager, planId, "Return", "Tighten the outcomes.");

        var response = await caseworker.GetAsync($"/plans/{planId}/versions/1/feedback.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Reporting.PdfReading.AllText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(grade, text, StringComparison.Ordinal);
        Assert.Contains(detail, text, StringComparison.Ordinal);
    }

    private async Task<(SignedInClient Manager, int PlanId, int GradingId)> StartAsync(string example, string key, string reference)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await FormGradingJourney.UseAsync(qaLead, example, key);
        var planId = await app.Plans.DraftAsync(reference);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        return (manager, planId, await SignOffJourney.StartGradingAsync(manager, planId));
    }
}
