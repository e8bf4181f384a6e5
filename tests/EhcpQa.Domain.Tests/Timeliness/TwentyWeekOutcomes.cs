using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Timeliness;

/// <summary>
/// Where a plan stands against its 20-week timescale: day 140 from the request is the last day on time, whatever the
/// lengths of the months between or a leap day; an exception matters only when the plan was late.
/// </summary>
public class TwentyWeekOutcomes
{
    [Theory]
    [InlineData("2026-01-05", "2026-05-25")] // 31, 28, 31, 30 days
    [InlineData("2023-10-02", "2024-02-19")] // across a leap year's February, before its leap day
    [InlineData("2024-01-15", "2024-06-03")] // 29 February 2024 falls between
    [InlineData("2025-01-15", "2025-06-04")] // the same dates a year on: no leap day, so the deadline is a day later
    [InlineData("2026-09-30", "2027-02-17")] // across the year's end
    public void IssuedOnDay140_IsOnTime_AndOnDay141_IsLate(string request, string lastDay)
    {
        var deadline = StatutoryTimescale.DeadlineFor(Dates.Parse(request));
        Assert.Equal(Dates.Parse(lastDay), deadline);
        Assert.Equal(140, deadline.DayNumber - Dates.Parse(request).DayNumber);

        Assert.Equal(TwentyWeekOutcome.OnTime, TwentyWeeks.OutcomeOf(deadline, deadline, hasException: false, deadline.AddDays(30)));
        Assert.Equal(TwentyWeekOutcome.Late, TwentyWeeks.OutcomeOf(deadline, deadline.AddDays(1), hasException: false, deadline.AddDays(30)));
    }

    [Fact]
    public void IssuedLate_WithAnException_IsLateWithException_AndOnTime_StaysOnTime()
    {
        var deadline = new DateOnly(2026, 5, 25);

        Assert.Equal(TwentyWeekOutcome.LateWithException, TwentyWeeks.OutcomeOf(deadline, deadline.AddDays(1), hasException: true, deadline.AddDays(9)));
        Assert.Equal(TwentyWeekOutcome.OnTime, TwentyWeeks.OutcomeOf(deadline, deadline, hasException: true, deadline.AddDays(9)));
    }

    [Fact]
    public void NotIssued_IsOpen_UpToTheDeadline_AndOverdueTheDayAfter()
    {
        var deadline = new DateOnly(2024, 2, 29);

        Assert.Equal(TwentyWeekOutcome.Open, TwentyWeeks.OutcomeOf(deadline, null, hasException: false, deadline));
        Assert.Equal(TwentyWeekOutcome.Overdue, TwentyWeeks.OutcomeOf(deadline, null, hasException: false, new DateOnly(2024, 3, 1)));
        Assert.Equal(TwentyWeekOutcome.Overdue, TwentyWeeks.OutcomeOf(deadline, null, hasException: true, new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void IssuedAfterTheDayLookedAt_IsNotYetIssuedThen()
    {
        var deadline = new DateOnly(2026, 5, 25);

        Assert.Equal(TwentyWeekOutcome.Overdue, TwentyWeeks.OutcomeOf(deadline, new DateOnly(2026, 6, 10), hasException: false, new DateOnly(2026, 5, 31)));
        Assert.Equal(TwentyWeekOutcome.Open, TwentyWeeks.OutcomeOf(deadline, new DateOnly(2026, 5, 20), hasException: false, new DateOnly(2026, 5, 19)));
    }

    [Fact]
    public void APlan_AsksTheSameRule_ThroughItsDeadline()
    {
        var plan = PlanData.Register(stage: PlanStage.Draft);

        Assert.Equal(new DateOnly(2026, 5, 25), plan.StatutoryDeadline);
        Assert.Equal(TwentyWeekOutcome.Open, plan.TwentyWeekOutcomeOn(new DateOnly(2026, 5, 25)));
        Assert.Equal(TwentyWeekOutcome.Overdue, plan.TwentyWeekOutcomeOn(new DateOnly(2026, 5, 26)));
    }

    [Fact]
    public void APlanTheRegisterGivesAsAmended_IsNotInTheTwentyWeekFigure()
    {
        var amended = Plan.Register(PlanData.Details(), PlanStage.Amended, PlanData.RegisteredBy, PlanData.Now.AddMonths(6), new DateOnly(2026, 6, 1));
        var final = Plan.Register(PlanData.Details(), PlanStage.Final, PlanData.RegisteredBy, PlanData.Now.AddMonths(6), new DateOnly(2026, 6, 1));

        Assert.Null(amended.TwentyWeekOutcomeOn(new DateOnly(2026, 9, 1)));
        Assert.False(amended.CountsInTwentyWeeks);
        Assert.Equal(TwentyWeekOutcome.Late, final.TwentyWeekOutcomeOn(new DateOnly(2026, 9, 1)));
        Assert.False(Plan.InTwentyWeekFigure.Compile()(amended));
        Assert.True(Plan.InTwentyWeekFigure.Compile()(final));
    }

    [Fact]
    public void APlanRegisteredAsIssued_WithoutItsIssueDate_HasNoOutcome()
    {
        var plan = Plan.Register(PlanData.Details(), PlanStage.Final, PlanData.RegisteredBy, PlanData.Now.AddMonths(6));

        Assert.Null(plan.TwentyWeekOutcomeOn(new DateOnly(2026, 9, 1)));
    }
}
