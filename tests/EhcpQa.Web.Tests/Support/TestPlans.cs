using EhcpQa.Domain;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Support;

/// <summary>
/// Makes exactly the plans a test needs, by the reference the test gives them, in the test class's own
/// database: a draft with nothing sent yet, or a plan issued after sign-off in the service. Each is made
/// with the domain's own operations, as the pages would make it.
/// </summary>
public sealed class TestPlans(EhcpQaApp app)
{
    /// <summary>
    /// A draft plan of <paramref name="caseworker"/>'s locality, registered today with no draft sent, its assessment requested on
    /// <paramref name="requestedOn"/> (by default 30 days ago, so its 20-week deadline is 110 days away); returns its id.
    /// </summary>
    public Task<int> DraftAsync(string reference, string caseworker = DemoUsers.Caseworker, NeedType need = NeedType.SpeechLanguageAndCommunication,
        SettingType setting = SettingType.Mainstream, DateOnly? requestedOn = null) =>
        app.WithDatabaseAsync(async db =>
        {
            var (caseworkerId, localityId) = await StaffAsync(db, caseworker);
            var now = app.Clock.GetUtcNow();
            var today = ServiceCalendar.DateOf(now);
            var plan = Plan.Register(Details(reference, caseworkerId, localityId, need, setting, today.AddYears(-9), requestedOn ?? today.AddDays(-30)), PlanStage.Draft, caseworkerId, now);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

    /// <summary>
    /// A plan issued on <paramref name="issuedOn"/> after its first draft was graded and signed off in the service
    /// by the locality's manager at <paramref name="overall"/> (at least Good), every section graded the same; its child born
    /// on <paramref name="bornOn"/> (by default 9 years before the issue); returns its id.
    /// </summary>
    public Task<int> IssuedAsync(string reference, DateOnly issuedOn, Grade overall, string caseworker = DemoUsers.Caseworker,
        NeedType need = NeedType.SpeechLanguageAndCommunication, SettingType setting = SettingType.Mainstream, DateOnly? bornOn = null) =>
        app.WithDatabaseAsync(async db =>
        {
            var (caseworkerId, localityId) = await StaffAsync(db, caseworker);
            var manager = await db.Users.Where(u => u.LocalityId == localityId && u.Email!.StartsWith("manager")).Select(u => u.Id).FirstAsync();
            var qaLead = await db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync();
            var inUse = (await db.VersionForAsync(FrameworkPurpose.DraftSignOff, CancellationToken.None))!.Id;
            var framework = await db.FrameworkVersions
                .Include(v => v.GradeDescriptors)
                .Include(v => v.Sections).ThenInclude(s => s.Descriptors)
                .AsSplitQuery()
                .SingleAsync(v => v.Id == inUse);
            var story = new HistoricPlan(0, 0, bornOn ?? issuedOn.AddYears(-9), need, setting, VulnerableCohorts.None, issuedOn.AddDays(-120), issuedOn,
                Amended: false, Returned: null, new HistoricGrading(overall, PlanSections.Statutory.ToDictionary(s => s.Code, _ => overall)));
            var steps = new HistoricSignOff(
                framework,
                new Actor(caseworkerId, new HashSet<string> { StaffRole.Caseworker }, Agency.SendTeam, localityId),
                new Actor(manager, new HashSet<string> { StaffRole.LocalityManager }, Agency.SendTeam, localityId),
                new Actor(qaLead, new HashSet<string> { StaffRole.QaLead }, Agency.SendTeam, null));

            var plan = Plan.Register(Details(reference, caseworkerId, localityId, need, setting, story.DateOfBirth, story.RequestDate),
                PlanStage.Draft, caseworkerId, new DateTimeOffset(story.RequestDate.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            steps.SubmitFirstDraft(plan, story);
            await db.SaveChangesAsync();
            db.Gradings.Add(steps.GradeAndSignOff(plan, story));
            await db.SaveChangesAsync();
            return plan.Id;
        });

    private static PlanDetails Details(string reference, string caseworkerId, int localityId, NeedType need, SettingType setting, DateOnly bornOn, DateOnly requestedOn) =>
        new(reference, "TP", bornOn, need, setting, localityId, caseworkerId, VulnerableCohorts.None, requestedOn);

    private static async Task<(string Id, int LocalityId)> StaffAsync(EhcpQaDbContext db, string email)
    {
        var user = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.LocalityId }).SingleAsync();
        return (user.Id, user.LocalityId ?? throw new InvalidOperationException($"{email} has no locality, so cannot hold plans."));
    }
}
