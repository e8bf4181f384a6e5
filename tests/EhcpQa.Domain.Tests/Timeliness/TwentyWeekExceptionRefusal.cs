using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Timeliness;

/// <summary>An exception without a reason or a note, with a note too long, or on a plan outside the 20-week figure, is refused and nothing changes.</summary>
public class TwentyWeekExceptionRefusal
{
    private static readonly DateTimeOffset Later = PlanData.Now.AddDays(10);

    [Fact]
    public void NoReasonAndNoNote_AreRefused_NamingEachField()
    {
        var plan = PlanData.Register();

        var refused = Assert.Throws<DomainRuleException>(() => plan.RecordTwentyWeekException(null, "  ", "caseworker-1", Later));

        Assert.Equal(
            [new Problem("Reason", "Select the reason the 20-week timescale did not apply"), new Problem("Note", "Enter a short note of what happened")],
            refused.Problems);
        Assert.Null(plan.TwentyWeekException);
        Assert.Single(plan.Events);
    }

    [Fact]
    public void AReasonNotInTheList_IsRefused()
    {
        var problems = TwentyWeekException.Problems((TwentyWeekExceptionReason)99, "A note.").ToList();

        Assert.Equal([new Problem("Reason", "Select the reason the 20-week timescale did not apply")], problems);
    }

    [Fact]
    public void ANoteTooLong_IsRefused_AndOneAtTheLimit_IsNot()
    {
        Assert.Empty(TwentyWeekException.Problems(TwentyWeekExceptionReason.AwayFromTheArea, new string('a', TwentyWeekException.NoteMaxLength)));
        Assert.Equal(
            [new Problem("Note", $"The note must be {TwentyWeekException.NoteMaxLength} characters or fewer")],
            TwentyWeekException.Problems(TwentyWeekExceptionReason.AwayFromTheArea, new string('a', TwentyWeekException.NoteMaxLength + 1)));
    }

    [Fact]
    public void APlanTheRegisterGivesAsAmended_IsRefused()
    {
        var plan = Plan.Register(PlanData.Details(), PlanStage.Amended, PlanData.RegisteredBy, PlanData.Now.AddMonths(6), new DateOnly(2026, 6, 1));

        var refused = Assert.Throws<DomainRuleException>(() =>
            plan.RecordTwentyWeekException(TwentyWeekExceptionReason.AwayFromTheArea, "Away.", "caseworker-1", Later));

        Assert.Contains("20-week timescale is of new plans", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovingWhenNoneIsRecorded_IsRefused()
    {
        var plan = PlanData.Register();

        Assert.Throws<DomainRuleException>(() => plan.RemoveTwentyWeekException("caseworker-1", Later));
        Assert.Single(plan.Events);
    }
}
