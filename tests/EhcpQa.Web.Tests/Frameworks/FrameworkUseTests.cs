using System.Net;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Persistence.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Frameworks;

/// <summary>A QA lead chooses the version each purpose uses; each choice records who and when, and new gradings follow it.</summary>
public sealed class FrameworkUseTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AtFirstStart_SignOffAndModerationUseTheShippedFramework_ChosenByTheService()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync("/frameworks/uses");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Draft sign-off", StringComparison.Ordinal) && r.Contains("The service", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Moderation", StringComparison.Ordinal) && r.Contains("Wirral", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChoosingAnAdviceForm_ForAdviceQa_IsSaved_WithWhoChoseIt()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("advice-form.json", "uses-advice"));
        await FrameworkImports.PressAsync(qaLead, versionPage, "publish");
        var id = versionPage.Split('/').Last();

        var response = await PostChoicesAsync(qaLead, ("AdviceQa", id));
        var page = await qaLead.GetPageAsync("/frameworks/uses");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var latest = page.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("Advice quality assurance", latest, StringComparison.Ordinal);
        Assert.Contains("Alex Morgan", latest, StringComparison.Ordinal);
        var used = await app.WithDatabaseAsync(db => db.VersionForAsync(FrameworkPurpose.AdviceQa, CancellationToken.None));
        Assert.Equal(id, used!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AFormForAnotherDocument_IsRefusedForThePurpose_AndNothingChanges()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("advice-form.json", "uses-wrong-document"));
        await FrameworkImports.PressAsync(qaLead, versionPage, "publish");
        var before = await CountChoicesAsync();

        var page = await SignedInClient.ParseAsync(await PostChoicesAsync(qaLead, ("Moderation", versionPage.Split('/').Last())));

        Assert.Contains("Moderation needs a form that assesses plans", page.QuerySelector("#Choices_Moderation-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountChoicesAsync());
    }

    [Fact]
    public async Task APlanFormOfItsOwnScoring_IsChosenForModeration_AndNewModerationsUseIt()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "uses-points"));
        await FrameworkImports.PressAsync(qaLead, versionPage, "publish");

        var response = await PostChoicesAsync(qaLead, ("Moderation", versionPage.Split('/').Last()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var used = await app.WithDatabaseAsync(db => db.VersionForAsync(FrameworkPurpose.Moderation, CancellationToken.None));
        Assert.Equal(versionPage.Split('/').Last(), used!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ANewOneToFourVersion_ChosenForSignOff_IsTheOneNewSignOffGradingsUse()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var current = (await qaLead.GetPageAsync("/frameworks")).QuerySelector(".govuk-summary-list a")!.GetAttribute("href")!;
        var revised = await qaLead.PostFormAsync(current + "/revise", [new("Revision.Title", "Framework 2027")], current);
        var draft = revised.Headers.Location!.OriginalString;
        await FrameworkImports.PressAsync(qaLead, draft, "publish");

        await PostChoicesAsync(qaLead, ("DraftSignOff", draft.Split('/').Last()));
        var used = await app.WithDatabaseAsync(db => db.VersionForAsync(FrameworkPurpose.DraftSignOff, CancellationToken.None));
        var moderation = await app.WithDatabaseAsync(db => db.VersionForAsync(FrameworkPurpose.Moderation, CancellationToken.None));

        var planId = await app.Plans.DraftAsync("EHC-FW-USE-1");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var gradingId = await SignOffJourney.StartGradingAsync(await app.SignInAsync(DemoUsers.LocalityManager), planId);
        var grading = await app.WithDatabaseAsync(db => db.Gradings.SingleAsync(g => g.Id == gradingId));

        Assert.Equal("Framework 2027", used!.Title);
        Assert.Equal(ScoringScheme.GradeOneToFour, used.Scheme);
        Assert.NotEqual(used.Id, moderation!.Id);
        Assert.Equal(used.Id, grading.FrameworkVersionId);
    }

    [Fact]
    public async Task ChoicesMadeOnAStalePage_AreRefused()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var stale = await qaLead.GetPageAsync("/frameworks/uses");
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("advice-form.json", "uses-stale"));
        await FrameworkImports.PressAsync(qaLead, versionPage, "publish");
        await PostChoicesAsync(qaLead, ("AdviceQa", versionPage.Split('/').Last()));

        var fields = FormFields.Of(stale.QuerySelector(ChoicesForm)!).Where(f => f.Key != "__RequestVerificationToken");
        var response = await qaLead.PostFormAsync("/frameworks/uses", fields);

        Assert.Contains("Someone else changed these choices", (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    private const string ChoicesForm = "form[action='/frameworks/uses']";

    /// <summary>Posts the choices page as it stands, with the given purposes changed.</summary>
    private static async Task<HttpResponseMessage> PostChoicesAsync(SignedInClient client, params (string Purpose, string VersionId)[] changes)
    {
        var page = await client.GetPageAsync("/frameworks/uses");
        var fields = FormFields.Of(page.QuerySelector(ChoicesForm)!).Where(f => f.Key != "__RequestVerificationToken").ToList();
        foreach (var (purpose, versionId) in changes)
        {
            fields = fields.With($"Choices.{purpose}", versionId);
        }

        return await client.PostFormAsync("/frameworks/uses", fields);
    }

    private Task<int> CountChoicesAsync() => app.WithDatabaseAsync(db => db.Set<FrameworkUse>().CountAsync());
}
