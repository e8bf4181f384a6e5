using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A QA lead sets up the authority's own sampling rules on pages in a real browser: a schedule drawing a sample every
/// term with at least one plan of each phase, a termly sample drawn by that rule now, 1 in 5 drafts sent to a second
/// grader, and the new-officer rule. A panel moderates a plan of the termly sample and agrees its grade, and the plan's
/// caseworker reads the panel's feedback on their plan's page. Every kind of page passes axe.
/// </summary>
public sealed partial class SamplingRulesAndPanelFeedbackTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    // The demo's year of plans ends on the day its database was made (23 November 2026), in the autumn term of 2026.
    private const string AutumnTerm2026 = "2026-09-01";
    private const string Rationale = "The panel agreed the outcomes are specific; quantify the therapy in section F.";

    private readonly AxeOncePerKind _axe = new();

    [Fact]
    public async Task AQaLead_SetsUpTermlyPerPhaseDraftAndNewOfficerRules_AndACaseworkerReadsThePanelsFeedback()
    {
        var qaLead = await app.SignedInPageAsync("qalead@ehcpqa.test");

        await qaLead.GotoAsync("/samples/schedules/new");
        await CheckAsync(qaLead);
        await qaLead.GetByLabel("Title").FillAsync("Termly sample by phase");
        await qaLead.GetByLabel("Every term").ChooseAsync();
        await qaLead.Locator("#Form_FirstWindowStart_Day").FillAsync("1");
        await qaLead.Locator("#Form_FirstWindowStart_Month").FillAsync("1");
        await qaLead.Locator("#Form_FirstWindowStart_Year").FillAsync("2027");
        await qaLead.GetByRole(AriaRole.Textbox, new() { Name = "Number of plans" }).FillAsync("3");
        await qaLead.GetByLabel("At least this many plans for each caseworker").FillAsync("0");
        await qaLead.GetByLabel("At least this many plans for each phase").FillAsync("abc");
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Save the schedule" }).ClickAsync();
        await Assertions.Expect(qaLead.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(qaLead.GetByLabel("Title")).ToHaveValueAsync("Termly sample by phase");
        await CheckAsync(qaLead, "refused");
        await qaLead.GetByLabel("At least this many plans for each phase").FillAsync("1");
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Save the schedule" }).ClickAsync();
        await Assertions.Expect(qaLead.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
        await Assertions.Expect(qaLead.Locator("main")).ToContainTextAsync("Termly sample by phase");
        await Assertions.Expect(qaLead.Locator("main")).ToContainTextAsync("Every term");
        await CheckAsync(qaLead, "saved");

        await qaLead.GotoAsync("/samples/new");
        await qaLead.GetByLabel("Title").FillAsync("Autumn term by phase");
        await qaLead.GetByLabel("A school term").ChooseAsync();
        await qaLead.Locator("#Form_Term").SelectOptionAsync(AutumnTerm2026);
        await qaLead.GetByRole(AriaRole.Textbox, new() { Name = "Number of plans" }).FillAsync("3");
        await qaLead.GetByLabel("At least this many plans for each caseworker").FillAsync("0");
        await qaLead.GetByLabel("At least this many plans for each phase").FillAsync("1");
        await CheckAsync(qaLead, "term");
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Draw the sample" }).ClickAsync();
        await Assertions.Expect(qaLead.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
        await Assertions.Expect(qaLead.Locator("main")).ToContainTextAsync("Were the rules met?");
        await Assertions.Expect(qaLead.Locator("main")).ToContainTextAsync(new Regex("autumn term 2026", RegexOptions.IgnoreCase));
        await CheckAsync(qaLead, "drawn");
        var sampleUrl = new Uri(qaLead.Url).AbsolutePath;

        await qaLead.GotoAsync("/sign-off/policy");
        await qaLead.GetByLabel("Send a share of drafts to a second grader, whatever their grade: 1 in").FillAsync("5");
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Save the policy" }).ClickAsync();
        await Assertions.Expect(qaLead.Locator(".govuk-notification-banner")).ToContainTextAsync("The sign-off policy is saved");
        await Assertions.Expect(qaLead.GetByLabel("Send a share of drafts to a second grader, whatever their grade: 1 in")).ToHaveValueAsync("5");
        await CheckAsync(qaLead);

        await qaLead.GotoAsync("/samples/new-officers");
        await qaLead.GetByLabel("Months in post").FillAsync("6");
        await qaLead.GetByLabel("Last grades that must reach the bar").FillAsync("3");
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Save the rule" }).ClickAsync();
        await Assertions.Expect(qaLead.Locator(".govuk-notification-banner")).ToContainTextAsync("The new-officer rule is saved");
        await Assertions.Expect(qaLead.Locator("main table").First).ToContainTextAsync("Priya Shah");
        await CheckAsync(qaLead, "set");

        await qaLead.GotoAsync(sampleUrl);
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Set up a panel session for this sample" }).ClickAsync();
        await qaLead.Locator("#Form_HeldOn_Day").FillAsync("3");
        await qaLead.Locator("#Form_HeldOn_Month").FillAsync("12");
        await qaLead.Locator("#Form_HeldOn_Year").FillAsync("2026");
        await qaLead.GetByLabel("Multi-agency panel").ChooseAsync();
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Set up the session" }).ClickAsync();
        await Assertions.Expect(qaLead.Locator(".govuk-notification-banner")).ToContainTextAsync("now add its members");
        await qaLead.Locator("#Member_UserId").SelectOptionAsync(new SelectOptionValue { Label = "Ruth Evans (Health)" });
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Assign the plans evenly" }).ClickAsync();
        await Assertions.Expect(qaLead.Locator("main")).ToContainTextAsync("Ruth Evans");
        await CheckAsync(qaLead, "session");
        var sessionId = SessionPage().Match(qaLead.Url).Groups[1].Value;

        var moderator = await app.SignedInPageAsync("panel@ehcpqa.test");
        await moderator.GotoAsync("/moderation");
        await moderator.Locator($"a[href^='/moderation/sessions/{sessionId}/plans/']").First.ClickAsync();
        await moderator.ArriveAtAsync(ModerationPlanPage());
        var moderationPath = new Uri(moderator.Url).AbsolutePath;
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Start moderating" }).ClickAsync();
        await GradingPages.GradeAndSubmitAsync(moderator, "3 Requires improvement", "3 Requires improvement", CheckAsync);
        await Assertions.Expect(moderator.Locator(".govuk-notification-banner")).ToContainTextAsync("Your grading has been submitted");

        await qaLead.GotoAsync(moderationPath);
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Record the agreed grade" }).ClickAsync();
        await GradingPages.GradeAndSubmitAsync(qaLead, "2 Good", "2 Good", CheckAsync, rationale: Rationale);
        await Assertions.Expect(qaLead.Locator(".govuk-notification-banner")).ToContainTextAsync("The agreed grade has been recorded: overall 2 Good");

        var planId = int.Parse(ModerationPlanPage().Match(moderationPath).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var caseworkerEmail = await app.WithDatabaseAsync(db => db.Plans.Where(p => p.Id == planId)
            .Join(db.Users, p => p.CaseworkerId, u => u.Id, (p, u) => u.Email!).SingleAsync());
        var caseworker = await app.SignedInPageAsync(caseworkerEmail);
        await caseworker.GotoAsync($"/plans/{planId}");
        var feedback = caseworker.Locator("#moderation");
        await Assertions.Expect(feedback).ToContainTextAsync("The panel's feedback");
        await Assertions.Expect(feedback).ToContainTextAsync("2 Good");
        await Assertions.Expect(feedback).ToContainTextAsync(Rationale);
        await Assertions.Expect(feedback).Not.ToContainTextAsync("Ruth Evans");
        await CheckAsync(caseworker, "moderated");
    }

    [GeneratedRegex("/moderation/sessions/[0-9]+/plans/([0-9]+)$")]
    private static partial Regex ModerationPlanPage();

    [GeneratedRegex("/panels/([0-9]+)")]
    private static partial Regex SessionPage();

    private Task CheckAsync(IPage page, string state = "") => _axe.CheckAsync(page, state);
}
