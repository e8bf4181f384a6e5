using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Frameworks;

/// <summary>
/// A QA lead edits a draft version on pages: details, sections and items with their guidance. A change that
/// breaks a rule is refused beside its field with what was typed kept; a second QA lead's save from a page read
/// before the first's is refused; a published version cannot be edited.
/// </summary>
public sealed class DraftEditingTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AnItem_IsChanged_WithItsGuidanceAndExample_AndTheDraftShowsIt()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("checklist.json", "edit-item"));
        var edit = await qaLead.GetPageAsync(versionPage + "/edit");
        var section = edit.QuerySelector("tbody a")!.GetAttribute("href")!;
        var itemPage = (await qaLead.GetPageAsync(section)).QuerySelector("tbody a")!.GetAttribute("href")!;
        var form = await qaLead.GetPageAsync(itemPage);

        var response = await qaLead.PostAsync(itemPage, FormFields.Of(form)
            .With("Input.Text", "The child's views are in their own words")
            .With("Input.Guidance", "Quotes, drawings or a record of how the child communicated")
            .With("Input.Example", "\"I like maths because it is quiet\" (Year 4, in class)"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var preview = (await qaLead.GetPageAsync(versionPage)).Body!.TextContent;
        Assert.Contains("The child's views are in their own words", preview, StringComparison.Ordinal);
        Assert.Contains("Quotes, drawings or a record of how the child communicated", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnItemOnAScaleTheFormHasNot_IsRefusedBesideTheField_KeepingWhatWasTyped()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "edit-refused"));
        var section = (await qaLead.GetPageAsync(versionPage + "/edit")).QuerySelector("tbody a")!.GetAttribute("href")!;
        var newItem = section + "/items/new";
        var form = await qaLead.GetPageAsync(newItem);

        var response = await qaLead.PostAsync(newItem, FormFields.Of(form)
            .With("Input.Text", "Provision names who delivers it")
            .With("Input.Answers", "stars")
            .With("Input.Standard", "two"));
        var page = await SignedInClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#Input_Standard-error"));
        Assert.Equal("Provision names who delivers it", page.QuerySelector("textarea[name='Input.Text']")!.TextContent.Trim());

        var second = await qaLead.PostAsync(newItem, FormFields.Of(page)
            .With("Input.Text", "Provision names who delivers it")
            .With("Input.Answers", "stars")
            .With("Input.Standard", string.Empty));
        var secondPage = await SignedInClient.ParseAsync(second);
        Assert.Contains("is not the key of an answer scale", secondPage.QuerySelector("#Input_Answers-error")!.TextContent, StringComparison.Ordinal);
        foreach (var link in secondPage.QuerySelectorAll(".govuk-error-summary a"))
        {
            Assert.NotNull(secondPage.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
        }
    }

    [Fact]
    public async Task ASection_IsAddedWithItsFirstItem_MovedUp_AndRemoved()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("marks-form.json", "edit-sections"));
        var newSection = versionPage + "/edit/sections/new";
        var form = await qaLead.GetPageAsync(newSection);
        var scale = form.QuerySelector("input[name='Section.ItemAnswers']")!.GetAttribute("value")!;

        var added = await qaLead.PostAsync(newSection, FormFields.Of(form)
            .With("Section.Code", "part-4")
            .With("Section.Title", "Part 4 Preparing for adulthood")
            .With("Section.ItemText", "Outcomes look ahead to adult life")
            .With("Section.ItemAnswers", scale));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var edit = await qaLead.GetPageAsync(versionPage + "/edit");
        var moveUp = edit.QuerySelector("form[action$='/sections/part-4/move']")!;
        await qaLead.PostAsync(moveUp.GetAttribute("action")!, FormFields.Of(moveUp));
        var codes = await app.WithDatabaseAsync(async db =>
            (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "edit-sections")).Form!.Sections.Select(s => s.Code).ToList());
        Assert.Equal("part-4", codes[^2]);

        edit = await qaLead.GetPageAsync(versionPage + "/edit");
        var remove = edit.QuerySelector("form[action$='/sections/part-4/remove']")!;
        await qaLead.PostAsync(remove.GetAttribute("action")!, FormFields.Of(remove));
        Assert.DoesNotContain("Part 4 Preparing for adulthood", (await qaLead.GetPageAsync(versionPage + "/edit")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASectionWithoutATitleOrWithATakenCode_IsRefused_AndNothingIsAdded()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("marks-form.json", "edit-section-refused"));
        var edit = await qaLead.GetPageAsync(versionPage + "/edit");
        var takenCode = edit.QuerySelector("tbody td")!.TextContent.Trim();
        var newSection = versionPage + "/edit/sections/new";
        var form = await qaLead.GetPageAsync(newSection);

        var page = await SignedInClient.ParseAsync(await qaLead.PostAsync(newSection, FormFields.Of(form)
            .With("Section.Code", takenCode)
            .With("Section.Title", " ")
            .With("Section.ItemText", "An item")
            .With("Section.ItemAnswers", form.QuerySelector("input[name='Section.ItemAnswers']")!.GetAttribute("value")!)));

        Assert.NotNull(page.QuerySelector("#Section_Code-error"));
        Assert.NotNull(page.QuerySelector("#Section_Title-error"));
        Assert.Equal("An item", page.QuerySelector("textarea[name='Section.ItemText']")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheLastItemOfASection_CannotBeRemoved_AndTheListSaysWhy()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("advice-form.json", "edit-last-item"));
        var section = (await qaLead.GetPageAsync(versionPage + "/edit")).QuerySelector("tbody a")!.GetAttribute("href")!;
        HttpResponseMessage response;
        do
        {
            var remove = (await qaLead.GetPageAsync(section)).QuerySelector("form[action$='/remove']")!;
            response = await qaLead.PostAsync(remove.GetAttribute("action")!, FormFields.Of(remove));
        }
        while (response.StatusCode == HttpStatusCode.Redirect);

        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("Add at least one item to the section", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("form[action$='/remove']"));
    }

    [Fact]
    public async Task TwoQaLeadsEditingOneDraft_TheSecondSaveIsRefused_WithTheirInputKept()
    {
        var first = await app.SignInAsync(DemoUsers.QaLead);
        var second = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(first, FrameworkImports.Example("points-form.json", "edit-concurrent"));
        var details = versionPage + "/edit/details";
        var firstForm = await first.GetPageAsync(details);
        var secondForm = await second.GetPageAsync(details);

        var saved = await first.PostAsync(details, FormFields.Of(firstForm).With("Details.Title", "Points form, first lead's title"));
        var refused = await second.PostAsync(details, FormFields.Of(secondForm).With("Details.Title", "Points form, second lead's title"));
        var page = await SignedInClient.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Someone else changed this draft", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Points form, second lead's title", page.QuerySelector("input[name='Details.Title']")!.GetAttribute("value"));
        Assert.Equal("Points form, first lead's title", await app.WithDatabaseAsync(async db => (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "edit-concurrent")).Title));
    }

    [Fact]
    public async Task APublishedVersion_CannotBeEdited_AndThePageSaysHowToChangeIt()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "edit-published"));
        var details = versionPage + "/edit/details";
        var form = await qaLead.GetPageAsync(details);
        await FrameworkImports.PressAsync(qaLead, versionPage, "publish");

        var response = await qaLead.PostAsync(details, FormFields.Of(form).With("Details.Title", "Changed after publication"));
        var page = await qaLead.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(versionPage, response.Headers.Location!.OriginalString);
        Assert.Contains("Start a new version to change it", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("Changed after publication", await app.WithDatabaseAsync(async db => (await db.FrameworkVersions.SingleAsync(v => v.Framework.Key == "edit-published")).Title));
    }

    [Fact]
    public async Task OnlyAQaLead_EditsADraft()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("points-form.json", "edit-forbidden"));
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync(versionPage + "/edit")).StatusCode);
        Assert.Null((await manager.GetPageAsync(versionPage)).QuerySelector($"a[href='{versionPage}/edit']"));
    }
}
