using System.Text;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A QA lead imports the register exported from the case-management system: forgets the file and is told, uploads it,
/// keeps the columns offered, sees what would be added and refused, and imports it, on pages that pass axe.
/// </summary>
public sealed class RegisterImportTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Register =
        "Plan reference,Initials,Date of birth,Caseworker email,Locality,Primary need,Setting type,Request date,Issue date,Status\r\n" +
        "BRW-0001,AB,14/03/2015,caseworker@ehcpqa.test,North,SEMH,Mainstream,10/01/2025,30/05/2025,Final\r\n" +
        "BRW-0002,CD,02/11/2012,caseworker2@ehcpqa.test,South,ASD,Special,03/02/2025,20/06/2025,Amended\r\n" +
        "BRW-0003,EF,31/13/2014,caseworker@ehcpqa.test,North,MLD,Mainstream,03/02/2025,20/06/2025,Final\r\n";

    [Fact]
    public async Task AQaLead_UploadsTheRegister_ChecksThePreview_AndImportsIt()
    {
        var page = await app.SignedInPageAsync("qalead@ehcpqa.test");
        await page.GotoAsync("/plans");
        await Either(page, "Import the register").ClickAsync();
        await page.ArriveAtAsync("**/plans/import");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and choose the columns" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await summary.WaitForAsync();
        Assert.Contains("Select the register file", await summary.InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Register file").SetInputFilesAsync(new FilePayload
        {
            Name = "register.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(Register),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and choose the columns" }).ClickAsync();
        await page.ArriveAtAsync("**/columns");
        Assert.Equal("Plan reference", await page.GetByLabel("Plan reference", new() { Exact = true }).InputValueAsync());
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and preview the import" }).ClickAsync();
        await page.ArriveAtAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/plans/import/[0-9]+$"));
        var refusals = await page.Locator("[data-refusals]").InnerTextAsync();
        Assert.Contains("31/13/2014", refusals, StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Import 2 plans" }).ClickAsync();
        await page.Locator("[data-import-result]").WaitForAsync();
        Assert.Contains("Register imported", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/plans?reference=BRW-0002");
        await page.GetByRole(AriaRole.Link, new() { Name = "BRW-0002" }).First.ClickAsync();
        await page.ArriveAtAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/plans/[0-9]+$"));
        Assert.Contains("Added from the register as amended", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // Its text as issued is added, so that it can be sampled and moderated.
        await Either(page, "Add the plan's text as issued").ClickAsync();
        await page.ArriveAtAsync("**/issued-text");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan's text" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Section F: Special educational provision").FillAsync("Two hours a week of speech and language therapy.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan's text" }).ClickAsync();
        await page.ArriveAtAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/plans/[0-9]+$"));
        Assert.Contains("Text of the plan as issued added", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // Many plans' texts at once come from a zip of Word documents: a zip forgotten is named in the error summary.
        await page.GotoAsync("/plans/import");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add the texts of issued plans from a zip of Word documents" }).ClickAsync();
        await page.ArriveAtAsync("**/plans/issued-texts");
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("main form button").First.ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await page.AssertNoAxeViolationsAsync();
    }

    /// <summary>A link styled as a button (GOV.UK start and secondary buttons are links with the button role), or a plain link.</summary>
    private static ILocator Either(IPage page, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = name }).Or(page.GetByRole(AriaRole.Link, new() { Name = name })).First;
}
