using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Frameworks;

/// <summary>A QA lead publishes, retires and discards versions on the version page; each change says who and when, and a stale page changes nothing.</summary>
public sealed class FrameworkVersionLifecycleTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Publishing_RecordsWhoAndWhen_AndOffersRetirement()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "lifecycle-publish"));

        var response = await FrameworkImports.PressAsync(qaLead, versionPage, "publish");
        var page = await qaLead.GetPageAsync(versionPage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Version 1: published (current)", page.QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("by Alex Morgan", page.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[action$='/retire']"));
        Assert.Null(page.QuerySelector("form[action$='/publish']"));
    }

    [Fact]
    public async Task ADiscardFromAPageReadBeforePublication_ChangesNothing_AndSaysWhy()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "lifecycle-stale"));
        var stale = (await qaLead.GetPageAsync(versionPage)).QuerySelector("form[action$='/discard']")!;
        await FrameworkImports.PressAsync(qaLead, versionPage, "publish");

        var response = await qaLead.PostAsync(stale.GetAttribute("action")!, FormFields.Of(stale));
        var page = await SignedInClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Version 1 has been published, so it is kept for good", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDatabaseAsync(db => db.FrameworkVersions.AnyAsync(v => v.Framework.Key == "lifecycle-stale" && v.PublishedAt != null)));
    }

    [Fact]
    public async Task AVersionInUse_CannotBeRetired_AndSaysWhatUsesIt()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var list = await qaLead.GetPageAsync("/frameworks");
        var inUse = list.QuerySelector(".govuk-summary-list a")!.GetAttribute("href")!;

        var response = await FrameworkImports.PressAsync(qaLead, inUse, "retire");
        var page = await SignedInClient.ParseAsync(response);

        Assert.Contains("in use for draft sign-off", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("published", page.QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVersionNothingUses_IsRetired_AndLeavesTheList()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("checklist.json", "lifecycle-retire"));
        await FrameworkImports.PressAsync(qaLead, versionPage, "publish");

        await FrameworkImports.PressAsync(qaLead, versionPage, "retire");
        var page = await qaLead.GetPageAsync(versionPage);

        Assert.Contains("retired", page.QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Retired", page.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        var uses = await qaLead.GetPageAsync("/frameworks/uses");
        Assert.DoesNotContain("A checklist", uses.QuerySelector("form[action='/frameworks/uses']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraft_IsDiscarded_WithItsNewFramework()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("advice-form.json", "lifecycle-discard"));

        var response = await FrameworkImports.PressAsync(qaLead, versionPage, "discard");

        Assert.Equal("/frameworks", response.Headers.Location!.OriginalString);
        Assert.False(await app.WithDatabaseAsync(db => db.Frameworks.AnyAsync(f => f.Key == "lifecycle-discard")));
        Assert.Equal(HttpStatusCode.NotFound, (await qaLead.GetAsync(versionPage)).StatusCode);
    }

    [Fact]
    public async Task ANewVersion_StartsAsADraftCopyOfTheCurrentOne()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("marks-form.json", "lifecycle-revise"));
        await FrameworkImports.PressAsync(qaLead, versionPage, "publish");

        var response = await qaLead.PostFormAsync(versionPage + "/revise", [new("Revision.Title", "Marks form 2028")], versionPage);
        var draft = await qaLead.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("Version 2: draft", draft.QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Marks form 2028", draft.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Part 2 Statutory minimum", draft.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewVersionWithoutATitle_IsRefused_WithTheMessageBesideTheField()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("marks-form.json", "lifecycle-untitled"));
        await FrameworkImports.PressAsync(qaLead, versionPage, "publish");

        var page = await SignedInClient.ParseAsync(await qaLead.PostFormAsync(versionPage + "/revise", [new("Revision.Title", " ")], versionPage));

        Assert.Contains("Enter a title for the new version", page.QuerySelector("#Revision_Title-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.FrameworkVersions.CountAsync(v => v.Framework.Key == "lifecycle-untitled")));
    }

    [Fact]
    public async Task OnlyAQaLead_ChangesAVersion()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "lifecycle-forbidden"));
        var form = (await qaLead.GetPageAsync(versionPage)).QuerySelector("form[action$='/publish']")!;
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);

        var managerPage = await manager.GetPageAsync(versionPage);
        var response = await manager.PostAsync(form.GetAttribute("action")!, FormFields.Of(form));

        Assert.Null(managerPage.QuerySelector("form[action$='/publish']"));
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest);
        Assert.False(await app.WithDatabaseAsync(db => db.FrameworkVersions.AnyAsync(v => v.Framework.Key == "lifecycle-forbidden" && v.PublishedAt != null)));
    }
}
