using EhcpQa.Web.Features.Frameworks;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A QA lead imports each example framework shipped with the service (the 1–4 framework, the points form, the
/// marks form, the checklist, the advice form and the family survey) and publishes it; on a draft of the points form they change
/// how it is scored on the pages (an answer scale, a grade, the bands and a cap) and see the result as graders
/// will. Every kind of page passes axe.
/// </summary>
public sealed class ExampleFrameworksTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private readonly AxeOncePerKind _axe = new();

    [Fact]
    public async Task QaLead_ImportsAndPublishesEveryExample_AndChangesHowADraftIsScored()
    {
        var page = await app.SignedInPageAsync("qalead@ehcpqa.test");
        Assert.Equal(6, FrameworkExamples.Names.Count);
        foreach (var name in FrameworkExamples.Names)
        {
            await ImportAsync(page, name);
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Publish version [0-9]+$") }).ClickAsync();
            await page.Locator(".govuk-notification-banner--success").WaitForAsync();
            Assert.Contains("published", await page.Locator(".govuk-caption-l").InnerTextAsync(), StringComparison.Ordinal);
            await _axe.CheckAsync(page, "published");
        }

        await page.GotoAsync("/frameworks");
        var list = await page.Locator("main").InnerTextAsync();
        foreach (var framework in new[] { "A points form", "A marks form in three parts", "A checklist", "A professional-advice form" })
        {
            Assert.Contains(framework, list, StringComparison.OrdinalIgnoreCase);
        }

        // A new draft of the points form, scored differently.
        await ImportAsync(page, "points-form.json");
        var versionUrl = page.Url;
        await page.GotoAsync(versionUrl + "/edit");
        await _axe.CheckAsync(page, "edit");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the answer scales" }).ClickAsync();
        await page.ArriveAtAsync("**/edit/scales");
        await _axe.CheckAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an answer scale" }).ClickAsync();
        await page.ArriveAtAsync("**/edit/scales/new");
        await _axe.CheckAsync(page, "new");
        await page.GetByLabel("Key").FillAsync("confidence");
        await page.GetByLabel("A numeric rating").ChooseAsync();
        var options = page.Locator("main fieldset:has(input[name$='.Label'])");
        foreach (var (row, label) in new[] { (0, "Not confident"), (1, "Fairly confident"), (2, "Confident") })
        {
            await options.Nth(row).GetByLabel("Value stored").FillAsync((row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await options.Nth(row).GetByLabel("Label graders see").FillAsync(label);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Add the answer scale" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        Assert.Contains("Not confident, Fairly confident, Confident", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(versionUrl + "/edit/grades");
        await _axe.CheckAsync(page);
        var added = page.Locator("main fieldset", new() { HasText = "Add a grade" });
        await added.GetByLabel("Value").FillAsync("5");
        await added.GetByLabel("Name").FillAsync("Not yet assessable");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the grade scale" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();

        await page.GotoAsync(versionUrl + "/edit/grading");
        await _axe.CheckAsync(page);
        await page.GetByLabel("The grader chooses the grade").First.ChooseAsync();
        var goodBand = page.Locator("main fieldset", new() { HasText = "Section band for 2 Good" });
        await goodBand.GetByLabel("Percentage").FillAsync("sixty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save how grades are reached" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await _axe.CheckAsync(page, "refused");
        await page.Locator(".govuk-error-summary a").First.ClickAsync();
        Assert.Equal("sixty", await goodBand.GetByLabel("Percentage").InputValueAsync());
        await goodBand.GetByLabel("Percentage").FillAsync("70");
        var cap = page.Locator("main fieldset", new() { HasText = "Add a cap" });
        await cap.GetByLabel("The plan is at best").SelectOptionAsync(new SelectOptionValue { Label = "3 Requires improvement" });
        await cap.GetByLabel("When").SelectOptionAsync(new SelectOptionValue { Label = "Sections below the pass bar" });
        await cap.GetByLabel("Number of sections").FillAsync("3");
        await page.GetByLabel("Question for an overall rating (optional)").FillAsync("How confident are you in this plan?");
        await page.GetByLabel("How the overall rating is answered").SelectOptionAsync("confidence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save how grades are reached" }).ClickAsync();
        await page.Locator(".govuk-notification-banner--success").WaitForAsync();
        var draft = await page.Locator("main").InnerTextAsync();
        Assert.Contains("at least 70% gives 2 Good", draft, StringComparison.Ordinal);
        Assert.Contains("With 3 or more sections below the pass bar, the plan is at best 3 Requires improvement.", draft, StringComparison.Ordinal);

        await page.GotoAsync(versionUrl);
        var preview = await page.Locator("main").InnerTextAsync();
        Assert.Contains("How confident are you in this plan?", preview, StringComparison.Ordinal);
        await _axe.CheckAsync(page, "draft changed");
    }

    private async Task ImportAsync(IPage page, string name)
    {
        await page.GotoAsync("/frameworks/import");
        await _axe.CheckAsync(page);
        await page.GetByLabel("Framework file").SetInputFilesAsync(FrameworkExamples.PathOf(name)!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import as a new draft version" }).ClickAsync();
        await page.ArriveAtAsync("**/frameworks/versions/*");
        await _axe.CheckAsync(page, "draft");
    }
}
