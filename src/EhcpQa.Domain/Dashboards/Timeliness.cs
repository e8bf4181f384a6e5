using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Dashboards;

/// <summary>The facts about a plan that timeliness figures are cut by, as the plan's record gives them now. No child's details.</summary>
/// <param name="LocalityId">The plan's locality.</param>
/// <param name="DateOfBirth">The child's date of birth (for the phase on the day counted, never shown).</param>
/// <param name="Need">The plan's primary need.</param>
/// <param name="Setting">The plan's setting type.</param>
public sealed record TimelinessPlan(int LocalityId, DateOnly DateOfBirth, NeedType Need, SettingType Setting);

/// <summary>A plan in the 20-week figure (<see cref="Plan.InTwentyWeekFigure"/>): its request, its issue if it has been, and whether a lawful exception is recorded.</summary>
public sealed record TwentyWeekRecord(TimelinessPlan Plan, DateOnly RequestDate, DateOnly? IssuedOn, bool HasException)
{
    /// <summary>Where the plan stands on <paramref name="asOf"/> (<see cref="TwentyWeeks.OutcomeOf"/>).</summary>
    public TwentyWeekOutcome OutcomeOn(DateOnly asOf) =>
        TwentyWeeks.OutcomeOf(StatutoryTimescale.DeadlineFor(RequestDate), IssuedOn, HasException, asOf);
}

/// <summary>An annual review: its meeting, the authority's decision and date, and the amended plan's issue where it amends.</summary>
public sealed record ReviewRecord(TimelinessPlan Plan, DateOnly MeetingOn, ReviewDecision? Decision, DateOnly? DecidedOn, DateOnly? AmendedPlanIssuedOn);

/// <summary>Advice requested for a plan (<see cref="Advice.AdviceRequest"/>): its dates, and whether it informs a new plan or an amendment after a review.</summary>
public sealed record AdviceRecord(TimelinessPlan Plan, PlanKind Kind, Advice.AdviceDates Dates);

/// <summary>Plans issued, by where they stood against the 20-week timescale when issued.</summary>
public sealed record TwentyWeekCounts(int OnTime, int Late, int LateWithException)
{
    /// <summary>Every plan issued: on time, late and late with an exception.</summary>
    public int Issued => OnTime + Late + LateWithException;

    /// <summary>The plans the 20-week rate is a share of: issued without a lawful exception applying (on time or late).</summary>
    public int RateBase => OnTime + Late;
}

/// <summary>Work due by a deadline and done in the period: on time (the last day included) or late.</summary>
public sealed record DeadlineCounts(int OnTime, int Late)
{
    public int Done => OnTime + Late;
}

/// <summary>The three timeliness figures of one group of plans (a period, a month or a value of a cut).</summary>
/// <param name="TwentyWeeks">New plans issued, by the 20-week timescale.</param>
/// <param name="Decisions">Annual review decisions sent, by their 4-week deadline.</param>
/// <param name="Amendments">Amended plans issued after a review, by their deadline.</param>
/// <param name="Advice">Advice due, by its due date (<see cref="Advice.AdviceScorecard.IsDecided"/>): received by it, or late.</param>
public sealed record TimelinessCounts(TwentyWeekCounts TwentyWeeks, DeadlineCounts Decisions, DeadlineCounts Amendments, DeadlineCounts Advice);

/// <summary>The timeliness figures for one value of a cut (a locality, a phase, an area of need or a setting).</summary>
public sealed record TimelinessRow(string Label, TimelinessCounts Counts);

/// <summary>One month of the timeliness trend.</summary>
public sealed record TimelinessMonth(DateOnly Month, TimelinessCounts Counts);

/// <summary>
/// Timeliness beside quality: new plans issued within 20 weeks of the request (those issued late with a lawful
/// exception apart), annual review decisions within 4 weeks of the meeting, and amended plans issued within their
/// statutory time, for the dashboard's period and cuts, by month over the 12-month trend, and by locality, phase, need
/// and setting. Each thing is counted in the month it was done (the plan issued, the decision sent, the amended plan
/// issued), on the rules <see cref="TwentyWeeks"/> and <see cref="AnnualReview"/> state; see <see cref="BoardFigures"/>.
/// </summary>
public sealed class Timeliness
{
    private Timeliness(
        DashboardFilter filter, DateOnly asOf, TimelinessCounts period, int overdue, IReadOnlyList<TimelinessMonth> trend,
        IReadOnlyList<TimelinessRow> byLocality, IReadOnlyList<TimelinessRow> byPhase, IReadOnlyList<TimelinessRow> byNeed, IReadOnlyList<TimelinessRow> bySetting)
    {
        Filter = filter;
        AsOf = asOf;
        Period = period;
        OverdueAtEnd = overdue;
        Trend = trend;
        ByLocality = byLocality;
        ByPhase = byPhase;
        ByNeed = byNeed;
        BySetting = bySetting;
    }

