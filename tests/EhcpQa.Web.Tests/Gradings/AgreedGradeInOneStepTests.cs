using System.Net;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Gradings;

/// <summary>
/// The agreed grade opens with the two gradings side by side; the sections where they gave the same grade are
/// recorded in one step, and each section still to agree shows what both graders wrote, with the answers they
/// gave alike already chosen.
/// </summary>
public sealed class AgreedGradeInOneStepTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task SectionsGradedAlike_AreRecordedInOneStep_AndTheRestShowBothGradings()
    {
        var planId = await app.Plans.DraftAsync("EHC-AGREE-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);
        var second = await SignOffJourney.StartGradingAsync(qaLead, planId);
        foreach (var section in PlanSections.All)
        {
            var grade = section.Code == SectionCode.C ? 2 : 3;
            await SignOffJourney.GradeSectionAsync(qaLead, second, section.Code, grade, wording: $"Second grader's wording for {section.Code}.");
        }

        await SignOffJourney.SubmitGradingAsync(qaLead, second);
        var agreed = await SignOffJourney.StartGradingAsync(manager, planId);

        var taskList = await manager.GetPageAsync($"/gradings/{agreed}");
        var table = taskList.QuerySelector("table")!.TextContent;
        Assert.Contains("Morgan Hale", table, StringComparison.Ordinal);
        Assert.Contains("2 Good", table, StringComparison.Ordinal);
        Assert.Contains("To agree", table, StringComparison.Ordinal);
        var statutoryAlike = PlanSections.Statutory.Count - 1;
        var button = taskList.QuerySelector("form[action$='/take-agreed'] button")!.TextContent.Trim();
        Assert.Equal($"Record the {statutoryAlike} sections where the gradings agree", button);

        var token = taskList.QuerySelector("form[action$='/take-agreed'] input[name=concurrencyToken]")!.GetAttribute("value")!;
        var taken = await manager.PostFormAsync($"/gradings/{agreed}/take-agreed", [new("concurrencyToken", token)], formPage: $"/gradings/{agreed}");

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var grading = await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == agreed));
        Assert.Equal(statutoryAlike, grading.Judgements.Count);
        Assert.Null(grading.Judgement(SectionCode.C));
        Assert.Equal(Grade.RequiresImprovement, grading.Judgement(SectionCode.B)!.Grade);
        Assert.Equal("Second grader's wording for B.", grading.Judgement(SectionCode.B)!.SuggestedWording);
        Assert.DoesNotContain("take-agreed", (await manager.GetPageAsync($"/gradings/{agreed}")).Body!.InnerHtml, StringComparison.Ordinal);

        var sectionC = await manager.GetPageAsync($"/gradings/{agreed}/sections/C");
        var main = sectionC.QuerySelector("main")!.TextContent;
        Assert.Contains("Second grader's wording for C.", main, StringComparison.Ordinal);
        Assert.Contains("Strengths of section C.", main, StringComparison.Ordinal);
        var answers = sectionC.QuerySelectorAll("input[type=radio][name^='Form.Answers[']").ToList();
        Assert.NotEmpty(answers);
        Assert.All(answers.Where(a => a.GetAttribute("value") == "Yes"), a => Assert.True(a.HasAttribute("checked")));

        await SignOffJourney.GradeSectionAsync(manager, agreed, SectionCode.C, 3);
        await SignOffJourney.GradeSectionAsync(manager, agreed, SectionCode.Overall, 3);
        Assert.Equal(HttpStatusCode.Redirect, (await SignOffJourney.SubmitGradingAsync(manager, agreed)).StatusCode);
        Assert.Equal(DraftStatus.ReadyForDecision, (await new SignOffJourney(app).CurrentVersionAsync(planId)).Status);
    }

    [Fact]
    public async Task GradingsThatAgreeThroughout_AreRecordedWhole_PlanOverallIncluded_AndCanBeSubmitted()
    {
        var planId = await app.Plans.DraftAsync("EHC-AGREE-4");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        foreach (var (grader, name) in new[] { (manager, "Morgan"), (qaLead, "Alex") })
        {
            var gradingId = await SignOffJourney.StartGradingAsync(grader, planId);
            foreach (var section in PlanSections.All)
            {
                var grade = section.Code is SectionCode.F or SectionCode.Overall ? 3 : 2;
                await SignOffJourney.GradeSectionAsync(grader, gradingId, section.Code, grade, wording: $"{name}'s wording for {section.Code}.");
            }

            await SignOffJourney.SubmitGradingAsync(grader, gradingId);
        }

        var agreed = await SignOffJourney.StartGradingAsync(manager, planId);
        var token = (await manager.GetPageAsync($"/gradings/{agreed}"))
            .QuerySelector("form[action$='/take-agreed'] input[name=concurrencyToken]")!.GetAttribute("value")!;

        var taken = await manager.PostFormAsync($"/gradings/{agreed}/take-agreed", [new("concurrencyToken", token)], formPage: $"/gradings/{agreed}");

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(PlanSections.All.Count, (await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == agreed))).Judgements.Count);
        Assert.Equal(HttpStatusCode.Redirect, (await SignOffJourney.SubmitGradingAsync(manager, agreed)).StatusCode);
        Assert.Equal(DraftStatus.ReadyForDecision, (await new SignOffJourney(app).CurrentVersionAsync(planId)).Status);
    }

    [Fact]
    public async Task TakingInOneStep_FromAPageReadBeforeAnotherSave_IsRefusedAndNothingIsRecorded()
    {
        var planId = await app.Plans.DraftAsync("EHC-AGREE-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await SignOffJourney.GradedTwiceBelowGoodAsync(caseworker, manager, qaLead, planId);
        var agreed = await SignOffJourney.StartGradingAsync(manager, planId);
        var stale = (await manager.GetPageAsync($"/gradings/{agreed}"))
            .QuerySelector("form[action$='/take-agreed'] input[name=concurrencyToken]")!.GetAttribute("value")!;
        await SignOffJourney.GradeSectionAsync(manager, agreed, SectionCode.A, 2);

        var refused = await manager.PostFormAsync($"/gradings/{agreed}/take-agreed", [new("concurrencyToken", stale)], formPage: $"/gradings/{agreed}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("changed in another window", (await SignedInClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var grading = await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == agreed));
        Assert.Single(grading.Judgements);
    }

    [Fact]
    public async Task SomeoneElse_CannotTakeSectionsIntoTheAgreedGrade()
    {
        var planId = await app.Plans.DraftAsync("EHC-AGREE-3");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await SignOffJourney.GradedTwiceBelowGoodAsync(caseworker, manager, qaLead, planId);
        var agreed = await SignOffJourney.StartGradingAsync(manager, planId);

        var refused = await qaLead.PostFormAsync($"/gradings/{agreed}/take-agreed", [new("concurrencyToken", Guid.NewGuid().ToString())], formPage: "/");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty((await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == agreed))).Judgements);
    }
}
