using EhcpQa.Domain;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Learning;

/// <summary>Moderation sessions and actions set up straight through the domain, for tests about what comes after a session.</summary>
internal static class LearningSessions
{
    /// <summary>The UK date of the fixture's fixed clock: 23 November 2026.</summary>
    public static DateOnly Today => ServiceCalendar.DateOf(FixedClock.Default);

    /// <summary>A multi-agency panel held on <paramref name="heldOn"/> (by default 1 November 2026), chaired by the QA lead, over a small sample.</summary>
    public static async Task<int> CreateAsync(EhcpQaApp app, DateOnly? heldOn = null)
    {
        var issued = await app.SharedAsync("learning-plans", async () => new[]
        {
            await app.Plans.IssuedAsync("EHC-LEARNING-1", new DateOnly(2026, 10, 6), Grade.Good),
            await app.Plans.IssuedAsync("EHC-LEARNING-2", new DateOnly(2026, 10, 14), Grade.Outstanding, caseworker: DemoUsers.OtherCaseworker),
            await app.Plans.IssuedAsync("EHC-LEARNING-3", new DateOnly(2026, 10, 22), Grade.Good, need: NeedType.Autism, setting: SettingType.Special),
        });
        return await app.WithDatabaseAsync(db => PlanAsync(db, issued, heldOn));
    }

    private static async Task<int> PlanAsync(Web.Persistence.EhcpQaDbContext db, int[] issued, DateOnly? heldOn)
    {
        var qaLead = await db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync();
        var plans = await db.Plans.AsNoTracking().Where(p => issued.Contains(p.Id)).ToListAsync();
        var population = plans.Select(p => new SamplingCandidate(p.Id, p.CaseworkerId, p.PhaseOn(p.IssuedOn!.Value), p.PrimaryArea, p.Setting, p.LocalityId)).ToList();
        var sample = DipSample.Draw("Learning sample", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), new SampleTheme(), population, new SampleRules(3), 7, qaLead, FixedClock.Default);
        db.DipSamples.Add(sample);
        await db.SaveChangesAsync();

        var session = PanelSession.Plan(heldOn ?? new DateOnly(2026, 11, 1), PanelLevel.MultiAgencyPanel, "Post-16", sample.Id, qaLead, qaLead, FixedClock.Default);
        db.PanelSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>An action of the session, raised by the QA lead; closed with a note when <paramref name="doneNote"/> is given.</summary>
    public static Task<int> RaiseActionAsync(EhcpQaApp app, int sessionId, string description, DateOnly dueOn, ActionStatus status = ActionStatus.Open, string? doneNote = null) =>
        app.WithDatabaseAsync(async db =>
        {
            var qaLead = await db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync();
            var session = await db.PanelSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
            var action = ImprovementAction.Raise(session, new ActionDetails(description, Agency.SendTeam, "Alex Morgan", dueOn), qaLead, FixedClock.Default);
            if (doneNote is not null)
            {
                action.Close(doneNote, qaLead, FixedClock.Default);
            }
            else
            {
                action.ChangeStatus(status, qaLead, FixedClock.Default);
            }

            db.ImprovementActions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });

    public static Task<ImprovementAction> ActionAsync(EhcpQaApp app, int actionId) =>
        app.WithDatabaseAsync(db => db.ImprovementActions.AsNoTracking().SingleAsync(a => a.Id == actionId));

    public static Task<PanelSession> SessionAsync(EhcpQaApp app, int sessionId) =>
        app.WithDatabaseAsync(db => db.PanelSessions.AsNoTracking().Include(s => s.Themes).Include(s => s.Learning).SingleAsync(s => s.Id == sessionId));

    /// <summary>The form that changes an action, on its page among the re-audit's forms.</summary>
    public static AngleSharp.Dom.IElement EditForm(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector("main form:not([action])") ?? throw new InvalidOperationException("The action's page has no form to change it.");

    public static string ErrorSummary(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector(".govuk-error-summary")?.TextContent ?? string.Empty;
}