    public DashboardFilter Filter { get; }

    /// <summary>The day the plans still open are looked at: the period's last day, or today while the period runs.</summary>
    public DateOnly AsOf { get; }

    public TimelinessCounts Period { get; }

    /// <summary>New plans not issued by <see cref="AsOf"/> whose 20-week deadline had passed by then.</summary>
    public int OverdueAtEnd { get; }

    /// <summary>The 12 months ending with the period's last month, oldest first.</summary>
    public IReadOnlyList<TimelinessMonth> Trend { get; }

    public IReadOnlyList<TimelinessRow> ByLocality { get; }

    public IReadOnlyList<TimelinessRow> ByPhase { get; }

    public IReadOnlyList<TimelinessRow> ByNeed { get; }

    public IReadOnlyList<TimelinessRow> BySetting { get; }

    /// <summary>Whether the 20-week figure applies to the plans shown: not to amended plans alone.</summary>
    public bool ShowsTwentyWeeks => Filter.Kind != PlanKind.Amended;

    /// <summary>Whether the annual review figures apply to the plans shown: not to new plans alone.</summary>
    public bool ShowsReviews => Filter.Kind != PlanKind.New;

    /// <param name="plans">Plans in the 20-week figure, of any dates; the filter picks its own.</param>
    /// <param name="reviews">Annual reviews of any dates.</param>
    /// <param name="advice">Advice of any dates, each counted in the month it was due once its outcome is known.</param>
    /// <param name="filter">The period and cuts (its level is the quality figures' and plays no part here).</param>
    /// <param name="localityNames">Names for the locality cut; a locality missing here shows as "Locality n".</param>
    /// <param name="today">Today: plans still open are looked at on the period's last day, or today if sooner.</param>
    public static Timeliness Compute(
        IEnumerable<TwentyWeekRecord> plans, IEnumerable<ReviewRecord> reviews, IEnumerable<AdviceRecord> advice, DashboardFilter filter, IReadOnlyDictionary<int, string> localityNames, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(localityNames);
        if (filter.FromMonth > filter.ToMonth)
        {
            throw new DomainRuleException("The period must start before it ends.");
        }

        var asOf = filter.To < today ? filter.To : today;
        var period = new Tally();
        var trend = Enumerable.Range(0, 12).Select(_ => new Tally()).ToArray();
        var byLocality = new Dictionary<int, Tally>();
        var byPhase = new Dictionary<Phase, Tally>();
        var byNeed = new Dictionary<BroadAreaOfNeed, Tally>();
        var bySetting = new Dictionary<SettingType, Tally>();
        var overdue = 0;

        void Count(TimelinessPlan plan, DateOnly on, Action<Tally> add)
        {
            var phase = SchoolYear.PhaseOn(plan.DateOfBirth, on);
            if (!Matches(filter, plan, phase))
            {
                return;
            }

            if (on >= filter.TrendFrom && on <= filter.To)
            {
                add(trend[((on.Year - filter.TrendFrom.Year) * 12) + on.Month - filter.TrendFrom.Month]);
            }

            if (on < filter.From || on > filter.To)
            {
                return;
            }

            add(period);
            add(For(byLocality, plan.LocalityId));
            add(For(byPhase, phase));
            add(For(byNeed, plan.Need.AreaOf()));
            add(For(bySetting, plan.Setting));
        }

        var showsTwentyWeeks = filter.Kind != PlanKind.Amended;
        var showsReviews = filter.Kind != PlanKind.New;
        foreach (var record in showsTwentyWeeks ? plans : [])
        {
            if (record.IssuedOn is { } issued)
            {
                var outcome = record.OutcomeOn(issued);
                Count(record.Plan, issued, t => t.Add(outcome));
            }

            if (record.RequestDate <= asOf && record.OutcomeOn(asOf) == TwentyWeekOutcome.Overdue
                && Matches(filter, record.Plan, SchoolYear.PhaseOn(record.Plan.DateOfBirth, asOf)))
            {
                overdue++;
            }
        }

        foreach (var review in showsReviews ? reviews : [])
        {
            if (review.DecidedOn is { } decided)
            {
                var onTime = AnnualReview.IsDecisionOnTime(review.MeetingOn, decided);
                Count(review.Plan, decided, t => t.AddDecision(onTime));
                if (review.Decision == ReviewDecision.Amend && review.AmendedPlanIssuedOn is { } amended)
                {
                    var amendedOnTime = AnnualReview.IsAmendmentOnTime(decided, amended);
                    Count(review.Plan, amended, t => t.AddAmendment(amendedOnTime));
                }
            }
        }

        foreach (var record in advice.Where(a => filter.Kind is null || a.Kind == filter.Kind))
        {
            if (Advice.AdviceScorecard.IsDecided(record.Dates, asOf))
            {
                var onTime = Advice.AdviceScorecard.IsOnTime(record.Dates);
                Count(record.Plan, record.Dates.DueOn, t => t.AddAdvice(onTime));
            }
        }

        return new Timeliness(
            filter,
            asOf,
            period.Counts,
            overdue,
            trend.Select((t, i) => new TimelinessMonth(filter.TrendFrom.AddMonths(i), t.Counts)).ToList(),
            Cut(byLocality, id => localityNames.GetValueOrDefault(id, $"Locality {id}"), localityNames.Keys),
            Cut(byPhase, p => p.Name(), Enum.GetValues<Phase>()),
            Cut(byNeed, n => n.Name(), Enum.GetValues<BroadAreaOfNeed>()),
            Cut(bySetting, s => s.Name(), Enum.GetValues<SettingType>()));
    }

