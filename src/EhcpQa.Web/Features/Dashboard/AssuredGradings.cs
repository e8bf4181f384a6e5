using EhcpQa.Domain.Dashboards;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Dashboard;

/// <summary>
/// Reads decisive grades for the dashboards, the board summary and the export from the read model the
/// plans keep (<see cref="Domain.Plans.AssuredGrade"/>, one row per decisive grade): the level, the dates
/// and the filter's cuts are applied in the database, so only the rows counted are read.
/// </summary>
public sealed class AssuredGradings(EhcpQaDbContext db)
{
    /// <summary>The grades at the filter's level and cuts given from <paramref name="from"/> to <paramref name="to"/> (UK dates, inclusive).</summary>
    public async Task<List<AssuredGrading>> LoadAsync(DashboardFilter filter, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var grades = db.AssuredGrades.AsNoTracking().Where(a => a.Level == filter.Level && a.GivenOn >= from && a.GivenOn <= to);
        if (filter.LocalityId is { } locality)
        {
            grades = grades.Where(a => a.LocalityId == locality);
        }

        if (filter.Phase is { } phase)
        {
            grades = grades.Where(a => a.Phase == phase);
        }

        if (filter.Need is { } need)
        {
            grades = grades.Where(a => a.Need == need);
        }

        if (filter.Setting is { } setting)
        {
            grades = grades.Where(a => a.Setting == setting);
        }

        return await grades
            .Select(a => new AssuredGrading(a.PlanId, a.Level, a.GivenOn, a.LocalityId, a.Phase, a.Need, a.Setting, a.Overall, a.Regraded, SectionGrades.Parse(a.SectionGrades)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every grade at one level given in the period, whatever its cuts.</summary>
    public Task<List<AssuredGrading>> LoadAsync(AssuranceLevel level, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        LoadAsync(new DashboardFilter(from, to, level), from, to, cancellationToken);
}
