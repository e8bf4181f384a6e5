using System.Linq.Expressions;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Plans;

/// <summary>What a draft in sign-off waits for, and so which list of a person's work it appears in.</summary>
public enum SignOffTask
{
    /// <summary>The sign-off grading: not started, or started by this person and not yet submitted.</summary>
    Grade = 1,

    /// <summary>A second opinion on a draft graded below the bar.</summary>
    SecondOpinion,

    /// <summary>The grade the two graders agreed, to record.</summary>
    AgreedGrade,

    /// <summary>The decision: sign off or return.</summary>
    Decision,
}

/// <summary>
/// A submitted draft as the rule of who it waits for reads it: its plan's locality, caseworker and deadline, and
/// where the draft stands in sign-off with who graded it. Built in a query (<c>new DraftInSignOff { … }</c>) so
/// the database filters by <see cref="SignOffWork.WaitingFor"/>.
/// </summary>
public sealed class DraftInSignOff
{
    public required int PlanId { get; init; }

    public required string Reference { get; init; }

    public required int LocalityId { get; init; }

    public required string CaseworkerId { get; init; }

    public required DateOnly StatutoryDeadline { get; init; }

    public required int VersionNumber { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required DraftStatus Status { get; init; }

    public string? FirstGraderId { get; init; }

    public string? SecondGraderId { get; init; }

    public string? AgreementGraderId { get; init; }
}

/// <summary>
/// Which drafts in sign-off wait for a person: the work lists of the home page ask this one rule. It follows who
/// may act (<see cref="SignOffRules.CanGrade"/>, <see cref="Plan.NextGradingFor"/>) and adds whose turn it is:
/// <list type="bullet">
/// <item>a draft sent and not yet graded waits for the locality managers of its locality (a QA lead may grade it
/// too, but it is not theirs to do);</item>
/// <item>a sign-off grading started waits for the person who started it;</item>
/// <item>a draft graded below the bar waits for a second opinion from anyone who may grade it except its first
/// grader (the locality's managers and the QA leads), until someone starts one, then for them;</item>
/// <item>the agreed grade waits for the two graders, until one of them starts recording it, then for them;</item>
/// <item>a draft ready for a decision waits for its locality's managers and for anyone who graded it.</item>
/// </list>
/// Nobody is ever waited for on a plan they are the caseworker for, nor on one they may no longer grade.
/// </summary>
public static class SignOffWork
{
    /// <summary>The list a draft at <paramref name="status"/> belongs to; null once it has left sign-off.</summary>
    public static SignOffTask? TaskOf(DraftStatus status) => status switch
    {
        DraftStatus.AwaitingSignOff or DraftStatus.BeingGraded => SignOffTask.Grade,
        DraftStatus.AwaitingSecondOpinion => SignOffTask.SecondOpinion,
        DraftStatus.AwaitingAgreement => SignOffTask.AgreedGrade,
        DraftStatus.ReadyForDecision => SignOffTask.Decision,
        _ => null,
    };

    /// <summary>The drafts that wait for <paramref name="actor"/>, as a filter the database can run (the actor's values become parameters).</summary>
    public static Expression<Func<DraftInSignOff, bool>> WaitingFor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var me = new Person(
            actor.UserId,
            actor.IsIn(StaffRole.LocalityManager) ? actor.LocalityId : null,
            actor.IsIn(StaffRole.QaLead));

        return d => d.CaseworkerId != me.UserId
            && (me.IsQaLead || d.LocalityId == me.ManagesLocality)
            && ((d.Status == DraftStatus.AwaitingSignOff && d.LocalityId == me.ManagesLocality)
                || (d.Status == DraftStatus.BeingGraded && d.FirstGraderId == me.UserId)
                || (d.Status == DraftStatus.AwaitingSecondOpinion && d.FirstGraderId != me.UserId
                    && (d.SecondGraderId == null || d.SecondGraderId == me.UserId))
                || (d.Status == DraftStatus.AwaitingAgreement
                    && (d.AgreementGraderId == null
                        ? d.FirstGraderId == me.UserId || d.SecondGraderId == me.UserId
                        : d.AgreementGraderId == me.UserId))
                || (d.Status == DraftStatus.ReadyForDecision
                    && (d.LocalityId == me.ManagesLocality || d.FirstGraderId == me.UserId
                        || d.SecondGraderId == me.UserId || d.AgreementGraderId == me.UserId)));
    }

    /// <summary>The values of the person the rule compares drafts with: the locality they manage, if any.</summary>
    private sealed record Person(string UserId, int? ManagesLocality, bool IsQaLead);
}
