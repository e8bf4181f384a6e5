using System.Linq.Expressions;

namespace EhcpQa.Domain.Plans;

/// <summary>
/// The 20-week timescale from request to final plan: where the plan stands against it (<see cref="TwentyWeeks"/>),
/// and a lawful exception to it recorded or removed, each kept in the plan's history.
/// </summary>
public sealed partial class Plan
{
    /// <summary>The lawful exception to the 20-week timescale recorded on the plan; null when none is.</summary>
    public TwentyWeekException? TwentyWeekException { get; private set; }

    /// <summary>
    /// Whether the plan counts in the 20-week figure: a new plan (drafted or issued), or one amended after an annual
    /// review in the service (counted by its first issue). A plan the register gives as amended is left out: its issue
    /// date may be its amendment's, not the new plan's.
    /// </summary>
    public bool CountsInTwentyWeeks => Stage != PlanStage.Amended || AmendedOn is not null;

    /// <summary><see cref="CountsInTwentyWeeks"/> as a filter the database can run.</summary>
    public static Expression<Func<Plan, bool>> InTwentyWeekFigure { get; } = p => p.Stage != PlanStage.Amended || p.AmendedOn != null;

    /// <summary>
    /// Where the plan stands against its 20-week timescale on <paramref name="today"/>; null when it is not in the figure,
    /// or was registered as issued without its issue date (so whether it was on time is not known).
    /// </summary>
    public TwentyWeekOutcome? TwentyWeekOutcomeOn(DateOnly today) =>
        CountsInTwentyWeeks && (Stage == PlanStage.Draft || IssuedOn is not null)
            ? TwentyWeeks.OutcomeOf(StatutoryDeadline, IssuedOn, TwentyWeekException is not null, today)
            : null;

    /// <summary>What stops a lawful exception being recorded as given, by field (empty when it may be).</summary>
    public IEnumerable<Problem> TwentyWeekExceptionProblems(TwentyWeekExceptionReason? reason, string? note) =>
        CountsInTwentyWeeks
            ? TwentyWeekException.Problems(reason, note)
            : [Problem.General($"Plan {Reference} is given as amended by the register: the 20-week timescale is of new plans")];

    /// <summary>
    /// Records a lawful exception to the 20-week timescale (in place of any recorded before), with a short note of what
    /// happened; the history says who recorded it, when, and the reason. Refused without a reason or note, with a note
    /// too long, or for a plan not in the 20-week figure.
    /// </summary>
    public void RecordTwentyWeekException(TwentyWeekExceptionReason? reason, string? note, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(TwentyWeekExceptionProblems(reason, note));
        var replaced = TwentyWeekException is not null;
        TwentyWeekException = new TwentyWeekException(reason!.Value, note!.Trim(), byUserId, at);
        Touch(byUserId, at);
        _events.Add(new PlanEvent(PlanEventKind.TwentyWeekExceptionRecorded, null, byUserId, at,
            $"Exception to the 20-week timescale {(replaced ? "changed" : "recorded")}: {reason.Value.Name()}"));
    }

    /// <summary>Removes the recorded exception; the history says who removed it and when. Refused when none is recorded.</summary>
    public void RemoveTwentyWeekException(string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (TwentyWeekException is not { } recorded)
        {
            throw new DomainRuleException($"Plan {Reference} has no exception to the 20-week timescale recorded.");
        }

        TwentyWeekException = null;
        Touch(byUserId, at);
        _events.Add(new PlanEvent(PlanEventKind.TwentyWeekExceptionRemoved, null, byUserId, at,
            $"Exception to the 20-week timescale removed (it was: {recorded.Reason.Name()})"));
    }
}
