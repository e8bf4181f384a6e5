using System.Globalization;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Sampling;

/// <summary>
/// What narrows a sample's population to a theme (a cohort, phase, need, setting or locality, new or amended plans); all
/// optional. Without a kind the sample draws from new and amended plans alike.
/// </summary>
public sealed record SampleTheme(
    VulnerableCohorts? Cohort = null,
    Phase? Phase = null,
    BroadAreaOfNeed? Need = null,
    SettingType? Setting = null,
    int? LocalityId = null,
    PlanKind? Kind = null)
{
    public bool Admits(Plan plan, DateOnly issuedOn) =>
        (Kind is not { } kind || plan.Kind == kind)
        && (Cohort is not { } cohort || plan.Cohorts.HasFlag(cohort))
        && (Phase is not { } phase || plan.PhaseOn(issuedOn) == phase)
        && (Need is not { } need || plan.PrimaryArea == need)
        && (Setting is not { } setting || plan.Setting == setting)
        && (LocalityId is not { } locality || plan.LocalityId == locality);

    /// <summary>The theme in words, one part for each thing it narrows by (empty when it narrows by nothing).</summary>
    /// <param name="localityName">The name of the theme's locality, when it has one.</param>
    public IReadOnlyList<string> Words(string? localityName = null) =>
        new[]
        {
            Cohort?.Name(), Phase?.Name(), Need?.Name(), Setting?.Name(),
            LocalityId is null ? null : localityName ?? "One locality",
            Kind is { } kind ? PlanKindChoice.PlansName(kind) : null,
        }.OfType<string>().ToList();
}

/// <summary>
/// A dip sample of finalised plans for moderation: the period and theme that define its population,
/// the rules and the recorded seed of its random draw (so the same population and seed give the same
/// sample again), a snapshot of the population, and its items: drawn, or added by name with a reason.
/// </summary>
public sealed class DipSample
{
    public const int TitleMaxLength = 200;

    private readonly List<DipSampleItem> _items = [];
    private List<int> _population = [];
    private List<string> _notes = [];

    private DipSample()
    {
        Title = string.Empty;
        DrawnById = string.Empty;
        Theme = new SampleTheme();
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>The first day of the period whose finalised plans form the population.</summary>
    public DateOnly PeriodStart { get; private set; }

    /// <summary>The last day of the period, inclusive.</summary>
    public DateOnly PeriodEnd { get; private set; }

    public SampleTheme Theme { get; private set; }

    public int RequestedSize { get; private set; }

    public bool AtLeastOnePerCaseworker { get; private set; }

    public bool ProportionalSpread { get; private set; }

    /// <summary>The seed of the random draw, recorded so the draw can be repeated.</summary>
    public int Seed { get; private set; }

    /// <summary>The plans the sample was drawn from, as they were at the draw.</summary>
    public IReadOnlyList<int> PopulationPlanIds => _population;

    /// <summary>What the draw had to say (for example that the sample was enlarged to cover every caseworker).</summary>
    public IReadOnlyList<string> Notes => _notes;

    public IReadOnlyList<DipSampleItem> Items => _items;

    public string DrawnById { get; private set; }

    public DateTimeOffset DrawnAt { get; private set; }

    /// <summary>The whole calendar month before <paramref name="today"/>: the default period of a monthly dip sample.</summary>
    public static (DateOnly Start, DateOnly End) PreviousMonth(DateOnly today)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return (start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>
    /// The title suggested for a sample of the plans finalised in the month from <paramref name="periodStart"/>, naming
    /// the plans it draws from when not both new and amended ("Dip sample, amended plans finalised in October 2026").
    /// </summary>
    public static string SuggestedTitle(DateOnly periodStart, SampleTheme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var plans = theme.Kind switch
        {
            PlanKind.New => "new plans",
            PlanKind.Amended => "amended plans",
            _ => "plans",
        };
        return $"Dip sample, {plans} finalised in {periodStart.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}";
    }

    /// <summary>Draws a sample at random from <paramref name="population"/> with the given rules and seed.</summary>
    public static DipSample Draw(
        string title,
        DateOnly periodStart,
        DateOnly periodEnd,
        SampleTheme theme,
        IReadOnlyList<SamplingCandidate> population,
        SampleRules rules,
        int seed,
        string byUserId,
        DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > TitleMaxLength)
        {
            throw new DomainRuleException($"Give the sample a title of up to {TitleMaxLength} characters.");
        }

        if (periodEnd < periodStart)
        {
            throw new DomainRuleException("The period must end on or after the day it starts.");
        }

        if (population.Count == 0)
        {
            throw new DomainRuleException("No finalised plans match this period and theme, so there is nothing to sample.");
        }

        var outcome = SampleDraw.Draw(population, rules, seed);
        var sample = new DipSample
        {
            Title = title.Trim(),
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            Theme = theme,
            RequestedSize = rules.Size,
            AtLeastOnePerCaseworker = rules.AtLeastOnePerCaseworker,
            ProportionalSpread = rules.ProportionalSpread,
            Seed = seed,
            _population = population.Select(c => c.PlanId).Order().ToList(),
            _notes = outcome.Notes.ToList(),
            DrawnById = byUserId,
            DrawnAt = at,
        };
        sample._items.AddRange(outcome.Drawn.Select(c => new DipSampleItem(c.PlanId, SampleItemOrigin.Drawn, null, byUserId, at)));
        return sample;
    }

    /// <summary>Adds a named plan to the sample. It is marked as added, not drawn, and keeps the reason.</summary>
    public DipSampleItem AddPlan(int planId, string reason, string byUserId, DateTimeOffset at)
    {
        var item = SampleItem.Added(planId, reason);
        if (_items.Any(i => i.PlanId == planId))
        {
            throw new DomainRuleException("This plan is already in the sample.");
        }

        var added = new DipSampleItem(item.PlanId, item.Origin, item.Reason, byUserId, at);
        _items.Add(added);
        return added;
    }
}

/// <summary>One plan in a dip sample: drawn at random, or added by name with a reason.</summary>
public sealed record DipSampleItem(int PlanId, SampleItemOrigin Origin, string? Reason, string AddedById, DateTimeOffset AddedAt);
