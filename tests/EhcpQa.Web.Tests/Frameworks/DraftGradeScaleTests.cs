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
    public async Task AFormOfPointsOnly_OffersNoGradesToChange()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("marks-form.json", "grades-none"));

        var edit = await qaLead.GetPageAsync(versionPage + "/edit");
        var response = await qaLead.GetAsync(versionPage + "/edit/grades");

        Assert.Contains("None: the form gives points only", edit.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
