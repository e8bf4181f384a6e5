using System.Net;
using EhcpQa.Domain.Frameworks.Forms;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Frameworks;

/// <summary>
/// A QA lead sets how a draft's sections and whole are graded on a page: chosen or banded, the bands' figures,
/// caps and an overall rating; a figure that is not a number, or bands out of order, are refused beside their
/// row with everything typed kept.
/// </summary>
public sealed class DraftGradingRuleTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task SectionsAreChosenWithSuggestions_AndTheWholeIsCapped_AndTheDraftSaysSo()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "grading-saved"));
        var grading = versionPage + "/edit/grading";
        var form = await qaLead.GetPageAsync(grading);

        var response = await qaLead.PostAsync(grading, FormFields.Of(form)
            .With("Grading.SectionMode", "Chosen")
            .With("Grading.SectionBands[1].Threshold", "70%")
            .With("Grading.SectionBands[1].Reach", "more-than")
            .With("Grading.OverallMode", "Chosen")
            .With("Grading.Caps[0].AtBest", "3")
            .With("Grading.Caps[0].WhichSections", "4")
            .With("Grading.Caps[0].AtLeast", "2")
            .With("Grading.RatingQuestion", "How confident are you in the plan?")
            .With("Grading.RatingAnswers", "compliance"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDatabaseAsync(async db => (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "grading-saved")).Form!);
        Assert.Equal(GradeMode.Chosen, saved.SectionGrades.Mode);
        Assert.Equal(new Band("2", 70m, Above: true), saved.SectionGrades.Bands[1]);
        Assert.Equal(new GradeCap(new CapCondition("4", false, 2, null), "3"), saved.Overall!.Grade.GradeCaps.Single());
        Assert.Equal("How confident are you in the plan?", saved.Overall.Rating!.Question);
        var edit = (await qaLead.GetPageAsync(versionPage + "/edit")).Body!.TextContent;
        Assert.Contains("more than 70% gives 2 Good", edit, StringComparison.Ordinal);
        Assert.Contains("With 2 or more sections graded 4 Inadequate or worse, the plan is at best 3", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFigureThatIsNotANumber_AndBandsOutOfOrder_AreRefusedBesideTheirRows_KeepingWhatWasTyped()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "grading-refused"));
        var grading = versionPage + "/edit/grading";
        var form = await qaLead.GetPageAsync(grading);

        var page = await SignedInClient.ParseAsync(await qaLead.PostAsync(grading, FormFields.Of(form)
            .With("Grading.SectionBands[1].Threshold", "sixty")
            .With("Grading.RatingQuestion", "Kept as typed")));
        Assert.NotNull(page.QuerySelector("#Grading_SectionBands_1__Threshold-error"));
        Assert.NotNull(page.QuerySelector("#Grading_RatingAnswers-error"));
        Assert.Equal("Kept as typed", page.QuerySelector("textarea[name='Grading.RatingQuestion']")!.TextContent.Trim());

        page = await SignedInClient.ParseAsync(await qaLead.PostAsync(grading, FormFields.Of(page)
            .With("Grading.SectionBands[1].Threshold", "90")
            .With("Grading.RatingQuestion", string.Empty)));
        Assert.Contains("Each band's threshold falls below the one before it", page.QuerySelector("#Grading_SectionBands_1__Threshold-error")!.TextContent, StringComparison.Ordinal);
        foreach (var link in page.QuerySelectorAll(".govuk-error-summary a"))
        {
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
        }

        var bands = await app.WithDatabaseAsync(async db => (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "grading-refused")).Form!.SectionGrades.Bands);
        Assert.Equal(65m, bands[1].Threshold);
    }

    [Fact]
    public async Task TheWholeGradedByBandsOnItsOwnItemsWithoutThem_IsRefusedBesideWhatTheyRead()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "grading-basis"));
        var grading = versionPage + "/edit/grading";

        var page = await SignedInClient.ParseAsync(await qaLead.PostAsync(grading, FormFields.Of(await qaLead.GetPageAsync(grading))
            .With("Grading.OverallBasis", "OverallItems")));

        Assert.NotNull(page.QuerySelector("#Grading_OverallBasis-error"));
    }

    [Fact]
    public async Task APublishedVersion_HasNoGradingPageToChange()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "grading-published"));
        await FrameworkImports.PressAsync(qaLead, versionPage, "publish");

        var response = await qaLead.GetAsync(versionPage + "/edit/grading");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(versionPage, response.Headers.Location!.OriginalString);
    }
}
