using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A caseworker makes a survey link on their issued plan's page and copies it; the family opens it on a phone-sized page
/// (375 pixels wide) without signing in, answers, sends it and sees the thank-you page; the plan's page then shows their
/// answers. Every page passes axe, and the family's reflows.
/// </summary>
public sealed class FamilyAnswersASurveyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CaseworkerMakesALink_AndTheFamilyAnswersOnAPhone()
    {
        var planId = await app.WithDatabaseAsync(db => db.Plans
            .Where(p => p.Stage != PlanStage.Draft && p.CeasedOn == null
                && p.Versions.Any(v => v.Status == DraftStatus.SignedOff || v.Status == DraftStatus.BroughtIn)
                && db.Users.Any(u => u.Id == p.CaseworkerId && u.Email == "caseworker@ehcpqa.test"))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var caseworker = await app.SignedInPageAsync("caseworker@ehcpqa.test");
        await caseworker.GotoAsync($"/plans/{planId}");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Create a survey link" }).ClickAsync();
        await caseworker.ArriveAtAsync($"**/plans/{planId}/surveys/new");
        await caseworker.AssertNoAxeViolationsAsync();
        await caseworker.GetByLabel("Parent or carer").ChooseAsync();
        await caseworker.GetByLabel("Plan issued").ChooseAsync();
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Create the link" }).ClickAsync();
        var link = caseworker.Locator("#survey-link");
        await link.WaitForAsync();
        var url = await link.InputValueAsync();
        await caseworker.AssertNoAxeViolationsAsync();

        var family = await app.NewPageAsync();
        await family.SetViewportSizeAsync(375, 812);
        await family.GotoAsync(new Uri(url).PathAndQuery);
        Assert.Equal("Your views on the EHC plan", (await family.Locator("h1").InnerTextAsync()).Trim());
        await family.AssertNoAxeViolationsAsync();
        await family.AssertNoSidewaysScrollingAsync();

        await family.GetByRole(AriaRole.Button, new() { Name = "Send your views" }).ClickAsync();
        var summary = family.Locator(".govuk-error-summary");
        await summary.WaitForAsync();
        Assert.Contains("Answer at least one question", await summary.InnerTextAsync(), StringComparison.Ordinal);
        await family.AssertNoAxeViolationsAsync();

        await family.GetByRole(AriaRole.Group, new() { Name = "The plan is clear and easy to understand." }).GetByLabel("4 Mostly").ChooseAsync();
        await family.GetByRole(AriaRole.Group, new() { Name = "The plan will make a positive difference." }).GetByLabel("5 Very much").ChooseAsync();
        await family.GetByLabel("Is there anything you would like to tell us about the plan?").FillAsync("The support at school is set out clearly.");
        await family.GetByRole(AriaRole.Button, new() { Name = "Send your views" }).ClickAsync();
        await family.ArriveAtAsync("**/survey/thanks");
        Assert.Contains("Thank you for your views", await family.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await family.AssertNoAxeViolationsAsync();
        await family.AssertNoSidewaysScrollingAsync();

        await caseworker.GotoAsync($"/plans/{planId}#surveys");
        var answers = await caseworker.Locator("main").InnerTextAsync();
        Assert.Contains("4 Mostly", answers, StringComparison.Ordinal);
        Assert.Contains("The support at school is set out clearly.", answers, StringComparison.Ordinal);
        await caseworker.AssertNoAxeViolationsAsync();
    }
}
