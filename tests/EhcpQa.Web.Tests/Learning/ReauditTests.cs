using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Learning;

/// <summary>
/// An action names a re-audit on its page: a theme and a date to draw the sample by; then the later sample of that
/// theme, chosen among those the rule allows; then the page shows what the sample's panel agreed. The sample's page
/// names the actions it re-audits.
/// </summary>
public sealed class ReauditTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private static IElement ReauditForm(IDocument page) => page.QuerySelector("form[action$='/reaudit']")!;

    private static IElement? SampleForm(IDocument page) => page.QuerySelector("form[action$='/reaudit/sample']");

    private static IElement RemoveForm(IDocument page) => page.QuerySelector("form[action$='/reaudit/remove']")!;

    private async Task<int> ActionAsync(string description)
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        return await LearningSessions.RaiseActionAsync(app, sessionId, description, new DateOnly(2026, 12, 31));
    }

    /// <summary>Names the action's re-audit straight through the domain, as the QA lead.</summary>
    private Task<int> NameReauditAsync(int actionId, SampleTheme theme) => app.WithDatabaseAsync(async db =>
    {
        var qaLead = await db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync();
        var action = await db.ImprovementActions.SingleAsync(a => a.Id == actionId);
        action.PlanReaudit(theme, new DateOnly(2027, 3, 31), qaLead, FixedClock.Default);
        await db.SaveChangesAsync();
        return 0;
    });

    /// <summary>A sample of <paramref name="theme"/> drawn (by the QA lead) at <paramref name="drawnAt"/>.</summary>
    private Task<int> SampleAsync(string title, SampleTheme theme, DateTimeOffset drawnAt) => app.WithDatabaseAsync(async db =>
    {
        var qaLead = await db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync();
        var plans = await db.Plans.AsNoTracking().Where(p => p.IssuedOn != null).OrderBy(p => p.Id).Take(4).ToListAsync();
        var population = plans.Select(p => new SamplingCandidate(p.Id, p.CaseworkerId, p.PhaseOn(p.IssuedOn!.Value), p.PrimaryArea, p.Setting, p.LocalityId)).ToList();
        var sample = DipSample.Draw(title, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), theme, population,
            new SampleRules(SampleSize.Of(2), PerCaseworker: 0, ProportionalSpread: false), 11, qaLead, drawnAt);
        db.DipSamples.Add(sample);
        await db.SaveChangesAsync();
        return sample.Id;
    });

    [Fact]
    public async Task Post_NamesTheReaudit_RecordsIt_AndThePageShowsIt_WithALinkToDrawTheSample()
    {
        var actionId = await ActionAsync("Make section E outcomes specific");
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/actions/{actionId}";
        var fields = FormFields.Of(ReauditForm(await qaLead.GetPageAsync(url)))
            .With("Reaudit.Phase", "KeyStage3")
            .With("Reaudit.Need", "CognitionAndLearning")
            .With("Reaudit.Focus", "Outcomes in section E are specific")
            .With("Reaudit.DueBy.Day", "31").With("Reaudit.DueBy.Month", "3").With("Reaudit.DueBy.Year", "2027");

        var response = await qaLead.PostAsync($"{url}/reaudit", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var action = await LearningSessions.ActionAsync(app, actionId);
        Assert.Equal(new SampleTheme(Phase: Phase.KeyStage3, Need: BroadAreaOfNeed.CognitionAndLearning), action.ReauditTheme);
        Assert.Equal((new DateOnly(2027, 3, 31), "Outcomes in section E are specific"), (action.ReauditDueBy, action.ReauditFocus));
        Assert.Equal(ActionChangeKind.ReauditPlanned, action.History[^1].Kind);

        var page = await qaLead.GetPageAsync(url);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("The re-audit has been named", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Key Stage 3, Cognition and learning", main, StringComparison.Ordinal);
        Assert.Contains("31 March 2027", main, StringComparison.Ordinal);
        Assert.Contains("Re-audit named", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("select[name='Reaudit.Phase'] option[value='KeyStage3'][selected]"));
        var draw = page.QuerySelector("a[href^='/samples/new?']")!.GetAttribute("href");
        Assert.Equal("/samples/new?phase=KeyStage3&need=CognitionAndLearning", draw);

        var drawPage = await qaLead.GetPageAsync(draw!);
        Assert.NotNull(drawPage.QuerySelector("select[name='Form.Phase'] option[value='KeyStage3'][selected]"));
        Assert.NotNull(drawPage.QuerySelector("select[name='Form.Need'] option[value='CognitionAndLearning'][selected]"));
        Assert.Null(drawPage.QuerySelector(".govuk-error-summary"));
    }

    [Fact]
    public async Task Post_DueBeforeTheActionWasRaised_OrNotADate_ShowsTheErrorSummary_AndKeepsWhatWasTyped()
    {
        var actionId = await ActionAsync("Check the health advice is used");
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/actions/{actionId}";
        var fields = FormFields.Of(ReauditForm(await qaLead.GetPageAsync(url)))
            .With("Reaudit.Setting", "Special")
            .With("Reaudit.Focus", "Health advice quoted in section C")
            .With("Reaudit.DueBy.Day", "1").With("Reaudit.DueBy.Month", "11").With("Reaudit.DueBy.Year", "2026");

        var early = await qaLead.PostAsync($"{url}/reaudit", fields);

        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        var page = await SignedInClient.ParseAsync(early);
        Assert.Contains("The re-audit must be due on or after the day the action was raised, 23 November 2026", LearningSessions.ErrorSummary(page), StringComparison.Ordinal);
        Assert.StartsWith("#Reaudit_DueBy", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Health advice quoted in section C", page.QuerySelector("input[name='Reaudit.Focus']")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("select[name='Reaudit.Setting'] option[value='Special'][selected]"));
        Assert.Equal("1", page.QuerySelector("input[name='Reaudit.DueBy.Day']")!.GetAttribute("value"));

        var notADate = await qaLead.PostAsync($"{url}/reaudit", fields.With("Reaudit.DueBy.Day", "31").With("Reaudit.DueBy.Month", "2").With("Reaudit.DueBy.Year", "2027"));

        Assert.Equal(HttpStatusCode.OK, notADate.StatusCode);
        Assert.Contains("Date to draw the re-audit sample by must be a real date", LearningSessions.ErrorSummary(await SignedInClient.ParseAsync(notADate)), StringComparison.Ordinal);
        Assert.False((await LearningSessions.ActionAsync(app, actionId)).HasReaudit);
    }

    [Fact]
    public async Task OnlyLaterSamplesOfTheTheme_AreOffered_TheChosenOneIsLinked_AndItsPageNamesTheAction()
    {
        var actionId = await ActionAsync("Brief caseworkers on secondary transfers");
        await NameReauditAsync(actionId, new SampleTheme(Phase: Phase.KeyStage3));
        var ofTheTheme = await SampleAsync("Key stage 3 re-audit", new SampleTheme(Phase: Phase.KeyStage3, Setting: SettingType.Mainstream), FixedClock.Default.AddHours(2));
        var everyPlan = await SampleAsync("Every plan, later", new SampleTheme(), FixedClock.Default.AddHours(3));
        var earlier = await SampleAsync("Key stage 3, earlier", new SampleTheme(Phase: Phase.KeyStage3), FixedClock.Default.AddDays(-1));
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/actions/{actionId}";

        var page = await qaLead.GetPageAsync(url);
        var offered = SampleForm(page)!.QuerySelectorAll("input[name='ReauditSample.SampleId']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains(ofTheTheme.ToString(CultureInfo.InvariantCulture), offered);
        Assert.DoesNotContain(everyPlan.ToString(CultureInfo.InvariantCulture), offered);
        Assert.DoesNotContain(earlier.ToString(CultureInfo.InvariantCulture), offered);

        // A sample not of the theme, posted all the same, is refused by the same rule.
        var refused = await qaLead.PostAsync($"{url}/reaudit/sample",
            FormFields.Of(SampleForm(page)!).With("ReauditSample.SampleId", everyPlan.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose a sample of the re-audit's theme", LearningSessions.ErrorSummary(await SignedInClient.ParseAsync(refused)), StringComparison.Ordinal);
        var tooEarly = await qaLead.PostAsync($"{url}/reaudit/sample",
            FormFields.Of(SampleForm(page)!).With("ReauditSample.SampleId", earlier.ToString(CultureInfo.InvariantCulture)));
        Assert.Contains("drawn after the action was raised", LearningSessions.ErrorSummary(await SignedInClient.ParseAsync(tooEarly)), StringComparison.Ordinal);
        var none = await qaLead.PostAsync($"{url}/reaudit/sample", FormFields.Of(SampleForm(page)!).Where(f => f.Key != "ReauditSample.SampleId"));
        Assert.Contains("Select the sample that re-audits the action", LearningSessions.ErrorSummary(await SignedInClient.ParseAsync(none)), StringComparison.Ordinal);
        Assert.Null((await LearningSessions.ActionAsync(app, actionId)).ReauditSampleId);

        var chosen = await qaLead.PostAsync($"{url}/reaudit/sample",
            FormFields.Of(SampleForm(page)!).With("ReauditSample.SampleId", ofTheTheme.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var action = await LearningSessions.ActionAsync(app, actionId);
        Assert.Equal(ofTheTheme, action.ReauditSampleId);
        Assert.Equal((ActionChangeKind.ReauditSampleLinked, "Key stage 3 re-audit"), (action.History[^1].Kind, action.History[^1].Note));
        var samplePage = await qaLead.GetPageAsync($"/samples/{ofTheTheme}");
        var reaudits = samplePage.QuerySelector(".app-sample-reaudits")!;
        Assert.Contains("This sample re-audits:", reaudits.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/actions/{actionId}#reaudit", reaudits.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Brief caseworkers on secondary transfers", reaudits.TextContent, StringComparison.Ordinal);
        Assert.Null((await qaLead.GetPageAsync($"/samples/{everyPlan}")).QuerySelector(".app-sample-reaudits"));
    }

    [Fact]
    public async Task Remove_TakesTheReauditAway_KeepingItInTheHistory()
    {
        var actionId = await ActionAsync("Remind teams of the advice deadline");
        await NameReauditAsync(actionId, new SampleTheme(Setting: SettingType.Special));
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/actions/{actionId}";

        var response = await qaLead.PostAsync($"{url}/reaudit/remove", FormFields.Of(RemoveForm(await qaLead.GetPageAsync(url))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var action = await LearningSessions.ActionAsync(app, actionId);
        Assert.False(action.HasReaudit);
        Assert.Equal(ActionChangeKind.ReauditCleared, action.History[^1].Kind);
        Assert.Contains("Re-audit removed", (await qaLead.GetPageAsync(url)).QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReauditChangedFromAPageReadBeforeAnotherChange_IsRefused_AndWhatWasTypedKept()
    {
        var actionId = await ActionAsync("Check transfer plans name the new setting");
        var first = await app.SignInAsync(DemoUsers.QaLead);
        var second = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/actions/{actionId}";
        var firstForm = ReauditForm(await first.GetPageAsync(url));
        var secondForm = ReauditForm(await second.GetPageAsync(url));
        await first.PostAsync($"{url}/reaudit", FormFields.Of(firstForm).With("Reaudit.Phase", "KeyStage2")
            .With("Reaudit.DueBy.Day", "31").With("Reaudit.DueBy.Month", "3").With("Reaudit.DueBy.Year", "2027"));

        var refused = await SignedInClient.ParseAsync(await second.PostAsync($"{url}/reaudit", FormFields.Of(secondForm)
            .With("Reaudit.Phase", "Post16").With("Reaudit.Focus", "Preparing for adulthood outcomes")
            .With("Reaudit.DueBy.Day", "30").With("Reaudit.DueBy.Month", "4").With("Reaudit.DueBy.Year", "2027")));

        Assert.Contains("Someone else changed this action while you were looking at it", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Preparing for adulthood outcomes", refused.QuerySelector("input[name='Reaudit.Focus']")!.GetAttribute("value"));
        var action = await LearningSessions.ActionAsync(app, actionId);
        Assert.Equal(new SampleTheme(Phase: Phase.KeyStage2), action.ReauditTheme);

        var again = await second.PostAsync($"{url}/reaudit", FormFields.Of(ReauditForm(refused)));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(new SampleTheme(Phase: Phase.Post16), (await LearningSessions.ActionAsync(app, actionId)).ReauditTheme);
    }

    [Fact]
    public async Task ARemovalFromAPageReadBeforeAnotherChange_IsRefused_AndTheReauditKept()
    {
        var actionId = await ActionAsync("Name the short breaks provider in section H2");
        await NameReauditAsync(actionId, new SampleTheme(Setting: SettingType.Special));
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var other = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/actions/{actionId}";
        var stale = RemoveForm(await qaLead.GetPageAsync(url));
        await other.PostAsync($"{url}/reaudit", FormFields.Of(ReauditForm(await other.GetPageAsync(url))).With("Reaudit.Setting", "Mainstream"));

        var refused = await qaLead.PostAsync($"{url}/reaudit/remove", FormFields.Of(stale));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("so the re-audit has not been removed", (await SignedInClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new SampleTheme(Setting: SettingType.Mainstream), (await LearningSessions.ActionAsync(app, actionId)).ReauditTheme);
    }

    [Fact]
    public async Task TheResult_ShowsOnceTheSamplesPanelHasAgreedGrades_CountsOnlyWhenTooFewToRead()
    {
        var actionId = await ActionAsync("Quantify provision in section F");
        await NameReauditAsync(actionId, new SampleTheme());
        var setup = await ModerationJourney.SessionAsync(app);
        var sampleId = await app.WithDatabaseAsync(db => db.PanelSessions.Where(s => s.Id == setup.SessionId).Select(s => s.DipSampleId).SingleAsync());
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/actions/{actionId}";
        var chosen = await qaLead.PostAsync($"{url}/reaudit/sample",
            FormFields.Of(SampleForm(await qaLead.GetPageAsync(url))!).With("ReauditSample.SampleId", sampleId.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);

        var before = (await qaLead.GetPageAsync(url)).QuerySelector(".app-reaudit-result")!.TextContent;
        Assert.Contains("No grade has been agreed yet for the 2 plans in the sample", before, StringComparison.Ordinal);

        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var manager2 = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        var chair = await app.SignInAsync(DemoUsers.LocalityManager);
        foreach (var (planId, agreed) in setup.PlanIds.Zip([2, 3]))
        {
            await ModerationJourney.ModerateAsync(panel, setup, planId, sectionGrade: 2, overallGrade: agreed);
            await ModerationJourney.ModerateAsync(manager2, setup, planId, sectionGrade: 2, overallGrade: agreed);
            await ModerationJourney.AgreeAsync(chair, setup, planId, sectionGrade: 2, overallGrade: agreed);
        }

        var result = (await qaLead.GetPageAsync(url)).QuerySelector(".app-reaudit-result")!.TextContent;
        Assert.Contains("2 of 2 in the sample", result, StringComparison.Ordinal);
        Assert.Contains("2 Good: 1", result, StringComparison.Ordinal);
        Assert.Contains("3 Requires improvement: 1", result, StringComparison.Ordinal);
        Assert.Contains("1 of 2: too few to read as a share", result, StringComparison.Ordinal);
        Assert.DoesNotContain("%", result, StringComparison.Ordinal);
        Assert.Contains("No plan of this theme was agreed at the session", result, StringComparison.Ordinal);
    }
}
