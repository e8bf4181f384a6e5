using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Frameworks;

/// <summary>
/// A QA lead adds and changes a draft's answer scales on pages: options with labels, points and N/A; a scale
/// given a new key takes its items with it; a scale items are answered on cannot be removed; a bad option is
/// refused beside its row with everything typed kept.
/// </summary>
public sealed class DraftAnswerScaleTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AScale_IsAddedWithItsOptions_AndAnItemIsAnsweredOnIt()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("marks-form.json", "scale-added"));
        var newScale = versionPage + "/edit/scales/new";
        var form = await qaLead.GetPageAsync(newScale);

        var response = await qaLead.PostAsync(newScale, FormFields.Of(form)
            .With("Input.Key", "partly")
            .With("Input.Kind", "Choice")
            .With("Input.Options[0].Value", "no").With("Input.Options[0].Label", "Not evident").With("Input.Options[0].Points", "0")
            .With("Input.Options[1].Value", "part").With("Input.Options[1].Label", "Partly").With("Input.Options[1].Points", "2.5")
            .With("Input.Options[2].Value", "na").With("Input.Options[2].Label", "N/A").With("Input.Options[2].NotApplicable", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await qaLead.GetPageAsync(versionPage + "/edit/scales");
        Assert.Contains("Not evident (0), Partly (2.5), N/A", list.Body!.TextContent, StringComparison.Ordinal);
        var section = (await qaLead.GetPageAsync(versionPage + "/edit")).QuerySelector("a[href*='/edit/sections/']")!.GetAttribute("href")!;
        var newItem = section + "/items/new";
        var itemForm = await qaLead.GetPageAsync(newItem);
        Assert.NotNull(itemForm.QuerySelector("input[name='Input.Answers'][value='partly']"));
        var item = await qaLead.PostAsync(newItem, FormFields.Of(itemForm).With("Input.Text", "Outcomes are partly specific").With("Input.Answers", "partly"));
        Assert.Equal(HttpStatusCode.Redirect, item.StatusCode);
        var scale = await app.WithDatabaseAsync(async db => (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "scale-added")).Form!.Scale("partly")!);
        Assert.Equal(2.5m, scale.MaximumPoints);
        Assert.True(scale.Options[2].NotApplicable);
    }

    [Fact]
    public async Task AnOptionWithPointsOnAnNotApplicableAnswer_IsRefusedBesideItsRow_KeepingWhatWasTyped()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("marks-form.json", "scale-refused"));
        var scalePage = versionPage + "/edit/scales/yes-no-na";
        var form = await qaLead.GetPageAsync(scalePage);

        var response = await qaLead.PostAsync(scalePage, FormFields.Of(form)
            .With("Input.Options[2].Points", "5")
            .With("Input.Options[0].Label", "Yes, fully")
            .With("Input.Options[1].Points", "none"));
        var page = await SignedInClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#Input_Options_1__Points-error"));
        Assert.Equal("Yes, fully", page.QuerySelector("input[name='Input.Options[0].Label']")!.GetAttribute("value"));

        page = await SignedInClient.ParseAsync(await qaLead.PostAsync(scalePage, FormFields.Of(page).With("Input.Options[1].Points", "0")));
        Assert.Contains("An N/A option carries no points", page.QuerySelector("#Input_Options_2__Points-error")!.TextContent, StringComparison.Ordinal);
        foreach (var link in page.QuerySelectorAll(".govuk-error-summary a"))
        {
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
        }
    }

    [Fact]
    public async Task AScaleGivenANewKey_TakesItsItems_AndOneInUseCannotBeRemoved()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("marks-form.json", "scale-renamed"));
        var scalePage = versionPage + "/edit/scales/yes-no-na";

        var renamed = await qaLead.PostAsync(scalePage, FormFields.Of(await qaLead.GetPageAsync(scalePage)).With("Input.Key", "met-not-met"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        var form = await app.WithDatabaseAsync(async db => (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "scale-renamed")).Form!);
        Assert.All(form.PartsWithItems.SelectMany(p => p.Items), i => Assert.Equal("met-not-met", i.Answers));
        var list = await qaLead.GetPageAsync(versionPage + "/edit/scales");
        Assert.Null(list.QuerySelector("form[action$='/scales/met-not-met/remove']"));

        // A remove button of another page of the draft carries the same token, posted as a stale page would.
        var removeSection = (await qaLead.GetPageAsync(versionPage + "/edit")).QuerySelector("form[action$='/remove']")!;
        var refused = await SignedInClient.ParseAsync(await qaLead.PostAsync(versionPage + "/edit/scales/met-not-met/remove", FormFields.Of(removeSection)));
        Assert.Contains("answered on \"met-not-met\"", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScaleNothingIsAnsweredOn_IsRemoved()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("marks-form.json", "scale-removed"));
        var newScale = versionPage + "/edit/scales/new";
        await qaLead.PostAsync(newScale, FormFields.Of(await qaLead.GetPageAsync(newScale)).With("Input.Key", "notes").With("Input.Kind", "Text"));

        var list = await qaLead.GetPageAsync(versionPage + "/edit/scales");
        var remove = list.QuerySelector("form[action$='/scales/notes/remove']")!;
        var response = await qaLead.PostAsync(remove.GetAttribute("action")!, FormFields.Of(remove));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var keys = await app.WithDatabaseAsync(async db => (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "scale-removed")).Form!.AnswerScales.Select(s => s.Key).ToList());
        Assert.Equal(["yes-no-na"], keys);
    }

    [Fact]
    public async Task ASaveFromAPageReadBeforeAnotherChange_IsRefused_KeepingWhatWasTyped()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("marks-form.json", "scale-concurrent"));
        var scalePage = versionPage + "/edit/scales/yes-no-na";
        var first = await qaLead.GetPageAsync(scalePage);
        var second = await qaLead.GetPageAsync(scalePage);
        await qaLead.PostAsync(scalePage, FormFields.Of(first).With("Input.Options[0].Label", "Yes, in full"));

        var page = await SignedInClient.ParseAsync(await qaLead.PostAsync(scalePage, FormFields.Of(second).With("Input.Options[0].Label", "Evident")));

        Assert.Contains("Someone else changed this draft", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Evident", page.QuerySelector("input[name='Input.Options[0].Label']")!.GetAttribute("value"));
        var label = await app.WithDatabaseAsync(async db => (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "scale-concurrent")).Form!.Scale("yes-no-na")!.Options[0].Label);
        Assert.Equal("Yes, in full", label);
    }
}
