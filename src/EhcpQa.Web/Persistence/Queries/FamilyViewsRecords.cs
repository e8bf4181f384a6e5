using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Families;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Persistence.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Queries;

/// <summary>
/// Reads what the families' figures count (<see cref="FamilyViews"/>) for the dashboard and the board summary: the survey
/// links sent in the months asked for (those replaced by a newer link apart), with the plan's facts for the cuts and their
/// rating answers only. Free text is never read here. The rating questions are those of the survey form in use.
/// </summary>
public sealed class FamilyViewsRecords(EhcpQaDbContext db, LockedFrameworkVersions frameworks)
{
    public async Task<FamilyViews> FamilyViewsAsync(DashboardFilter filter, IReadOnlyDictionary<int, string> localityNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var uses = await db.FrameworkUses.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var form = uses?.VersionFor(FrameworkPurpose.FamilySurvey) is { } versionId ? (await frameworks.FindAsync(db, versionId, cancellationToken))?.Form : null;
        var questions = FamilyViews.RatingQuestions(form);
        var ratingKeys = questions.Select(q => SurveyInvitation.FieldOf(q.PartCode, q.ItemCode)).ToList();

        var first = filter.FirstDayCounted;
        var since = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(-1);
        var until = new DateTimeOffset(filter.To.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(2);
        var plans = TimelinessRecords.Cut(db.Plans.AsNoTracking(), filter);
        var sent = from invitation in db.SurveyInvitations.AsNoTracking()
                   join plan in plans on invitation.PlanId equals plan.Id
                   where invitation.RevokedAt == null && invitation.CreatedAt >= since && invitation.CreatedAt < until
                   select new { Invitation = invitation, Plan = plan };
        var rows = await sent
            .Select(s => new
            {
                s.Invitation.Id,
                s.Plan.LocalityId,
                s.Plan.DateOfBirth,
                s.Plan.PrimaryNeed,
                s.Plan.Setting,
                s.Invitation.Occasion,
                s.Invitation.CreatedAt,
                s.Invitation.AnsweredAt,
            })
            .ToListAsync(cancellationToken);
        // The rating answers by a second flat query rather than as a collection within each row: EF Core's split query
        // for a projected collection built its reader afresh on every request.
        var ratings = (await sent
                .SelectMany(s => s.Invitation.Answers, (s, a) => new { s.Invitation.Id, a.PartCode, a.ItemCode, a.Value })
                .Where(a => ratingKeys.Contains(a.PartCode + "." + a.ItemCode))
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.Id, a => new SurveyAnswer(a.PartCode, a.ItemCode, a.Value));

        return FamilyViews.Compute(
            rows.Select(r => new SurveyRecord(new TimelinessPlan(r.LocalityId, r.DateOfBirth, r.PrimaryNeed, r.Setting), r.Occasion,
                Domain.ServiceCalendar.DateOf(r.CreatedAt), r.AnsweredAt != null, ratings[r.Id].ToList())),
            questions,
            filter,
            localityNames);
    }
}