    /// <summary>Whether a plan falls within the filter's cuts, its phase taken on the day counted.</summary>
    internal static bool Matches(DashboardFilter filter, TimelinessPlan plan, Phase phase) =>
        (filter.LocalityId is null || plan.LocalityId == filter.LocalityId)
        && (filter.Phase is null || phase == filter.Phase)
        && (filter.Need is null || plan.Need.AreaOf() == filter.Need)
        && (filter.Setting is null || plan.Setting == filter.Setting);

    private static Tally For<T>(Dictionary<T, Tally> cut, T value)
        where T : notnull
    {
        if (!cut.TryGetValue(value, out var tally))
        {
            cut[value] = tally = new Tally();
        }

        return tally;
    }

    /// <summary>One row per value, in the order given (values with nothing counted included, so a reader sees the zero), then any others.</summary>
    private static List<TimelinessRow> Cut<T>(Dictionary<T, Tally> counts, Func<T, string> label, IEnumerable<T> values)
        where T : notnull
    {
        var order = values.ToList();
        return order.Concat(counts.Keys.Where(v => !order.Contains(v)))
            .Select(value => new TimelinessRow(label(value), (counts.GetValueOrDefault(value) ?? new Tally()).Counts))
            .ToList();
    }

    /// <summary>The counts of one group as they are made.</summary>
    private sealed class Tally
    {
        private int _onTime, _late, _lateWithException, _decisionsOnTime, _decisionsLate, _amendmentsOnTime, _amendmentsLate, _adviceOnTime, _adviceLate;

        public TimelinessCounts Counts => new(
            new TwentyWeekCounts(_onTime, _late, _lateWithException),
            new DeadlineCounts(_decisionsOnTime, _decisionsLate),
            new DeadlineCounts(_amendmentsOnTime, _amendmentsLate),
            new DeadlineCounts(_adviceOnTime, _adviceLate));

        public void Add(TwentyWeekOutcome outcome)
        {
            switch (outcome)
            {
                case TwentyWeekOutcome.OnTime:
                    _onTime++;
                    break;
                case TwentyWeekOutcome.Late:
                    _late++;
                    break;
                case TwentyWeekOutcome.LateWithException:
                    _lateWithException++;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Only an issued plan is counted as issued.");
            }
        }

        public void AddDecision(bool onTime) => _ = onTime ? _decisionsOnTime++ : _decisionsLate++;

        public void AddAmendment(bool onTime) => _ = onTime ? _amendmentsOnTime++ : _amendmentsLate++;

        public void AddAdvice(bool onTime) => _ = onTime ? _adviceOnTime++ : _adviceLate++;
    }
}
