using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Families;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Families;

/// <summary>
/// Families' views on the dashboard, from a hand-checked set: links sent in the period (each counted in the month it was
/// sent, with its answers whenever they came), responses, the response rate, the mean of each rating question, the
/// 12-month trend and the locality cut, small numbers suppressed in cuts.
/// </summary>
public class FamilyViewsFigures
{
    private static readonly TimelinessPlan North = new(1, new DateOnly(2015, 1, 1), NeedType.Autism, SettingType.Mainstream);
    private static readonly TimelinessPlan South = new(2, new DateOnly(2015, 1, 1), NeedType.Autism, SettingType.Mainstream);
    private static readonly IReadOnlyList<RatingQuestion> Questions = FamilyViews.RatingQuestions(Surveys.Form);
    private static readonly DashboardFilter Autumn = new(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), AssuranceLevel.SignOff);
    private static readonly Dictionary<int, string> Localities = new() { [1] = "North", [2] = "South" };

    private static SurveyRecord Sent(TimelinessPlan plan, string on, string? clear = null, string? difference = null, bool answered = true) =>
        new(plan, SurveyOccasion.PlanIssued, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), answered,
            new[] { ("clear", "plan", clear), ("difference", "whole", difference) }
                .Where(a => a.Item3 is not null).Select(a => new SurveyAnswer(a.Item2, a.Item1, a.Item3!)).ToList());

    private static readonly SurveyRecord[] Records =
    [
        Sent(North, "2026-09-03", clear: "4", difference: "5"),
        Sent(North, "2026-09-20", clear: "2"),
        Sent(North, "2026-10-02", answered: false),
        Sent(South, "2026-10-10", clear: "3", difference: "1"),
        Sent(South, "2026-10-11", answered: false),
        Sent(South, "2026-08-30", clear: "1", difference: "1"),
        Sent(South, "2025-10-31", clear: "5"),
    ];

    [Fact]
    public void ThePeriod_CountsLinksSentInIt_WithTheirResponsesAndMeans()
    {
        var views = FamilyViews.Compute(Records, Questions, Autumn, Localities);

        Assert.Equal((5, 3, 5), (views.Period.Sent, views.Period.Responses, views.Period.Ratings));
        Assert.Equal("60%", views.Period.ResponseRate(Suppression.None));
        Assert.Equal("3.0", views.Period.Mean(Suppression.None));
        Assert.Equal(["The plan is clear.", "The plan will make a difference."], views.Means.Select(m => m.Question.Text));
        Assert.Equal([(3, 3.0), (2, 3.0)], views.Means.Select(m => (m.Answers, m.Mean!.Value)));
    }

    [Fact]
    public void TheTrend_IsTwelveMonthsEndingWithThePeriod_EachLinkInItsMonth()
    {
        var views = FamilyViews.Compute(Records, Questions, Autumn, Localities);

        Assert.Equal(12, views.Trend.Count);
        Assert.Equal(new DateOnly(2025, 11, 1), views.Trend[0].Month);
        var byMonth = views.Trend.ToDictionary(m => m.Month.Month, m => (m.Counts.Sent, m.Counts.Responses));
        Assert.Equal((1, 1), byMonth[8]);
        Assert.Equal((2, 2), byMonth[9]);
        Assert.Equal((3, 1), byMonth[10]);
        Assert.Equal(6, views.Trend.Sum(m => m.Counts.Sent));
    }

    [Fact]
    public void ByLocality_EveryLocalityIsListed_AndSmallNumbersAreHiddenInTheCut()
    {
        var views = FamilyViews.Compute(Records, Questions, Autumn, Localities);
        var board = Suppression.ForBoard;

        Assert.Equal(["North", "South"], views.ByLocality.Select(r => r.Label));
        var north = views.ByLocality[0].Counts;
        Assert.Equal((3, 2, 3.7), (north.Sent, north.Responses, Math.Round(north.MeanRating!.Value, 1)));
        Assert.Equal(("fewer than 5", "–", "–"), (board.Count(north.Sent), north.ResponseRate(board), north.Mean(board)));
        Assert.Equal("67%", north.ResponseRate(Suppression.None));
    }

    [Fact]
    public void ALocalityChosen_CountsItsPlansOnly()
    {
        var views = FamilyViews.Compute(Records, Questions, Autumn with { LocalityId = 2 }, Localities);

        Assert.Equal((2, 1, "2.0"), (views.Period.Sent, views.Period.Responses, views.Period.Mean(Suppression.None)));
    }
}
