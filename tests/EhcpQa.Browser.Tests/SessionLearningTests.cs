using EhcpQa.Domain;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>After a session a QA lead records a theme, a row of learning and an action, then closes the action; every page passes axe.</summary>
public sealed class SessionLearningTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task QaLead_RecordsLearning_RaisesAnAction_AndClosesItWithANote()
    {
        var today = ServiceCalendar.DateOf(DateTimeOffset.UtcNow);
        var sessionId = await SessionHeldAsync(today.AddDays(-7));
        var page = await app.SignedInPageAsync("qalead@ehcpqa.test");

        await page.GotoAsync($"/panels/{sessionId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Themes, learning and actions from this session" }).ClickAsync();
        await page.ArriveAtAsync($"**/panels/{sessionId}/learning");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Record theme" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the theme");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Area for improvement").ChooseAsync();
        await page.Locator("#Theme_Section").SelectOptionAsync("F");
        await page.Locator("#Theme_RaisedBy").SelectOptionAsync("EducationSetting");
        await page.Locator("#Theme_Text").FillAsync("Provision is described with 'access to' rather than hours");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record theme" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The theme has been recorded");

        await page.Locator("#Summary_Area").FillAsync("Preparation for adulthood");
        await page.Locator("#Summary_Learning").FillAsync("Start PfA outcomes from Year 9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add learning" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("added to the summary");

        await page.Locator("#NewAction_Description").FillAsync("Workshop on quantifying Section F");
        await page.Locator("#NewAction_OwnerAgency").SelectOptionAsync("SendTeam");
        await page.Locator("#NewAction_Owner").FillAsync("Jo Patel");
        var due = today.AddDays(30);
        await page.Locator("#NewAction_DueOn_Day").FillAsync(due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#NewAction_DueOn_Month").FillAsync(due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#NewAction_DueOn_Year").FillAsync(due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The action has been added");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/actions");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Workshop on quantifying Section F" }).ClickAsync();
        await page.ArriveAtAsync("**/actions/*");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Done", new() { Exact = true }).ChooseAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what was done");
        await page.AssertNoAxeViolationsAsync();

        await page.Locator("#Form_ClosingNote").FillAsync("Workshop held for all three localities");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("marked as done");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Workshop held for all three localities");
        await page.AssertNoAxeViolationsAsync();
    }

    private Task<int> SessionHeldAsync(DateOnly heldOn) => app.WithDatabaseAsync(async db =>
    {
        var qaLead = await db.Users.Where(u => u.Email == "qalead@ehcpqa.test").Select(u => u.Id).SingleAsync();
        var plans = await db.Plans.AsNoTracking().Where(p => p.IssuedOn != null).OrderBy(p => p.Id).Take(3).ToListAsync();
        var population = plans.Select(p => new SamplingCandidate(p.Id, p.CaseworkerId, p.PhaseOn(p.IssuedOn!.Value), p.PrimaryArea, p.Setting, p.LocalityId)).ToList();
        var sample = DipSample.Draw("Learning sample", heldOn.AddMonths(-1), heldOn, new SampleTheme(), population, new SampleRules(3), 7, qaLead, DateTimeOffset.UtcNow);
        db.DipSamples.Add(sample);
        await db.SaveChangesAsync();
        var session = PanelSession.Plan(heldOn, PanelLevel.MultiAgencyPanel, null, sample.Id, qaLead, qaLead, DateTimeOffset.UtcNow);
        db.PanelSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    });
}
