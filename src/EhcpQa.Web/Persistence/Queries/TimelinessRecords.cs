using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Queries;

/// <summary>
/// Reads what the timeliness figures count (<see cref="Timeliness"/>) for the dashboard and the board summary: the plans
/// in the 20-week figure issued in the months asked for or still open as they end, the annual reviews decided or
/// amended in them, and the advice due in them, each with the facts figures are cut by. The dates and the locality, need and setting cuts are
/// applied in the database; only the columns counted are read (a year of a large authority is a few thousand rows).
/// </summary>
public sealed class TimelinessRecords(EhcpQaDbContext db)
{
    /// <summary>The timeliness figures for a filter's period and cuts, with the 12 months of its trend.</summary>
    /// <param name="filter">The period and cuts.</param>
    /// <param name="localityNames">Names for the locality cut.</param>
    /// <param name="today">Today: plans still open are looked at on the period's last day, or today if sooner.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public async Task<Timeliness> TimelinessAsync(
        DashboardFilter filter, IReadOnlyDictionary<int, string> localityNames, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var first = filter.FirstDayCounted;
        var last = filter.To;
        var asOf = last < today ? last : today;
        var plans = Cut(db.Plans.AsNoTracking(), filter);

        var twentyWeeks = await plans.Where(Plan.InTwentyWeekFigure)
            .Where(p => (p.IssuedOn >= first && p.IssuedOn <= last)
                || (p.RequestDate <= asOf && (p.Stage == PlanStage.Draft || p.IssuedOn > asOf)))
            .Select(p => new
            {
                p.LocalityId,
                p.DateOfBirth,
                p.PrimaryNeed,
                p.Setting,
                p.RequestDate,
                p.IssuedOn,
                HasException = p.TwentyWeekException != null,
            })
            .ToListAsync(cancellationToken);

        var reviews = await (
                from review in db.AnnualReviews.AsNoTracking()
                join plan in plans on review.PlanId equals plan.Id
                where (review.DecidedOn >= first && review.DecidedOn <= last) || (review.AmendedPlanIssuedOn >= first && review.AmendedPlanIssuedOn <= last)
                select new
                {
                    plan.LocalityId,
                    plan.DateOfBirth,
                    plan.PrimaryNeed,
                    plan.Setting,
                    review.MeetingOn,
                    review.Decision,
                    review.DecidedOn,
                    review.AmendedPlanIssuedOn,
                })
            .ToListAsync(cancellationToken);

        var advice = await (
                from request in db.AdviceRequests.AsNoTracking()
                join plan in plans on request.PlanId equals plan.Id
                where request.DueOn >= first && request.DueOn <= last
                select new
                {
                    plan.LocalityId,
                    plan.DateOfBirth,
                    plan.PrimaryNeed,
                    plan.Setting,
                    request.Occasion,
                    request.Agency,
                    request.Service,
                    request.ServiceName,
                    request.RequestedOn,
                    request.DueOn,
                    request.ReceivedOn,
                })
            .ToListAsync(cancellationToken);

        return Timeliness.Compute(
            twentyWeeks.Select(p => new TwentyWeekRecord(new TimelinessPlan(p.LocalityId, p.DateOfBirth, p.PrimaryNeed, p.Setting), p.RequestDate, p.IssuedOn, p.HasException)),
            reviews.Select(r => new ReviewRecord(new TimelinessPlan(r.LocalityId, r.DateOfBirth, r.PrimaryNeed, r.Setting), r.MeetingOn, r.Decision, r.DecidedOn, r.AmendedPlanIssuedOn)),
            advice.Select(a => new AdviceRecord(
                new TimelinessPlan(a.LocalityId, a.DateOfBirth, a.PrimaryNeed, a.Setting),
                a.Occasion.PlanKind(),
                new AdviceDates(a.Agency, AdviceRequest.WordsFor(a.Service, a.ServiceName), a.RequestedOn, a.DueOn, a.ReceivedOn))),
            filter,
            localityNames,
            today);
    }

    /// <summary>The plans within the filter's locality, primary need and setting (the phase, which depends on the day counted, is the domain's to apply).</summary>
    internal static IQueryable<Plan> Cut(IQueryable<Plan> plans, DashboardFilter filter)
    {
        plans = filter.LocalityId is { } locality ? plans.Where(p => p.LocalityId == locality) : plans;
        plans = filter.Setting is { } setting ? plans.Where(p => p.Setting == setting) : plans;
        if (filter.Need is { } need)
        {
            var types = Needs.In(need).ToList();
            plans = plans.Where(p => types.Contains(p.PrimaryNeed));
        }

        return plans;
    }
}
