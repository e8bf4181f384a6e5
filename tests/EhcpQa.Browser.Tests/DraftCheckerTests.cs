using EhcpQa.Domain.Frameworks;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// In a real browser, a caseworker checks a draft with vague provision in Section F, sees it flagged with its words
/// and why before sending, follows the link to the section, fixes it, checks again and sends. Every page passes axe.
/// </summary>
public sealed class DraftCheckerTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string VagueF = "A teaching assistant will support Sam with his reading as needed.";
    private const string SpecificF = "A teaching assistant will deliver 20 minutes of reading practice daily, 5 days a week.";

    [Fact]
    public async Task ACaseworker_SeesVagueProvisionFlagged_FixesIt_AndSends()
    {
        var caseworker = await app.SignedInPageAsync("caseworker@ehcpqa.test");
        await caseworker.GotoAsync("/plans?stage=Draft");
        await caseworker.Locator("table.govuk-table tbody tr", new() { HasText = "Not sent" }).Locator("td:first-child a").Last.ClickAsync();
        await caseworker.ArriveAtAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/plans/[0-9]+$"));
        await caseworker.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Send (the draft|a new version) for sign-off$") }).ClickAsync();
        await caseworker.ArriveAtAsync("**/draft");
        await caseworker.AssertNoAxeViolationsAsync();

        foreach (var section in PlanSections.Statutory.Where(s => s.Code != SectionCode.I))
        {
            var text = section.Code switch
            {
                SectionCode.F => VagueF,
                SectionCode.C or SectionCode.D or SectionCode.G or SectionCode.H1 or SectionCode.H2 => "No needs or provision were identified.",
                _ => $"Text of section {section.Code}.",
            };
            await caseworker.Locator($"#Form_{section.Code}").FillAsync(text);
        }

        await CheckTheDraftAsync(caseworker);
        var warnings = caseworker.Locator("[data-draft-warnings]");
        await warnings.WaitForAsync();
        var told = await warnings.InnerTextAsync();
        Assert.Contains("\"as needed\" says neither how much nor how often", told, StringComparison.Ordinal);
        Assert.Contains("says neither how much nor how often it will be provided", told, StringComparison.Ordinal);
        Assert.Equal(VagueF, await caseworker.Locator("#Form_F").InputValueAsync());
        await caseworker.AssertNoAxeViolationsAsync();

        // The warning's link takes the caseworker to the section to fix.
        await warnings.GetByRole(AriaRole.Link, new() { Name = "Go to section F" }).First.ClickAsync();
        Assert.EndsWith("#Form_F", caseworker.Url, StringComparison.Ordinal);
        await caseworker.Locator("#Form_F").FillAsync(SpecificF);
        await CheckTheDraftAsync(caseworker);
        var after = await caseworker.Locator("[data-draft-warnings]").CountAsync() == 0 ? string.Empty : await caseworker.Locator("[data-draft-warnings]").InnerTextAsync();
        Assert.DoesNotContain("Section F", after, StringComparison.Ordinal);
        await caseworker.AssertNoAxeViolationsAsync();

        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Send for sign-off" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-notification-banner")).ToContainTextAsync("has been sent for sign-off");
        await caseworker.AssertNoAxeViolationsAsync();
    }

    /// <summary>Checks the draft and waits for the new page: the address stays the same, so the old page is marked first.</summary>
    private static async Task CheckTheDraftAsync(IPage caseworker)
    {
        await caseworker.EvaluateAsync("() => { window.checkedBefore = true; }");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Check the draft without sending" }).ClickAsync();
        await caseworker.WaitForFunctionAsync("() => window.checkedBefore === undefined && document.querySelector('.govuk-footer') !== null");
    }
}
