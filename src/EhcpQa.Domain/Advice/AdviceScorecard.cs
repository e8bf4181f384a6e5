using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Advice;

/// <summary>The dates of one piece of advice a scorecard counts, and whose it is.</summary>
public sealed record AdviceDates(Agency Agency, string Service, DateOnly RequestedOn, DateOnly DueOn, DateOnly? ReceivedOn);

/// <summary>
/// How one agency's or service's advice fared: of the advice due in the period whose outcome is known (received, or not
/// received and past its due date), how much came on time, and the median days from request to receipt of what came.
/// Advice not yet due is not counted.
/// </summary>
public sealed record AdviceTimeliness(string Name, Agency Agency, int Due, int OnTime, int Late, int StillOverdue, double? MedianDays)
{
    /// <summary>The share on time, 0 to 1; null when nothing was due.</summary>
    public double? OnTimeShare => Due == 0 ? null : (double)OnTime / Due;
}

/// <summary>
/// One agency's own audit of one piece of its advice, as a scorecard counts it: when it was submitted, its score as a
/// percentage of the points available (null on a form without points), and whether it reached the form's bar (null on a
/// form that sets none).
/// </summary>
public sealed record AdviceAuditScore(Agency Agency, string Service, DateOnly AuditedOn, decimal? Percent, bool? ReachesBar);

/// <summary>
/// How good one agency's or service's advice was, by its own audits submitted in the period: how many, the mean score
/// of those scored in points, and how many of those judged against a bar reached it.
/// </summary>
public sealed record AdviceQuality(string Name, Agency Agency, int Audited, decimal? MeanPercent, int WithBar, int ReachingBar)
{
    /// <summary>The share reaching the bar, 0 to 1, of the audits judged against one; null when none was.</summary>
    public double? ReachingBarShare => WithBar == 0 ? null : (double)ReachingBar / WithBar;
}

/// <summary>One month of a scorecard's trend: the advice due in it and how much came on time; the audits submitted in it and their mean score.</summary>
public sealed record AdviceMonth(DateOnly Month, int Due, int OnTime, int Audited = 0, decimal? MeanPercent = null)
{
    public double? OnTimeShare => Due == 0 ? null : (double)OnTime / Due;
}

