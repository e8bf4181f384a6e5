using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Timeliness;

/// <summary>
/// A lawful exception to the 20-week timescale is recorded with its reason, a short note, who and when; it can be
/// changed or removed, and the plan's history keeps each.
/// </summary>
public class TwentyWeekExceptionRecording
{
    private static readonly DateTimeOffset Later = PlanData.Now.AddDays(10);

    [Fact]
    public void Recorded_KeepsTheReasonNoteWhoAndWhen_AndTurnsLateIntoLateWithException()
    {
        var plan = Plan.Register(PlanData.Details(), PlanStage.Final, PlanData.RegisteredBy, PlanData.Now.AddMonths(6), new DateOnly(2026, 6, 1));

        plan.RecordTwentyWeekException(TwentyWeekExceptionReason.SchoolOrCollegeClosed, "  Asked in the Easter holidays.  ", "caseworker-1", Later);

        var exception = plan.TwentyWeekException!;
        Assert.Equal((TwentyWeekExceptionReason.SchoolOrCollegeClosed, "Asked in the Easter holidays.", "caseworker-1", Later),
            (exception.Reason, exception.Note, exception.RecordedById, exception.RecordedAt));
        Assert.Equal(TwentyWeekOutcome.LateWithException, plan.TwentyWeekOutcomeOn(new DateOnly(2026, 9, 1)));
        var entry = plan.Events[^1];
        Assert.Equal((PlanEventKind.TwentyWeekExceptionRecorded, "caseworker-1", Later), (entry.Kind, entry.ActorId, entry.At));
        Assert.Contains("School or college closed for holidays", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Easter", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Removed_LeavesNone_AndTheHistorySaysWhoAndWhen()
    {
        var plan = PlanData.Register();
        plan.RecordTwentyWeekException(TwentyWeekExceptionReason.MissedAppointment, "Missed the EP appointment on 3 February.", "caseworker-1", Later);

        plan.RemoveTwentyWeekException("manager-1", Later.AddHours(2));

        Assert.Null(plan.TwentyWeekException);
        var entry = plan.Events[^1];
        Assert.Equal((PlanEventKind.TwentyWeekExceptionRemoved, "manager-1", Later.AddHours(2)), (entry.Kind, entry.ActorId, entry.At));
        Assert.Equal([PlanEventKind.TwentyWeekExceptionRecorded, PlanEventKind.TwentyWeekExceptionRemoved], plan.Events.Skip(1).Select(e => e.Kind));
    }

    [Fact]
    public void RecordedAgain_ReplacesTheOneBefore()
    {
        var plan = PlanData.Register();
        plan.RecordTwentyWeekException(TwentyWeekExceptionReason.MissedAppointment, "First.", "caseworker-1", Later);

        plan.RecordTwentyWeekException(TwentyWeekExceptionReason.AwayFromTheArea, "Away for six weeks.", "manager-1", Later.AddDays(1));

        Assert.Equal(TwentyWeekExceptionReason.AwayFromTheArea, plan.TwentyWeekException!.Reason);
        Assert.Equal("manager-1", plan.TwentyWeekException.RecordedById);
        Assert.Contains("changed", plan.Events[^1].Detail, StringComparison.Ordinal);
    }
}
