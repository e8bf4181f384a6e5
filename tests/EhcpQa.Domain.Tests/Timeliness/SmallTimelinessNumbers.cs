using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Timeliness;

/// <summary>
/// The board's suppression hides small timeliness counts in a cut, and any share made from them, as it does the quality
/// figures; the whole authority's are shown in full.
/// </summary>
public class SmallTimelinessNumbers
{
    [Fact]
    public void InACut_SmallCounts_AndTheShareMadeFromThem_AreHiddenFromTheBoard()
    {
        var plan = new TimelinessPlan(1, new DateOnly(2016, 5, 14), NeedType.Autism, SettingType.Mainstream);

        // Requested 1 October 2025, due 18 February 2026: issued 15 to 18 February on time, 19 to 21 late, the last with an exception.
        var records = Enumerable.Range(0, 7)
            .Select(i => new TwentyWeekRecord(plan, new DateOnly(2025, 10, 1), new DateOnly(2026, 2, 15 + i), HasException: i == 6))
            .ToList();
        var figures = global::EhcpQa.Domain.Dashboards.Timeliness.Compute(records, [], [], new DashboardFilter(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1), AssuranceLevel.SignOff),
            new Dictionary<int, string> { [1] = "North" }, new DateOnly(2026, 6, 1));
        var north = figures.ByLocality.Single().Counts.TwentyWeeks;
        var cut = Suppression.ForBoard.For(FigureScope.Cut);
        var whole = Suppression.ForBoard.For(figures.Filter.Scope);

        Assert.Equal(new TwentyWeekCounts(OnTime: 4, Late: 2, LateWithException: 1), north);
        Assert.Equal("6", cut.Count(north.RateBase));
        Assert.Equal("fewer than 5", cut.Count(north.OnTime));
        Assert.Equal("fewer than 5", cut.Count(north.LateWithException));
        Assert.Equal("–", cut.Share(north.OnTime, north.RateBase));
        Assert.Equal("67%", whole.Share(figures.Period.TwentyWeeks.OnTime, figures.Period.TwentyWeeks.RateBase));
        Assert.Equal("1", whole.Count(figures.Period.TwentyWeeks.LateWithException));
    }
}
