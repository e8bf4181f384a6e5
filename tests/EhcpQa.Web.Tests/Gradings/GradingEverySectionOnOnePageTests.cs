using System.Net;
using AngleSharp.Dom;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Gradings;

/// <summary>
/// A grader can grade every section on one page, as on a printed audit form: what is finished is saved together;
/// a section with something to put right comes back as typed, saying its section; what is not started stays as it is.
/// </summary>
public sealed class GradingEverySectionOnOnePageTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task EverySectionGivenOnThePage_IsSavedTogether_AndTheGradingCanBeSubmitted()
    {
        var planId = await app.Plans.DraftAsync("EHC-ONE-PAGE-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);
        var taskList = await manager.GetPageAsync($"/gradings/{gradingId}");
        Assert.NotNull(taskList.QuerySelector($"a[href='/gradings/{gradingId}/all']"));

        var page = await manager.GetPageAsync($"/gradings/{gradingId}/all");
        var fields = AllAnswered(page);
        foreach (var section in PlanSections.All)
        {
            fields = fields
                .With(Field(section.Code, "Grade"), section.Code is SectionCode.F or SectionCode.Overall ? "3" : "2")
                .With(Field(section.Code, "AreasForImprovement"), $"Improve {section.Label}.");
        }

        fields = fields
            .With(Field(SectionCode.F, "OverrideReason"), "Provision is not quantified.")
            .With(Field(SectionCode.Overall, "OverrideReason"), "Section F holds the plan back.");
        var saved = await manager.PostAsync($"/gradings/{gradingId}/all", fields);

        Assert.True(HttpStatusCode.Redirect == saved.StatusCode, (await SignedInClient.ParseAsync(saved)).QuerySelector(".govuk-error-summary")?.TextContent);
        Assert.Equal($"/gradings/{gradingId}", saved.Headers.Location!.OriginalString);
        var grading = await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == gradingId));
        Assert.Equal(PlanSections.All.Count, grading.Judgements.Count);
        Assert.Equal(Grade.RequiresImprovement, grading.OverallGrade);
        Assert.Equal("Improve Section F.", grading.Judgement(SectionCode.F)!.AreasForImprovement);
        Assert.Equal(HttpStatusCode.Redirect, (await SignOffJourney.SubmitGradingAsync(manager, gradingId)).StatusCode);
    }

    [Fact]
    public async Task ASectionWithSomethingToPutRight_ComesBackAsTyped_WhileTheFinishedOnesAreSaved()
    {
        var planId = await app.Plans.DraftAsync("EHC-ONE-PAGE-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);
        var page = await manager.GetPageAsync($"/gradings/{gradingId}/all");

        // A finished; B graded but its first descriptor not answered; every other section left alone.
        var fields = FormFields.Of(page).Where(f => !f.Key.Contains(".Answers[", StringComparison.Ordinal)).ToList()
            .With(Field(SectionCode.A, "Grade"), "2")
            .With(Field(SectionCode.A, "Strengths"), "Clear about the child's views.")
            .With(Field(SectionCode.B, "Grade"), "2")
            .With(Field(SectionCode.B, "Strengths"), "Kept exactly as typed for B.");
        fields.AddRange(Radios(page, SectionCode.A).Select(name => new KeyValuePair<string, string>(name, "Yes")));
        fields.AddRange(Radios(page, SectionCode.B).Skip(1).Select(name => new KeyValuePair<string, string>(name, "Yes")));

        var response = await manager.PostAsync($"/gradings/{gradingId}/all", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await SignedInClient.ParseAsync(response);
        var summary = again.QuerySelector(".govuk-error-summary")!;
        Assert.Contains("Section B: Answer descriptor 1", summary.TextContent, StringComparison.Ordinal);
        Assert.Single(summary.QuerySelectorAll("li"));
        Assert.Contains("1 section was saved", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept exactly as typed for B.", again.QuerySelector($"textarea[name='{Field(SectionCode.B, "Strengths")}']")!.TextContent.Trim());
        Assert.NotNull(again.QuerySelector($"input[name='{Field(SectionCode.B, "Grade")}'][value='2'][checked]"));

        var grading = await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == gradingId));
        Assert.Equal([SectionCode.A], grading.Judgements.Select(j => j.Section));

        // Put right and saved again from the page as it came back: B is saved, A unchanged.
        var fixedFields = FormFields.Of(again).With($"Form.Sections[B].Answers[1]", "Yes");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostAsync($"/gradings/{gradingId}/all", fixedFields)).StatusCode);
        grading = await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == gradingId));
        Assert.Equal([SectionCode.A, SectionCode.B], grading.Judgements.Select(j => j.Section).Order());
        Assert.Equal("Clear about the child's views.", grading.Judgement(SectionCode.A)!.Strengths);
    }

    [Fact]
    public async Task APageSavedAfterTheGradingChangedElsewhere_SavesNothing_AndKeepsWhatWasTyped()
    {
        var planId = await app.Plans.DraftAsync("EHC-ONE-PAGE-3");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);
        var page = await manager.GetPageAsync($"/gradings/{gradingId}/all");
        await SignOffJourney.GradeSectionAsync(manager, gradingId, SectionCode.C, 2);

        var fields = AllAnswered(page)
            .With(Field(SectionCode.A, "Grade"), "2")
            .With(Field(SectionCode.A, "Strengths"), "Written while another window saved C.");
        var response = await manager.PostAsync($"/gradings/{gradingId}/all", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await SignedInClient.ParseAsync(response);
        Assert.Contains("changed in another window", again.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Written while another window saved C.", again.QuerySelector($"textarea[name='{Field(SectionCode.A, "Strengths")}']")!.TextContent.Trim());
        var grading = await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == gradingId));
        Assert.Equal([SectionCode.C], grading.Judgements.Select(j => j.Section));
    }

    [Fact]
    public async Task AnotherGradersGrading_CannotBeOpenedOrSavedOnOnePage()
    {
        var planId = await app.Plans.DraftAsync("EHC-ONE-PAGE-4");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var otherManager = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);
        var fields = AllAnswered(await manager.GetPageAsync($"/gradings/{gradingId}/all"))
            .Where(f => f.Key != "__RequestVerificationToken")
            .ToList()
            .With(Field(SectionCode.A, "Grade"), "2");

        Assert.Equal(HttpStatusCode.Forbidden, (await otherManager.GetAsync($"/gradings/{gradingId}/all")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherManager.PostFormAsync($"/gradings/{gradingId}/all", fields, formPage: "/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync($"/gradings/{gradingId}/all")).StatusCode);
        Assert.Empty((await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == gradingId))).Judgements);
    }

    private static string Field(SectionCode section, string name) => $"Form.Sections[{section}].{name}";

    private static IEnumerable<string> Radios(IDocument page, SectionCode section) =>
        page.QuerySelectorAll($"input[type=radio][name^='Form.Sections[{section}].Answers[']").Select(r => r.GetAttribute("name")!).Distinct();

    /// <summary>The page's fields with every descriptor of every section answered Yes.</summary>
    private static List<KeyValuePair<string, string>> AllAnswered(IDocument page)
    {
        var fields = FormFields.Of(page).Where(f => !f.Key.Contains(".Answers[", StringComparison.Ordinal)).ToList();
        fields.AddRange(page.QuerySelectorAll("input[type=radio][name*='.Answers[']").Select(r => r.GetAttribute("name")!).Distinct()
            .Select(name => new KeyValuePair<string, string>(name, "Yes")));
        return fields;
    }
}
