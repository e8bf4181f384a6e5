using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>
/// New officers are fully moderated until they have been in post N months, or until their last K grades reach the bar,
/// whichever comes first; the rule says who is on it and why.
/// </summary>
public class NewOfficersOnTheRule
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData("2026-07-07", 5)]
    [InlineData("2026-07-08", 4)]
    [InlineData("2026-01-31", 10)]
    [InlineData("2026-12-07", 0)]
    [InlineData("2025-12-07", 12)]
    public void MonthsInPost_CountWholeMonths(string since, int months) =>
        Assert.Equal(months, NewOfficerRule.MonthsBetween(DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void AMonthToTheLastDayOfAShorterMonth_IsWhole() =>
        Assert.Equal(1, NewOfficerRule.MonthsBetween(new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28)));

    [Fact]
    public void ByMonths_ACaseworkerInPostFewerMonths_IsOnIt_AndOneLongerIsNot()
    {
        var rule = new NewOfficerRule(InPostMonths: 6, LastGradesAtBar: null);

        var recent = rule.StandingOf(new DateOnly(2026, 9, 1), [], Today);
        var longer = rule.StandingOf(new DateOnly(2026, 3, 1), [true], Today);

        Assert.True(recent.OnTheRule);
        Assert.Equal("In post since 1 September 2026: 3 months of 6.", recent.Why);
        Assert.False(longer.OnTheRule);
        Assert.Equal("In post since 1 March 2026: 9 months, the rule ends at 6.", longer.Why);
    }

    [Fact]
    public void ByMonths_ACaseworkerWithNoStartDate_IsNotOnIt_AndTheRuleSaysWhy()
    {
        var standing = new NewOfficerRule(6, null).StandingOf(null, [], Today);

        Assert.False(standing.OnTheRule);
        Assert.Equal("No start date in post is recorded.", standing.Why);
    }

    [Fact]
    public void ByGrades_ACaseworkerStaysOnItUntilTheLastKAllReachTheBar()
    {
        var rule = new NewOfficerRule(null, LastGradesAtBar: 3);

        var tooFew = rule.StandingOf(null, [true, true], Today);
        var oneBelow = rule.StandingOf(null, [true, false, true, true], Today);
        var consistent = rule.StandingOf(null, [true, true, true, false], Today);

        Assert.Equal((true, "2 grades so far, 3 needed at the bar."), (tooFew.OnTheRule, tooFew.Why));
        Assert.Equal((true, "2 of the last 3 grades reached the bar."), (oneBelow.OnTheRule, oneBelow.Why));
        Assert.Equal((false, "The last 3 grades all reached the bar."), (consistent.OnTheRule, consistent.Why));
    }

    [Fact]
    public void WithBoth_TheFirstToBeMetTakesTheCaseworkerOff()
    {
        var rule = new NewOfficerRule(InPostMonths: 6, LastGradesAtBar: 2);

        Assert.True(rule.StandingOf(new DateOnly(2026, 10, 1), [false, true], Today).OnTheRule);
        Assert.False(rule.StandingOf(new DateOnly(2026, 10, 1), [true, true], Today).OnTheRule);
        Assert.False(rule.StandingOf(new DateOnly(2026, 1, 1), [false], Today).OnTheRule);
        Assert.True(rule.StandingOf(null, [false], Today).OnTheRule);
    }

    [Fact]
    public void NoRule_PutsNobodyOnIt() =>
        Assert.False(NewOfficerRule.None.StandingOf(Today, [], Today).OnTheRule);

    [Theory]
    [InlineData(0, null, "InPostMonths")]
    [InlineData(61, null, "InPostMonths")]
    [InlineData(null, 0, "LastGradesAtBar")]
    [InlineData(null, 21, "LastGradesAtBar")]
    public void NumbersOutOfRange_AreRefused(int? months, int? grades, string field) =>
        Assert.Equal(field, Assert.Single(new NewOfficerRule(months, grades).Problems()).Field);
}
