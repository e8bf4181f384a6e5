using EhcpQa.Domain;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Samples;

/// <summary>
/// How every dip sample is drawn, by a QA lead on the form or by a schedule: the population of a window and theme, the
/// random draw by the composed rules, and the plans of caseworkers on the new-officer rule. The one place it is done.
/// </summary>
public sealed class SampleDrawing(EhcpQaDbContext db)
{
    /// <summary>
    /// The issued plans whose plan in force was issued in the window (a new plan, or the amended plan after an annual
    /// review) that fit the theme, as the draw sees them (phase as at that issue date): those whose issued text the
    /// service holds (signed off here, or brought in), so every plan drawn can be moderated.
    /// </summary>
    public async Task<List<SamplingCandidate>> PopulationAsync(SampleWindow window, SampleTheme theme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(theme);
        var plans = await db.Plans.AsNoTracking()
            .Where(Plan.InForceFrom(window.Start, window.End))
            .Where(Plan.HasIssuedText)
            .ToListAsync(cancellationToken);
        return plans.Where(p => theme.Admits(p, p.InForceSince!.Value)).Select(Candidate).ToList();
    }

    /// <summary>
    /// Draws a sample of <paramref name="population"/> and adds the plans of caseworkers on the new-officer rule, ready to
    /// save (it is added to the context).
    /// </summary>
    /// <exception cref="DomainRuleException">The title is not one a sample may have, or the population is empty.</exception>
    public async Task<DipSample> DrawAsync(
        string title, SampleWindow window, SampleTheme theme, IReadOnlyList<SamplingCandidate> population, SampleRules rules, int seed,
        string byUserId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var sample = DipSample.Draw(title, window, theme, population, rules, seed, byUserId, at);
        if (await db.NewOfficerRuleAsync(cancellationToken) is { IsSet: true } newOfficers)
        {
            var onTheRule = (await NewOfficerStandings.OfCaseworkersAsync(db, newOfficers, ServiceCalendar.DateOf(at), cancellationToken))
                .Where(c => c.Standing.OnTheRule)
                .ToDictionary(c => c.CaseworkerId, c => c.Standing.Why, StringComparer.Ordinal);
            sample.AddNewOfficersPlans(population, onTheRule, byUserId, at);
        }

        db.DipSamples.Add(sample);
        return sample;
    }

    /// <summary>A plan as the draw sees it: phase as at the issue of its plan in force.</summary>
    public static SamplingCandidate Candidate(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Id, plan.CaseworkerId, plan.PhaseOn(plan.InForceSince ?? plan.RequestDate), plan.PrimaryArea, plan.Setting, plan.LocalityId);
    }
}
