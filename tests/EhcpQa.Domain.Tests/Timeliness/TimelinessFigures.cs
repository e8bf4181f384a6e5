using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Timeliness;

/// <summary>
/// The timeliness figures from a small hand-checked set: new plans by the 20-week rule, each counted in the month it was
/// issued; review decisions and amended plans by their deadlines in the month sent or issued; by month and by cut.
/// </summary>
public class TimelinessFigures
{
    private static readonly TimelinessPlan North = new(1, new DateOnly(2016, 5, 14), NeedType.Autism, SettingType.Mainstream);
    private static readonly TimelinessPlan South = new(2, new DateOnly(2008, 2, 1), NeedType.SocialEmotionalAndMentalHealth, SettingType.Special);
    private static readonly Dictionary<int, string> Localities = new() { [1] = "North", [2] = "South" };

    // March 2026: issued on day 140 (on time), on day 100 (on time), on day 141 (late), late with an exception;
    // February: one on time; a draft requested on 1 October 2025 is past its deadline (18 February) and not issued.
    private static readonly TwentyWeekRecord[] Plans =
    [
        new(North, new DateOnly(2025, 10, 20), new DateOnly(2026, 3, 9), false),
        new(North, new DateOnly(2025, 12, 1), new DateOnly(2026, 3, 11), false),
        new(South, new DateOnly(2025, 10, 20), new DateOnly(2026, 3, 10), false),
        new(South, new DateOnly(2025, 10, 1), new DateOnly(2026, 3, 31), true),
        new(North, new DateOnly(2025, 10, 1), new DateOnly(2026, 2, 2), false),
        new(South, new DateOnly(2025, 10, 1), null, false),
        new(North, new DateOnly(2026, 2, 1), null, false),
    ];

    // Meeting 2 March: decided 30 March (day 28, on time) to amend, amended plan issued 25 May (day 56, on time, May);
    // meeting 2 March decided 31 March (day 29, late); meeting 1 January decided 26 January (January).
    private static readonly ReviewRecord[] Reviews =
    [
        new(North, new DateOnly(2026, 3, 2), ReviewDecision.Amend, new DateOnly(2026, 3, 30), new DateOnly(2026, 5, 25)),
        new(South, new DateOnly(2026, 3, 2), ReviewDecision.Maintain, new DateOnly(2026, 3, 31), null),
        new(North, new DateOnly(2026, 1, 1), ReviewDecision.Maintain, new DateOnly(2026, 1, 26), null),
        new(South, new DateOnly(2026, 3, 20), null, null, null),
    ];

    // Advice due in March 2026: North's in on 9 March for the 10th (on time); South's in on 25 March for the 20th (late);
    // South's due 5 March never came (late); North's review advice due 31 March is still open on the 31st (not counted).
    // Advice due in April, on time, falls outside March.
    private static readonly AdviceRecord[] Advice =
    [
        new(North, PlanKind.New, Dates("2026-01-27", "2026-03-10", "2026-03-09")),
        new(South, PlanKind.New, Dates("2026-02-06", "2026-03-20", "2026-03-25")),
        new(South, PlanKind.New, Dates("2026-01-22", "2026-03-05", null)),
        new(North, PlanKind.Amended, Dates("2026-02-17", "2026-03-31", null)),
        new(North, PlanKind.New, Dates("2026-03-01", "2026-04-12", "2026-04-01")),
    ];

    private static EhcpQa.Domain.Advice.AdviceDates Dates(string requested, string due, string? received) =>
        new(EhcpQa.Domain.Staff.Agency.Health, "Paediatrics", Day(requested), Day(due), received is null ? null : Day(received));

    private static DateOnly Day(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AdviceDueInTheMonth_IsCountedOnTimeOrLate_OnceItsOutcomeIsKnown()
    {
        var march = new DashboardFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), AssuranceLevel.SignOff);

        var all = Compute(march);

