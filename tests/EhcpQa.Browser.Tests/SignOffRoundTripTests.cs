using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A caseworker and locality managers carry a draft through sign-off in a real browser: submit; grade below Good
/// (section F Requires improvement) with every section on one page; a second opinion, the same way; the agreed
/// grade, where both gradings agree, recorded in one step; return; the caseworker finds the returned draft on their
/// home page, reads every grader's suggested wording and revises section F; the new version's grading keeps the
/// unchanged sections' grades; Good; signed off. Every kind of page on the way passes axe, and each person is told
/// by e-mail what waits for them (read in the service's own mail catcher). The journey is counted: before grading
/// started from what was already settled, before the suggested grade followed the answers and before a plan could
/// be graded on one page, this same journey took 90 page loads, 58 of them grading pages of one section. Both must
/// now be at most half of that.
/// </summary>
public sealed class SignOffRoundTripTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int PageLoadsBefore = 90;
    private const int SectionPagesBefore = 58;

    private readonly AxeOncePerKind _axe = new();
    private readonly JourneyCount _count = new();
    private IPage? _mail;

    [Fact]
    public async Task Draft_IsReturnedBelowGood_ThenResubmittedAndSignedOff()
    {
        var caseworker = _count.Watch(await app.SignedInPageAsync("caseworker@ehcpqa.test"));
        await caseworker.GotoAsync("/plans?stage=Draft");
        await CheckAsync(caseworker);
        await caseworker.Locator("table.govuk-table tbody tr", new() { HasText = "Not sent" }).Locator("td:first-child a").First.ClickAsync();
        await CheckAsync(caseworker);
        var planUrl = new Uri(caseworker.Url).AbsolutePath;
        var reference = (await caseworker.Locator("h1").InnerTextAsync()).Trim();

        await DraftPages.SubmitDraftAsync(caseworker, "First draft.", CheckAsync);
        await ToldByEmailAsync("manager@ehcpqa.test", $"Draft {reference} is waiting for sign-off");

        // First grading: every section Good but F; the plan overall Requires improvement.
        var manager = _count.Watch(await app.SignedInPageAsync("manager@ehcpqa.test"));
        await manager.GotoAsync("/sign-off");
        await CheckAsync(manager);
        await manager.GetByRole(AriaRole.Link, new() { Name = reference }).First.ClickAsync();
        await CheckAsync(manager);
        var signOffUrl = manager.Url;
        await GradeAsync(manager, "Start grading", BelowGoodInF, "Morgan Hale");
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Awaiting second opinion");
        await ToldByEmailAsync("qalead@ehcpqa.test", $"Draft {reference} needs a second opinion");

        var qaLead = _count.Watch(await app.SignedInPageAsync("qalead@ehcpqa.test"));
        await qaLead.GotoAsync("/sign-off");
        await qaLead.GetByRole(AriaRole.Link, new() { Name = reference }).First.ClickAsync();
        await CheckAsync(qaLead);
        await GradeAsync(qaLead, "Give a second opinion", BelowGoodInF, "Alex Morgan");
        await ToldByEmailAsync("manager@ehcpqa.test", $"The second opinion on draft {reference} is in: agree and record its grade");

        // The agreed grade opens with both gradings side by side; they agree throughout, so one step records it all.
        await manager.GotoAsync(signOffUrl);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record the agreed grade" }).ClickAsync();
        await Assertions.Expect(manager.Locator("table").First).ToContainTextAsync("Same grade");
        await CheckAsync(manager, "side by side");
        await manager.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Record the 13 sections where the gradings agree$") }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Recorded the 13 sections where the gradings agree");
        await CheckAsync(manager, "taken");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Submit grading" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Your grading has been submitted");

        // Below Good, the decision offers only the return.
        await Assertions.Expect(manager.GetByLabel("Sign off and issue the plan")).ToHaveCountAsync(0);
        await manager.GetByLabel("Return it to the caseworker with the feedback").ChooseAsync();
        await manager.GetByLabel("Note to the caseworker").FillAsync("Please make the provision in section F specific and quantified.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Confirm decision" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("returned to the caseworker");
        await CheckAsync(manager, "decided");
        await ToldByEmailAsync("caseworker@ehcpqa.test", $"Your draft {reference} has been returned with feedback");

        // The caseworker finds the returned draft on their home page and reads every grader's suggested wording.
        await caseworker.GotoAsync("/");
        await caseworker.Locator("ul[aria-labelledby='work-returned']").GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await caseworker.GetByRole(AriaRole.Link, new() { Name = "Read the feedback on version 1" }).ClickAsync();
        var feedback = caseworker.Locator("main");
        await Assertions.Expect(feedback).ToContainTextAsync("Please make the provision in section F specific and quantified.");
        await Assertions.Expect(feedback).ToContainTextAsync("Morgan Hale's wording for F.");
        await Assertions.Expect(feedback).ToContainTextAsync("Alex Morgan's wording for F.");
        await CheckAsync(caseworker);
        var download = await caseworker.RunAndWaitForDownloadAsync(() => caseworker.GetByRole(AriaRole.Link, new() { Name = "Download the feedback form (PDF)" }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);

        await caseworker.GotoAsync(planUrl);
        await DraftPages.ReviseSectionAsync(caseworker, "F", "Second draft: 30 minutes of speech and language therapy a week, delivered by the school's therapist.", CheckAsync);

        await ToldByEmailAsync("manager@ehcpqa.test", $"Draft {reference} is waiting for sign-off", times: 2);

        // The new version's grading keeps the grades of the sections the caseworker did not change.
        await manager.GotoAsync("/sign-off");
        await manager.GetByRole(AriaRole.Link, new() { Name = reference }).First.ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Start grading" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Keep the grades of the [0-9]+ sections unchanged since version 1$") }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("unchanged since version 1");
        await CheckAsync(manager, "kept");
        await GradingPages.GradeWhatIsLeftAndSubmitAsync(manager, _ => "2 Good", CheckAsync);
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Your grading has been submitted");
        await manager.GetByLabel("Sign off and issue the plan").ChooseAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Confirm decision" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("signed off and issued");
        await ToldByEmailAsync("caseworker@ehcpqa.test", $"Your draft {reference} has been signed off");

        await caseworker.GotoAsync(planUrl);
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Final");
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Signed off at 2 Good");
        await CheckAsync(caseworker, "issued");

        TestContext.Current.TestOutputHelper?.WriteLine($"Round trip below Good: {_count}");
        Console.WriteLine($"Round trip below Good: {_count} (before: {PageLoadsBefore} page loads, {SectionPagesBefore} section pages): {string.Join(" ", _count.Loaded)}");
        Assert.True(_count.SectionPages * 2 <= SectionPagesBefore, $"The round trip took {_count}: more than half the {SectionPagesBefore} section pages it took before.");
        Assert.True(_count.PageLoads * 2 <= PageLoadsBefore, $"The round trip took {_count}: more than half the {PageLoadsBefore} page loads it took before. Loaded: {string.Join(" ", _count.Loaded)}");
    }

    private static string BelowGoodInF(string section) => section switch
    {
        "F" or "Overall" => "3 Requires improvement",
        _ => "2 Good",
    };

    /// <summary>Starts a grading from the sign-off page and grades every section on one page the way a grader does, then submits it.</summary>
    private async Task GradeAsync(IPage page, string startButton, Func<string, string> gradeFor, string grader)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = startButton }).ClickAsync();
        await GradingPages.GradeOnOnePageAndSubmitAsync(page, gradeFor, CheckAsync, section => $"{grader}'s wording for {section}.");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your grading has been submitted");
        await CheckAsync(page, "submitted");
    }

    /// <summary>
    /// Sends the outbox as the service's worker does, then reads the service's own mail catcher (on a page of its
    /// own, not counted in the journey): the person has been sent the e-mail, as many times as the journey told them.
    /// </summary>
    private async Task ToldByEmailAsync(string address, string subject, int times = 1)
    {
        for (var run = 0; run < 20 && await app.SendNotificationsAsync() > 0; run++)
        {
        }

        _mail ??= await app.SignedInPageAsync("admin@ehcpqa.test");
        await _mail.GotoAsync("/development/mail");
        var sent = _mail.Locator(".govuk-summary-card")
            .Filter(new() { Has = _mail.Locator(".govuk-summary-card__title", new() { HasTextString = subject }) })
            .Filter(new() { HasTextString = address });
        await Assertions.Expect(sent).ToHaveCountAsync(times);
        await _axe.CheckAsync(_mail);
    }

    private Task CheckAsync(IPage page, string state = "") => _axe.CheckAsync(page, state);
}
