using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A caseworker records advice requested for their plan (a date out of order refused first, nothing typed lost), then the
/// advice received; the health agency's lead finds it among their agency's advice, reads it, audits it on the advice form, and opens the scorecard.
/// Every page passes axe.
/// </summary>
public sealed class AdviceRequestedAndAssuredTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CaseworkerRecordsAdvice_AndTheAgencyLeadReadsIt()
    {
        var planId = await app.WithDatabaseAsync(db => db.Plans
            .Where(p => p.Stage == PlanStage.Draft && db.Users.Any(u => u.Id == p.CaseworkerId && u.Email == "caseworker@ehcpqa.test"))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var page = await app.SignedInPageAsync("caseworker@ehcpqa.test");
        await page.GotoAsync($"/plans/{planId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record advice requested" }).ClickAsync();
        await page.ArriveAtAsync($"**/plans/{planId}/advice/new");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Occupational therapy").ChooseAsync();
        await page.Locator("#Form_DueOn_Day").FillAsync("1");
        await page.Locator("#Form_DueOn_Month").FillAsync("1");
        await page.Locator("#Form_DueOn_Year").FillAsync("2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the request" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await summary.WaitForAsync();
        Assert.Contains("The date the advice is due must be after the date it was requested", await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByLabel("Occupational therapy").IsCheckedAsync());
        Assert.Equal("2020", await page.Locator("#Form_DueOn_Year").InputValueAsync());
        await page.AssertNoAxeViolationsAsync();

        foreach (var part in new[] { "Day", "Month", "Year" })
        {
            await page.Locator($"#Form_DueOn_{part}").FillAsync(string.Empty);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Record the request" }).ClickAsync();
        await page.ArriveAtAsync(url => url.Contains($"/plans/{planId}", StringComparison.Ordinal) && !url.Contains("/advice/new", StringComparison.Ordinal));
        var advice = page.Locator("#advice + table");
        Assert.Contains("Occupational therapy", await advice.InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await advice.GetByRole(AriaRole.Link, new() { Name = "Occupational therapy" }).Last.ClickAsync();
        await page.ArriveAtAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/advice/[0-9]+$"));
        var adviceUrl = page.Url;
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Or paste the advice").FillAsync("Occupational therapy advice: sensory breaks twice a day.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the advice received" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        Assert.Contains("On time", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        var lead = await app.SignedInPageAsync("agency-health@ehcpqa.test");
        await lead.AssertNoAxeViolationsAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "Advice", Exact = true }).ClickAsync();
        await lead.ArriveAtAsync("**/advice");
        Assert.Contains("Health advice", await lead.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await lead.AssertNoAxeViolationsAsync();
        await lead.GotoAsync(adviceUrl);
        Assert.Contains("sensory breaks twice a day", await lead.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await lead.Locator("form[action$='/received']").CountAsync());
        await lead.AssertNoAxeViolationsAsync();

        // The lead audits the advice on the advice form: each part's ratings, then the audit submitted.
        await lead.GetByRole(AriaRole.Button, new() { Name = "Audit this advice" }).ClickAsync();
        await lead.ArriveAtAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/gradings/[0-9]+$"));
        Assert.Contains("On time", await lead.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await lead.AssertNoAxeViolationsAsync();
        var auditUrl = lead.Url;
        var parts = await lead.Locator("a.govuk-task-list__link").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        foreach (var part in parts)
        {
            await lead.GotoAsync(part);
            foreach (var group in await lead.Locator("main form fieldset.govuk-fieldset").AllAsync())
            {
                var options = group.Locator("input[type=radio]");
                await options.Nth(await options.CountAsync() - 2).ChooseAsync();
            }

            await lead.AssertNoAxeViolationsAsync();
            await lead.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).SendWithAsync();
            await lead.Locator(".govuk-notification-banner").WaitForAsync();
        }

        await lead.GotoAsync(auditUrl);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Submit the audit" }).ClickAsync();
        await lead.ArriveAtAsync(url => url.EndsWith(adviceUrl[adviceUrl.IndexOf("/advice/", StringComparison.Ordinal)..], StringComparison.Ordinal));
        Assert.Contains("Audited by Nadia Rahman", await lead.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await lead.AssertNoAxeViolationsAsync();

        await lead.GotoAsync("/advice/audits");
        await lead.AssertNoAxeViolationsAsync();
        await lead.GotoAsync("/advice/scorecard");
        Assert.Contains("Occupational therapy", await lead.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Mean score", await lead.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await lead.AssertNoAxeViolationsAsync();

        // The QA lead's dashboard sets timeliness, the quality of advice and families' views beside the plans' quality.
        var qaLead = await app.SignedInPageAsync("qalead@ehcpqa.test");
        await qaLead.GotoAsync("/dashboard");
        foreach (var section in new[] { "#timeliness", "#advice-quality", "#families-views" })
        {
            Assert.True(await qaLead.Locator(section).IsVisibleAsync(), $"The dashboard has its {section} section");
        }

        Assert.Contains("Quality of advice, by the agencies' own audits", await qaLead.Locator("#advice-quality").InnerTextAsync(), StringComparison.Ordinal);
        await qaLead.AssertNoAxeViolationsAsync();

        // The school closures that let the 20-week timescale go, as the QA lead keeps them.
        await qaLead.GotoAsync("/advice/school-closures");
        Assert.Contains("Summer holidays", await qaLead.Locator("#school-closures").InnerTextAsync(), StringComparison.Ordinal);
        await qaLead.AssertNoAxeViolationsAsync();
    }
}