        Assert.Equal(new DeadlineCounts(OnTime: 1, Late: 2), all.Period.Advice);
        Assert.Equal([("North", new DeadlineCounts(1, 0)), ("South", new DeadlineCounts(0, 2))], all.ByLocality.Select(r => (r.Label, r.Counts.Advice)));
        Assert.Equal(new DeadlineCounts(1, 2), all.Trend.Single(m => m.Month == new DateOnly(2026, 3, 1)).Counts.Advice);
        Assert.Equal(new DeadlineCounts(1, 0), Compute(march with { FromMonth = new DateOnly(2026, 4, 1), ToMonth = new DateOnly(2026, 4, 1) }).Period.Advice);
        Assert.Equal(new DeadlineCounts(0, 0), Compute(march with { Kind = PlanKind.Amended }).Period.Advice);
        Assert.Equal(new DeadlineCounts(1, 2), Compute(march with { Kind = PlanKind.New }).Period.Advice);
    }

    private static global::EhcpQa.Domain.Dashboards.Timeliness Compute(DashboardFilter filter) =>
        global::EhcpQa.Domain.Dashboards.Timeliness.Compute(Plans, Reviews, Advice, filter, Localities, new DateOnly(2026, 6, 15));

    [Fact]
    public void TheMonth_CountsEachPlanIssuedInIt_ByTheTwentyWeekRule()
    {
        var march = Compute(new DashboardFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), AssuranceLevel.SignOff));

        Assert.Equal(new TwentyWeekCounts(OnTime: 2, Late: 1, LateWithException: 1), march.Period.TwentyWeeks);
        Assert.Equal(3, march.Period.TwentyWeeks.RateBase);
        Assert.Equal(4, march.Period.TwentyWeeks.Issued);
        Assert.Equal(new DeadlineCounts(OnTime: 1, Late: 1), march.Period.Decisions);
        Assert.Equal(new DeadlineCounts(0, 0), march.Period.Amendments);
        Assert.Equal(new DateOnly(2026, 3, 31), march.AsOf);
        Assert.Equal(1, march.OverdueAtEnd);
    }

    [Fact]
    public void TheAmendedPlan_CountsInTheMonthItWasIssued()
    {
        var may = Compute(new DashboardFilter(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1), AssuranceLevel.SignOff));

        Assert.Equal(new DeadlineCounts(OnTime: 1, Late: 0), may.Period.Amendments);
        Assert.Equal(new TwentyWeekCounts(0, 0, 0), may.Period.TwentyWeeks);
        Assert.Equal(new DeadlineCounts(0, 0), may.Period.Decisions);
    }

    [Fact]
    public void ThePlanRequestedInFebruary_IsOverdueOnlyOnceItsDeadlinePasses()
    {
        var june = Compute(new DashboardFilter(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1), AssuranceLevel.SignOff));

        // Requested 1 February: due 21 June, so on 15 June (today) it is still open; the October draft is overdue.
        Assert.Equal(new DateOnly(2026, 6, 15), june.AsOf);
        Assert.Equal(1, june.OverdueAtEnd);
    }

    [Fact]
    public void TheTrend_HasTwelveMonths_AndItsMonthsAddUpToThePeriod()
    {
        var quarter = Compute(new DashboardFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1), AssuranceLevel.SignOff));

        Assert.Equal(12, quarter.Trend.Count);
        Assert.Equal(new DateOnly(2025, 4, 1), quarter.Trend[0].Month);
        var months = quarter.Trend.TakeLast(3).Select(m => m.Counts).ToList();
        Assert.Equal(new TwentyWeekCounts(0, 0, 0), months[0].TwentyWeeks);
        Assert.Equal(new DeadlineCounts(1, 0), months[0].Decisions);
        Assert.Equal(new TwentyWeekCounts(1, 0, 0), months[1].TwentyWeeks);
        Assert.Equal(new TwentyWeekCounts(2, 1, 1), months[2].TwentyWeeks);
        Assert.Equal(new TwentyWeekCounts(3, 1, 1), quarter.Period.TwentyWeeks);
        Assert.Equal(new DeadlineCounts(2, 1), quarter.Period.Decisions);
    }

    [Fact]
    public void TheCuts_SplitThePeriod_AndALocalityFilter_KeepsOnlyItsPlans()
    {
        var march = Compute(new DashboardFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), AssuranceLevel.SignOff));

        Assert.Equal(["North", "South"], march.ByLocality.Select(r => r.Label));
        Assert.Equal(new TwentyWeekCounts(2, 0, 0), march.ByLocality[0].Counts.TwentyWeeks);
        Assert.Equal(new TwentyWeekCounts(0, 1, 1), march.ByLocality[1].Counts.TwentyWeeks);
        Assert.Equal(new DeadlineCounts(0, 1), march.ByLocality[1].Counts.Decisions);
        Assert.Equal(march.Period.TwentyWeeks.Issued, march.BySetting.Sum(r => r.Counts.TwentyWeeks.Issued));

        var south = Compute(new DashboardFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), AssuranceLevel.SignOff, LocalityId: 2));
        Assert.Equal(new TwentyWeekCounts(0, 1, 1), south.Period.TwentyWeeks);
        Assert.Equal(new DeadlineCounts(0, 1), south.Period.Decisions);
        Assert.Equal(1, south.OverdueAtEnd);
    }

    [Fact]
    public void NewOrAmendedPlansAlone_ShowOnlyTheFiguresOfThatKind()
    {
        var newPlans = Compute(new DashboardFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), AssuranceLevel.SignOff, Kind: PlanKind.New));
        var amended = Compute(new DashboardFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), AssuranceLevel.SignOff, Kind: PlanKind.Amended));

        Assert.True(newPlans.ShowsTwentyWeeks);
        Assert.False(newPlans.ShowsReviews);
        Assert.Equal(new DeadlineCounts(0, 0), newPlans.Period.Decisions);
        Assert.False(amended.ShowsTwentyWeeks);
        Assert.Equal(new TwentyWeekCounts(0, 0, 0), amended.Period.TwentyWeeks);
        Assert.Equal(new DeadlineCounts(1, 1), amended.Period.Decisions);
    }
}
