using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Frameworks;

/// <summary>A QA lead renames a draft's grades, rewrites what they mean and moves the pass bar; a grade left without a name is refused beside it.</summary>
public sealed class DraftGradeScaleTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheGrades_AreRenamedAndDescribed_AndThePassBarMoved()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "grades-saved"));
        var grades = versionPage + "/edit/grades";
        var form = await qaLead.GetPageAsync(grades);
        var passBars = form.QuerySelectorAll("input[name='Scale.PassBar']").Select(i => i.GetAttribute("value")!).ToList();

        var response = await qaLead.PostAsync(grades, FormFields.Of(form)
            .With("Scale.Grades[0].Name", "Exemplary")
            .With("Scale.Grades[0].Descriptors", "Every need is matched by provision\nThe child's voice runs through it")
            .With("Scale.PassBar", passBars[^2]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var scale = await app.WithDatabaseAsync(async db => (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "grades-saved")).Form!.GradeScale!);
        Assert.Equal("Exemplary", scale.Grades[0].Name);
        Assert.Equal(["Every need is matched by provision", "The child's voice runs through it"], scale.Grades[0].Descriptors);
        Assert.Equal(passBars[^2], scale.PassBar);
    }

    [Fact]
    public async Task AGradeWithoutAName_IsRefusedBesideIt_KeepingWhatWasTyped()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "grades-refused"));
        var grades = versionPage + "/edit/grades";
        var form = await qaLead.GetPageAsync(grades);

        var page = await SignedInClient.ParseAsync(await qaLead.PostAsync(grades, FormFields.Of(form)
            .With("Scale.Grades[1].Name", " ")
            .With("Scale.Grades[0].Descriptors", "Kept as typed")));

        Assert.NotNull(page.QuerySelector("#Scale_Grades_1__Name-error"));
        Assert.Equal("Kept as typed", page.QuerySelector("textarea[name='Scale.Grades[0].Descriptors']")!.TextContent.Trim());
        foreach (var link in page.QuerySelectorAll(".govuk-error-summary a"))
        {
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
        }
    }

    [Fact]
    public async Task AGrade_IsAdded_AndOneTheBandsName_CannotBeRemoved()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "grades-added"));
        var grades = versionPage + "/edit/grades";
        var form = await qaLead.GetPageAsync(grades);
        var spare = form.QuerySelectorAll("input[name$='.Value']").Length - 1;

        var added = await qaLead.PostAsync(grades, FormFields.Of(form)
            .With($"Scale.Grades[{spare}].Value", "5")
            .With($"Scale.Grades[{spare}].Name", "Not yet assessable"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        form = await qaLead.GetPageAsync(grades);
        var page = await SignedInClient.ParseAsync(await qaLead.PostAsync(grades, FormFields.Of(form)
            .With("Scale.Grades[3].Remove", "true")
            .With("Scale.Grades[0].Name", "Kept as typed")));

        Assert.Contains("grade 4", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept as typed", page.QuerySelector("input[name='Scale.Grades[0].Name']")!.GetAttribute("value"));
        var values = await app.WithDatabaseAsync(async db =>
            (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "grades-added")).Form!.GradeScale!.Grades.Select(g => g.Value).ToList());
        Assert.Equal(["1", "2", "3", "4", "5"], values);
    }

    [Fact]
    public async Task AFormOfPointsOnly_IsGivenGrades_AndThenGradedByTheGrader()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("marks-form.json", "grades-given"));
        Assert.Contains("None: the form gives points only", (await qaLead.GetPageAsync(versionPage + "/edit")).Body!.TextContent, StringComparison.Ordinal);
        var grades = versionPage + "/edit/grades";

        var form = await qaLead.GetPageAsync(grades);
        var saved = await qaLead.PostAsync(grades, FormFields.Of(form)
            .With("Scale.Grades[0].Value", "met")
            .With("Scale.Grades[0].Name", "Meets the standard")
            .With("Scale.PassBar", "met"));
        var refused = await SignedInClient.ParseAsync(saved);
        Assert.Contains("at least two grades", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        saved = await qaLead.PostAsync(grades, FormFields.Of(refused)
            .With("Scale.Grades[1].Value", "not-met")
            .With("Scale.Grades[1].Name", "Does not meet it"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var grading = versionPage + "/edit/grading";
        var chosen = await qaLead.PostAsync(grading, FormFields.Of(await qaLead.GetPageAsync(grading)).With("Grading.OverallMode", "Chosen"));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var form2 = await app.WithDatabaseAsync(async db => (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "grades-given")).Form!);
        Assert.Equal("met", form2.GradeScale!.PassBar);
        Assert.Equal(Domain.Frameworks.Forms.GradeMode.Chosen, form2.Overall!.Grade.Mode);
    }
}
