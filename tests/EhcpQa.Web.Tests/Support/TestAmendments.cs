using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Support;

/// <summary>
/// Makes plans amended after an annual review through the service, in the test class's own database, with the domain's
/// own operations: a plan issued after sign-off (<see cref="TestPlans.IssuedAsync"/>), its review meeting 40 days before
/// the amended plan's issue, the decision to amend a week after the meeting, the amendment's draft sent 12 days before
/// its issue, graded by the locality's manager 3 days before and signed off on the day (the amended plan issued).
/// </summary>
public static class TestAmendments
{
    /// <summary>
    /// A plan first issued on <paramref name="issuedOn"/> (graded Good) whose amended plan is signed off at noon on
    /// <paramref name="amendedOn"/> at <paramref name="overall"/> (at least Good), every section graded the same; returns its id.
    /// The amendment's decisive grade is given 3 days before <paramref name="amendedOn"/>.
    /// </summary>
    public static async Task<int> AmendedAsync(this EhcpQaApp app, string reference, DateOnly issuedOn, DateOnly amendedOn, Grade overall,
        string caseworker = DemoUsers.Caseworker)
    {
        ArgumentNullException.ThrowIfNull(app);
        var planId = await app.Plans.IssuedAsync(reference, issuedOn, Grade.Good, caseworker);
        await app.WithDatabaseAsync(async db =>
        {
            var caseworkerUser = await db.Users.Where(u => u.Email == caseworker).Select(u => new { u.Id, u.LocalityId }).SingleAsync();
            var localityId = caseworkerUser.LocalityId!.Value;
            var manager = await db.Users.Where(u => u.LocalityId == localityId && u.Email!.StartsWith("manager")).Select(u => u.Id).FirstAsync();
            var qaLead = await db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync();
            var framework = await db.FrameworkVersions
                .Include(v => v.GradeDescriptors)
                .Include(v => v.Sections).ThenInclude(s => s.Descriptors)
                .AsSplitQuery()
                .Where(v => v.PublishedAt != null)
                // A version on the 1–4 scheme (it holds sections): the shipped family survey is published too.
                .Where(v => v.Sections.Any())
                .OrderByDescending(v => v.PublishedAt)
                .FirstAsync();
            var steps = new HistoricSignOff(
                framework,
                new Actor(caseworkerUser.Id, new HashSet<string> { StaffRole.Caseworker }, Agency.SendTeam, localityId),
                new Actor(manager, new HashSet<string> { StaffRole.LocalityManager }, Agency.SendTeam, localityId),
                new Actor(qaLead, new HashSet<string> { StaffRole.QaLead }, Agency.SendTeam, null));

            var plan = await db.Plans.Include(p => p.Versions).SingleAsync(p => p.Id == planId);
            var amendment = new HistoricPlan(0, 0, plan.DateOfBirth, plan.PrimaryNeed, plan.Setting, VulnerableCohorts.None, plan.RequestDate, amendedOn,
                Amended: false, Returned: null, new HistoricGrading(overall, PlanSections.Statutory.ToDictionary(s => s.Code, _ => overall)));
            var meetingOn = amendedOn.AddDays(-40);
            plan.StartAnnualReview(meetingOn, caseworkerUser.Id, Noon(meetingOn));
            plan.DecideAnnualReview(ReviewDecision.Amend, meetingOn.AddDays(7), manager, Noon(meetingOn.AddDays(7)));
            steps.SubmitFirstDraft(plan, amendment);
            await db.SaveChangesAsync();
            db.Gradings.Add(steps.GradeAndSignOff(plan, amendment));
            await db.SaveChangesAsync();
            return plan.Id;
        });
        return planId;
    }

    private static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