/// <summary>
/// The advice scorecard: timeliness of advice due in a period, per agency and per service, and by month. Advice is on time
/// when received by its due date; late when received after it or, not yet received, once the date has passed (counted as
/// still overdue). Beside it, the quality of advice by the agencies' own audits submitted in the period. A pure function
/// of the advice's dates and the audits' scores, so every figure can be checked by hand.
/// </summary>
public sealed record AdviceScorecard(
    DateOnly From,
    DateOnly To,
    AdviceTimeliness Overall,
    IReadOnlyList<AdviceTimeliness> ByAgency,
    IReadOnlyList<AdviceTimeliness> ByService,
    IReadOnlyList<AdviceMonth> Months)
{
    /// <summary>The quality of all advice audited in the period.</summary>
    public AdviceQuality Quality { get; init; } = Scored("All advice", null, []);

    /// <summary>The quality of each agency's advice audited in the period.</summary>
    public IReadOnlyList<AdviceQuality> QualityByAgency { get; init; } = [];

    /// <summary>The quality of each service's advice audited in the period.</summary>
    public IReadOnlyList<AdviceQuality> QualityByService { get; init; } = [];

    /// <summary>The scorecard of the advice due in the period, without audits.</summary>
    public static AdviceScorecard Of(IEnumerable<AdviceDates> advice, DateOnly from, DateOnly to, DateOnly today) =>
        Of(advice, [], from, to, today);

    /// <summary>
    /// The scorecard of the advice due from <paramref name="from"/> to <paramref name="to"/> (both days included), as it
    /// stood on <paramref name="today"/>, and of the audits submitted in those days.
    /// </summary>
    public static AdviceScorecard Of(IEnumerable<AdviceDates> advice, IEnumerable<AdviceAuditScore> audits, DateOnly from, DateOnly to, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(audits);
        var decided = advice.Where(a => a.DueOn >= from && a.DueOn <= to && IsDecided(a, today)).ToList();
        var audited = audits.Where(a => a.AuditedOn >= from && a.AuditedOn <= to && a.AuditedOn <= today).ToList();
        var months = new List<AdviceMonth>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var inMonth = decided.Where(a => a.DueOn.Year == month.Year && a.DueOn.Month == month.Month).ToList();
            var auditedInMonth = Scored(string.Empty, null, audited.Where(a => a.AuditedOn.Year == month.Year && a.AuditedOn.Month == month.Month).ToList());
            months.Add(new AdviceMonth(month, inMonth.Count, inMonth.Count(IsOnTime), auditedInMonth.Audited, auditedInMonth.MeanPercent));
        }

        return new AdviceScorecard(
            from,
            to,
            Timeliness("All advice", null, decided),
            decided.GroupBy(a => a.Agency).OrderBy(g => g.Key.Name(), StringComparer.Ordinal).Select(g => Timeliness(g.Key.Name(), g.Key, g.ToList())).ToList(),
            decided.GroupBy(a => (a.Agency, a.Service)).OrderBy(g => g.Key.Service, StringComparer.Ordinal).Select(g => Timeliness(g.Key.Service, g.Key.Agency, g.ToList())).ToList(),
            months)
        {
            Quality = Scored("All advice", null, audited),
            QualityByAgency = audited.GroupBy(a => a.Agency).OrderBy(g => g.Key.Name(), StringComparer.Ordinal).Select(g => Scored(g.Key.Name(), g.Key, g.ToList())).ToList(),
            QualityByService = audited.GroupBy(a => (a.Agency, a.Service)).OrderBy(g => g.Key.Service, StringComparer.Ordinal).Select(g => Scored(g.Key.Service, g.Key.Agency, g.ToList())).ToList(),
        };
    }

    /// <summary>
    /// Whether the advice's outcome is known on <paramref name="asOf"/>: received by then, or not received and past its due
    /// date (late, whenever it comes). Advice not yet due and not yet received is still open, and not counted.
    /// </summary>
    public static bool IsDecided(AdviceDates advice, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return advice.ReceivedOn <= asOf || advice.DueOn < asOf;
    }

    /// <summary>Received by its due date.</summary>
    public static bool IsOnTime(AdviceDates advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return AdviceRequest.OnTime(advice.DueOn, advice.ReceivedOn) == true;
    }

    /// <summary>The middle of the days taken (the mean of the two middle ones for an even count); null for none.</summary>
    public static double? Median(IReadOnlyCollection<int> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            return null;
        }

        var sorted = days.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /// <summary>The quality of a set of audits: the mean of the scored ones' percentages (to one decimal place), and how many of those judged against a bar reached it.</summary>
    private static AdviceQuality Scored(string name, Agency? agency, List<AdviceAuditScore> audits)
    {
        var percents = audits.Where(a => a.Percent is not null).Select(a => a.Percent!.Value).ToList();
        var mean = percents.Count == 0 ? (decimal?)null : Math.Round(percents.Average(), 1, MidpointRounding.AwayFromZero);
        return new AdviceQuality(name, agency ?? default, audits.Count, mean, audits.Count(a => a.ReachesBar is not null), audits.Count(a => a.ReachesBar == true));
    }

    private static AdviceTimeliness Timeliness(string name, Agency? agency, List<AdviceDates> advice)
    {
        var onTime = advice.Count(IsOnTime);
        var stillOverdue = advice.Count(a => a.ReceivedOn is null);
        var days = advice.Where(a => a.ReceivedOn is not null).Select(a => a.ReceivedOn!.Value.DayNumber - a.RequestedOn.DayNumber).ToList();
        return new AdviceTimeliness(name, agency ?? default, advice.Count, onTime, advice.Count - onTime, stillOverdue, Median(days));
    }
}
