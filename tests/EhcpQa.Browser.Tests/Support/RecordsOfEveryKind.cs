using System.Text.RegularExpressions;
using EhcpQa.Domain;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>
/// The demo data with a record of every kind a page shows, so a crawl of the service finds every kind of page:
/// a dip sample and a moderation session on it (chaired by the North locality manager, with the Health and
/// Social care panel members assigned its plans, a theme, a row of learning and an improvement action); a
/// moderation and a sign-off grading in progress; and a draft framework version. The records come from the
/// domain in the database where that is quick, and from the service's own buttons where that is simpler.
/// Use as a class fixture: it owns the class's <see cref="BrowserApp"/>.
/// </summary>
public sealed partial class RecordsOfEveryKind(BrowserHost host) : IAsyncLifetime
{
    public BrowserApp App { get; } = new(host);

    /// <summary>A plan returned once and then signed off: two versions and a long history, the fullest plan page.</summary>
    public int FullestPlanId { get; private set; }

    /// <summary>A plan of caseworker@ with no draft sent yet, whose page offers the draft form.</summary>
    public int UnsentPlanId { get; private set; }

    public int SampleId { get; private set; }

    public int SessionId { get; private set; }

    /// <summary>A plan of the session assigned to panel@.</summary>
    public int ModeratedPlanId { get; private set; }

    public int ActionId { get; private set; }

    /// <summary>panel@'s moderation of <see cref="ModeratedPlanId"/>, started and not submitted.</summary>
    public int ModerationGradingId { get; private set; }

    /// <summary>manager@'s sign-off grading of a draft, started and not submitted.</summary>
    public int SignOffGradingId { get; private set; }

    public int DraftFrameworkVersionId { get; private set; }

    /// <summary>The kinds of page (<see cref="PageCrawl.KindOf"/>) a test of the class has already run axe on.</summary>
    public HashSet<string> AxeCheckedKinds { get; } = [];

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        await SessionWithLearningAsync();
        (FullestPlanId, UnsentPlanId) = await App.WithDatabaseAsync(async db =>
        {
            var caseworker = await db.Users.Where(u => u.Email == "caseworker@ehcpqa.test").Select(u => u.Id).SingleAsync();
            return (
                await db.Plans.Where(p => p.Versions.Count > 1).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
                await db.Plans.Where(p => p.CaseworkerId == caseworker && p.Versions.Count == 0).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        });

        var panel = await App.SignedInPageAsync("panel@ehcpqa.test");
        await panel.GotoAsync($"/moderation/sessions/{SessionId}/plans/{ModeratedPlanId}");
        ModerationGradingId = await StartAsync(panel, panel.GetByRole(AriaRole.Button, new() { Name = "Start moderating" }));

        var manager = await App.SignedInPageAsync("manager@ehcpqa.test");
        await manager.GotoAsync("/sign-off");
        await manager.Locator("main table a[href^='/sign-off/']").First.ClickAsync();
        await manager.ArriveAtAsync(SignOffPlan());
        SignOffGradingId = await StartAsync(manager, manager.Locator("form[action$='/gradings'] button"));

        var qaLead = await App.SignedInPageAsync("qalead@ehcpqa.test");
        var current = await App.WithDatabaseAsync(db => db.FrameworkVersions
            .Where(v => v.PublishedAt != null && v.RetiredAt == null && v.Sections.Any())
            .OrderByDescending(v => v.PublishedAt).Select(v => v.Id).FirstAsync());
        await qaLead.GotoAsync($"/frameworks/versions/{current}");
        await qaLead.Locator("#Revision_Title").FillAsync("A revision with a long title to show how the pages around it wrap");
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Start a new version" }).ClickAsync();
        await qaLead.ArriveAtAsync(url => !url.EndsWith($"/versions/{current}", StringComparison.Ordinal));
        DraftFrameworkVersionId = int.Parse(Number().Match(new Uri(qaLead.Url).AbsolutePath).Value, System.Globalization.CultureInfo.InvariantCulture);

        foreach (var page in new[] { panel, manager, qaLead })
        {
            await page.Context.CloseAsync();
        }
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();

    /// <summary>Presses the button that starts a grading and returns the grading's id.</summary>
    private static async Task<int> StartAsync(IPage page, ILocator button)
    {
        await button.ClickAsync();
        await page.ArriveAtAsync(GradingPage());
        return int.Parse(Number().Match(new Uri(page.Url).AbsolutePath).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task SessionWithLearningAsync()
    {
        var now = FixedClock.Default;
        var today = ServiceCalendar.DateOf(now);
        var heldOn = today.AddDays(-7);
        (SampleId, SessionId, ModeratedPlanId, ActionId) = await App.WithDatabaseAsync(async db =>
        {
            var ids = await db.Users.Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, u => u.Id);
            var qaLead = ids["qalead@ehcpqa.test"];
            var plans = await db.Plans.AsNoTracking().Where(p => p.IssuedOn != null).OrderBy(p => p.Id).Take(3).ToListAsync();
            var population = plans.Select(p => new SamplingCandidate(p.Id, p.CaseworkerId, p.PhaseOn(p.IssuedOn!.Value), p.PrimaryArea, p.Setting, p.LocalityId)).ToList();
            var sample = DipSample.Draw("Children in care, moderated by the multi-agency panel", heldOn.AddMonths(-1), heldOn, new SampleTheme(), population, new SampleRules(3), 7, qaLead, now);
            db.DipSamples.Add(sample);
            await db.SaveChangesAsync();

            var session = PanelSession.Plan(heldOn, PanelLevel.MultiAgencyPanel, "Children in care", sample.Id, ids["manager@ehcpqa.test"], qaLead, now);
            session.AddMember(ids["panel@ehcpqa.test"], Agency.Health);
            session.AddMember(ids["panel-social@ehcpqa.test"], Agency.SocialCare);
            session.AssignEvenly(plans.Select(SessionPlan.Of).ToList());
            session.RecordTheme(ThemeKind.AreaForImprovement, SectionCode.F, Agency.EducationSetting, "Provision is described with 'access to' rather than hours", qaLead, now);
            session.RecordLearning("Preparation for adulthood", "Families asked for PfA outcomes earlier", "Start PfA outcomes from Year 9", null, qaLead, now);
            db.PanelSessions.Add(session);
            await db.SaveChangesAsync();

            var action = ImprovementAction.Raise(session, new ActionDetails("Workshop on quantifying Section F", Agency.SendTeam, "Jo Patel", today.AddDays(30)), qaLead, now);
            db.ImprovementActions.Add(action);
            await db.SaveChangesAsync();
            return (sample.Id, session.Id, session.PlansOf(ids["panel@ehcpqa.test"])[0], action.Id);
        });
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Number();

    [GeneratedRegex("/gradings/[0-9]+$")]
    private static partial Regex GradingPage();

    [GeneratedRegex("/sign-off/[0-9]+$")]
    private static partial Regex SignOffPlan();
}
