using System.Net;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Gradings;

/// <summary>
/// When a returned draft comes back, its first grading keeps in one step the grades the return rested on for
/// the sections the caseworker did not change; what changed and the plan overall are graded again.
/// </summary>
public sealed class UnchangedSectionsKeptOnResubmissionTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheResubmittedDraftsGrading_KeepsTheUnchangedSectionsGrades()
    {
        var planId = await app.Plans.DraftAsync("EHC-KEEP-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await SignOffJourney.ReturnedAsync(caseworker, manager, qaLead, planId, "version one");

        var revised = SignOffJourney.DraftText("version one");
        revised["Form.F"] = "Thirty minutes of speech and language therapy each week.";
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.PostFormAsync($"/plans/{planId}/draft", revised)).StatusCode);
        var regrade = await SignOffJourney.StartGradingAsync(manager, planId);

        var taskList = await manager.GetPageAsync($"/gradings/{regrade}");
        // Every statutory section but F (changed) and I (blank in both versions).
        var unchanged = PlanSections.Statutory.Count - 2;
        var button = taskList.QuerySelector("form[action$='/keep-earlier'] button")!.TextContent.Trim();
        Assert.Equal($"Keep the grades of the {unchanged} sections unchanged since version 1", button);
        Assert.DoesNotContain("take-agreed", taskList.Body!.InnerHtml, StringComparison.Ordinal);
        var token = taskList.QuerySelector("form[action$='/keep-earlier'] input[name=concurrencyToken]")!.GetAttribute("value")!;

        var kept = await manager.PostFormAsync($"/gradings/{regrade}/keep-earlier", [new("concurrencyToken", token)], formPage: $"/gradings/{regrade}");

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var grading = await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == regrade));
        Assert.Equal(unchanged, grading.Judgements.Count);
        Assert.Null(grading.Judgement(SectionCode.F));
        Assert.Null(grading.Judgement(SectionCode.I));
        Assert.Null(grading.Judgement(SectionCode.Overall));
        Assert.Equal(Grade.RequiresImprovement, grading.Judgement(SectionCode.B)!.Grade);

        await SignOffJourney.GradeSectionAsync(manager, regrade, SectionCode.F, 2);
        await SignOffJourney.GradeSectionAsync(manager, regrade, SectionCode.I, 3);
        await SignOffJourney.GradeSectionAsync(manager, regrade, SectionCode.Overall, 3);
        Assert.Equal(HttpStatusCode.Redirect, (await SignOffJourney.SubmitGradingAsync(manager, regrade)).StatusCode);
        Assert.Equal(DraftStatus.AwaitingSecondOpinion, (await new SignOffJourney(app).CurrentVersionAsync(planId)).Status);
    }

    [Fact]
    public async Task ASecondOpinionOnTheResubmittedDraft_IsNotOfferedTheEarlierGrades()
    {
        var planId = await app.Plans.DraftAsync("EHC-KEEP-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await SignOffJourney.ReturnedAsync(caseworker, manager, qaLead, planId, "version one");
        await SignOffJourney.SubmitDraftAsync(caseworker, planId, "version one");
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);
        var secondOpinion = await SignOffJourney.StartGradingAsync(qaLead, planId);

        var taskList = await qaLead.GetPageAsync($"/gradings/{secondOpinion}");
        Assert.DoesNotContain("keep-earlier", taskList.Body!.InnerHtml, StringComparison.Ordinal);

        var refused = await qaLead.PostFormAsync($"/gradings/{secondOpinion}/keep-earlier",
            [new("concurrencyToken", Guid.NewGuid().ToString())], formPage: $"/gradings/{secondOpinion}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("There are no grades from an earlier version of this draft to keep", (await SignedInClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == secondOpinion))).Judgements);
    }
}
