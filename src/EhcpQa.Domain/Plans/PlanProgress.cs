using System.Linq.Expressions;

namespace EhcpQa.Domain.Plans;

/// <summary>
/// Where a plan is in its writing, as its caseworker and the register see it: no draft sent yet, a draft with
/// the sign-off team, a draft returned to be revised, or issued. The first three are the plan's live work.
/// </summary>
public enum PlanProgress
{
    /// <summary>A draft plan whose caseworker has not yet sent a draft for sign-off.</summary>
    NotSent = 1,

    /// <summary>A draft plan whose current draft is with the sign-off team.</summary>
    WithSignOff,

    /// <summary>A draft plan whose current draft was returned to its caseworker to revise.</summary>
    Returned,

    /// <summary>Issued as final (or amended since): nothing more to write until a review.</summary>
    Issued,
}

public static class PlanProgresses
{
    public static string Name(this PlanProgress progress) => progress switch
    {
        PlanProgress.NotSent => "Not sent for sign-off",
        PlanProgress.WithSignOff => "Waiting for sign-off",
        PlanProgress.Returned => "Returned to the caseworker",
        PlanProgress.Issued => "Issued",
        _ => progress.ToString(),
    };

    /// <summary>Live work: a plan not yet issued (its draft not yet signed off).</summary>
    public static Expression<Func<Plan, bool>> Live { get; } = p => p.Stage == PlanStage.Draft;

    /// <summary>
    /// A plan that waits for its caseworker: not yet issued, and no draft of it with the sign-off team (none
    /// sent yet, or the last one returned). Only one draft is with the sign-off team at a time, and a signed-off
    /// draft issues the plan, so a draft plan with no open draft has none sent or its last one returned.
    /// </summary>
    public static Expression<Func<Plan, bool>> WaitingForItsCaseworker { get; } =
        p => p.Stage == PlanStage.Draft && !p.Versions.Any(v => v.Status != DraftStatus.Returned && v.Status != DraftStatus.SignedOff);

    /// <summary>The plans at <paramref name="progress"/>, as a filter the database can run.</summary>
    public static Expression<Func<Plan, bool>> Is(PlanProgress progress) => progress switch
    {
        PlanProgress.NotSent => p => p.Stage == PlanStage.Draft && !p.Versions.Any(),
        PlanProgress.WithSignOff => p => p.Stage == PlanStage.Draft && p.Versions.Any(v => v.Status != DraftStatus.Returned && v.Status != DraftStatus.SignedOff),
        PlanProgress.Returned => p => p.Stage == PlanStage.Draft && p.Versions.Any()
            && !p.Versions.Any(v => v.Status != DraftStatus.Returned && v.Status != DraftStatus.SignedOff),
        PlanProgress.Issued => p => p.Stage != PlanStage.Draft,
        _ => throw new ArgumentOutOfRangeException(nameof(progress), progress, "Not a point in a plan's writing."),
    };
}
