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

    /// <summary>
    /// Whether every plan this theme admits, <paramref name="wider"/> admits too: it narrows by everything
    /// <paramref name="wider"/> narrows by, to the same value (it may narrow by more). A theme with nothing set is
    /// within only a theme with nothing set; every theme is within a theme with nothing set.
    /// </summary>
    public bool IsWithin(SampleTheme wider)
    {
        ArgumentNullException.ThrowIfNull(wider);
        return (wider.Kind is not { } kind || Kind == kind)
            && (wider.Cohort is not { } cohort || cohort == VulnerableCohorts.None || (Cohort is { } mine && mine.HasFlag(cohort)))
            && (wider.Phase is not { } phase || Phase == phase)
            && (wider.Need is not { } need || Need == need)
            && (wider.Setting is not { } setting || Setting == setting)
            && (wider.LocalityId is not { } locality || LocalityId == locality);
    }

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

    /// <summary>The kind of window the population was taken from: a month, 6 weeks, a term, a quarter or a range of dates.</summary>
    public SampleWindowKind WindowKind { get; private set; }

    /// <summary>The first day of the period whose finalised plans form the population.</summary>
    public DateOnly PeriodStart { get; private set; }

    /// <summary>The last day of the period, inclusive.</summary>
    public DateOnly PeriodEnd { get; private set; }

    public SampleTheme Theme { get; private set; }

    /// <summary>The number of plans asked for; null when the size was 1 in <see cref="OneIn"/> of all plans.</summary>
    public int? RequestedSize { get; private set; }

    /// <summary>K of "1 in K of all plans", when the size was asked for that way.</summary>
    public int? OneIn { get; private set; }

    /// <summary>At least this many plans for each caseworker; 0 for no such rule (samples drawn with "at least one per caseworker" read 1).</summary>
    public int PlansPerCaseworker { get; private set; }

    /// <summary>At least this many plans for each phase; 0 for no such rule.</summary>
    public int PlansPerPhase { get; private set; }

    /// <summary>The minimum sample size, when one was set.</summary>
    public int? MinimumSize { get; private set; }

    public bool ProportionalSpread { get; private set; }

    /// <summary>The window the population was taken from.</summary>
    public SampleWindow Window => SampleWindow.Of(WindowKind, PeriodStart, PeriodEnd);

    /// <summary>The rules the sample was drawn by, as they were recorded: drawing again with them and the seed on the same population gives the same sample.</summary>
    public SampleRules Rules => new(OneIn is { } k ? SampleSize.OneInEvery(k) : SampleSize.Of(RequestedSize ?? 1), PlansPerCaseworker, ProportionalSpread)
    {
        PerPhase = PlansPerPhase,
        Minimum = MinimumSize,
    };

    /// <summary>
    /// The rule the sample was drawn by, in words: "At least 2 plans for each caseworker; 1 in 5 of all plans; at least 20
    /// plans; spread in proportion to the population; autumn term 2026".
    /// </summary>
    public string RuleWords()
    {
        var words = string.Join("; ", Rules.Words().Append(Window.Words()));
        return string.Concat(char.ToUpperInvariant(words[0]).ToString(), words[1..]);
    }

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
    public static string SuggestedTitle(DateOnly periodStart, SampleTheme theme) => SuggestedTitle(SampleWindow.Month(periodStart), theme);

    /// <summary>
    /// The title suggested for a sample of the plans finalised in <paramref name="window"/>, naming the plans it draws from
    /// when not both new and amended ("Dip sample, amended plans finalised in October 2026", "Dip sample, plans finalised
    /// in autumn term 2026").
    /// </summary>
    public static string SuggestedTitle(SampleWindow window, SampleTheme theme)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(theme);
        var plans = theme.Kind switch
        {
            PlanKind.New => "new plans",
            PlanKind.Amended => "amended plans",
            _ => "plans",
        };
        var dates = window.Kind switch
        {
            SampleWindowKind.SixWeeks => $"in the 6 weeks from {window.Start.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}",
            SampleWindowKind.Custom => $"from {window.Words()}",
            _ => $"in {window.Words()}",
        };
        return $"Dip sample, {plans} finalised {dates}";
    }

    /// <summary>Draws a sample at random from the plans finalised between two dates (a window of those dates).</summary>
    public static DipSample Draw(
        string title,
        DateOnly periodStart,
        DateOnly periodEnd,
        SampleTheme theme,
        IReadOnlyList<SamplingCandidate> population,
        SampleRules rules,
        int seed,
        string byUserId,
        DateTimeOffset at) =>
        Draw(title, SampleWindow.Custom(periodStart, periodEnd), theme, population, rules, seed, byUserId, at);

    /// <summary>Draws a sample at random from <paramref name="population"/>, the plans finalised in <paramref name="window"/>, with the given rules and seed.</summary>
    public static DipSample Draw(
        string title,
        SampleWindow window,
        SampleTheme theme,
        IReadOnlyList<SamplingCandidate> population,
        SampleRules rules,
        int seed,
        string byUserId,
        DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(rules);
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > TitleMaxLength)
        {
            throw new DomainRuleException($"Give the sample a title of up to {TitleMaxLength} characters.");
        }

        if (population.Count == 0)
        {
            throw new DomainRuleException("No finalised plans match this period and theme, so there is nothing to sample.");
        }

        var outcome = SampleDraw.Draw(population, rules, seed);
        var sample = new DipSample
        {
            Title = title.Trim(),
            WindowKind = window.Kind,
            PeriodStart = window.Start,
            PeriodEnd = window.End,
            Theme = theme,
            RequestedSize = rules.Size.Plans,
            OneIn = rules.Size.OneIn,
            PlansPerCaseworker = rules.PerCaseworker,
            PlansPerPhase = rules.PerPhase,
            MinimumSize = rules.Minimum,
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

    /// <summary>
    /// Puts in the sample every plan of its population written by a caseworker on the new-officer rule
    /// (<paramref name="whyOnTheRule"/>: each such caseworker and why they are on it), besides those drawn already. Each is
    /// marked as a new officer's plan with the reason, and the sample's notes say how many were added.
    /// </summary>
    /// <param name="population">The population the sample was drawn from.</param>
    public IReadOnlyList<DipSampleItem> AddNewOfficersPlans(
        IReadOnlyList<SamplingCandidate> population, IReadOnlyDictionary<string, string> whyOnTheRule, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(whyOnTheRule);
        if (population.Count != _population.Count)
        {
            throw new ArgumentException("The population must be the one the sample was drawn from.", nameof(population));
        }

        var inSample = _items.Select(i => i.PlanId).ToHashSet();
        var added = population
            .Where(c => !inSample.Contains(c.PlanId) && whyOnTheRule.ContainsKey(c.CaseworkerId))
            .OrderBy(c => c.PlanId)
            .Select(c => new DipSampleItem(c.PlanId, SampleItemOrigin.NewOfficer, Truncated($"New officer: {whyOnTheRule[c.CaseworkerId]}"), byUserId, at))
            .ToList();
        _items.AddRange(added);
        var caseworkers = population.Where(c => whyOnTheRule.ContainsKey(c.CaseworkerId)).Select(c => c.CaseworkerId).Distinct().Count();
        if (caseworkers > 0)
        {
            _notes.Add($"{(caseworkers == 1 ? "1 caseworker is" : $"{caseworkers} caseworkers are")} on the new-officer rule, so all their plans are in the sample: "
                + $"{(added.Count == 1 ? "1 plan was" : $"{added.Count} plans were")} added besides those drawn.");
        }

        return added;

        static string Truncated(string reason) => reason.Length <= SampleItem.ReasonMaxLength ? reason : reason[..SampleItem.ReasonMaxLength];
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

/// <summary>One plan in a dip sample: drawn at random, added by name with a reason, or a new officer's plan with why.</summary>
public sealed record DipSampleItem(int PlanId, SampleItemOrigin Origin, string? Reason, string AddedById, DateTimeOffset AddedAt);
