using System.Linq.Expressions;

namespace EhcpQa.Domain.Plans;

/// <summary>
/// Where a plan is in its writing, as its caseworker and the register see it: no draft sent yet, a draft with
/// the sign-off team, a draft returned to be revised, or issued. The first three are the plan's live work, for a new
/// plan or for an amendment after an annual review.
/// </summary>
public enum PlanProgress
{
    /// <summary>A draft plan whose caseworker has not yet sent a draft for sign-off.</summary>
    NotSent = 1,

    /// <summary>A draft plan whose current draft is with the sign-off team.</summary>
    WithSignOff,

    /// <summary>A draft plan whose current draft was returned to its caseworker to revise.</summary>
    Returned,

    /// <summary>Issued as final (or amended since), and no amendment being drafted: nothing more to write until a review decides to amend it.</summary>
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

    /// <summary>Live work: a plan being drafted, new or amended after an annual review (its draft not yet signed off).</summary>
    public static Expression<Func<Plan, bool>> Live { get; } = Plan.BeingDrafted;

    /// <summary>
    /// A plan that waits for its caseworker: being drafted, and no draft of it with the sign-off team (none sent yet, or
    /// the last one returned). Only one draft is with the sign-off team at a time, and a signed-off draft issues the plan
    /// (or its amendment), so a plan being drafted with no open draft has none sent or its last one returned.
    /// </summary>
    public static Expression<Func<Plan, bool>> WaitingForItsCaseworker { get; } =
        p => (p.Stage == PlanStage.Draft || p.Reviews.Any(r => r.Decision == ReviewDecision.Amend && r.AmendedPlanIssuedOn == null))
            && !p.Versions.Any(v => v.Status != DraftStatus.Returned && v.Status != DraftStatus.SignedOff && v.Status != DraftStatus.BroughtIn);

    /// <summary>The plans at <paramref name="progress"/>, as a filter the database can run.</summary>
    public static Expression<Func<Plan, bool>> Is(PlanProgress progress) => progress switch
    {
        PlanProgress.NotSent => p => (p.Stage == PlanStage.Draft || p.Reviews.Any(r => r.Decision == ReviewDecision.Amend && r.AmendedPlanIssuedOn == null))
            && !p.Versions.Any(v => v.Status != DraftStatus.Returned && v.Status != DraftStatus.SignedOff && v.Status != DraftStatus.BroughtIn)
            && p.Versions.OrderByDescending(v => v.Number).Select(v => (DraftStatus?)v.Status).FirstOrDefault() != DraftStatus.Returned,
        PlanProgress.WithSignOff => p => p.Versions.Any(v => v.Status != DraftStatus.Returned && v.Status != DraftStatus.SignedOff && v.Status != DraftStatus.BroughtIn),
        PlanProgress.Returned => p => (p.Stage == PlanStage.Draft || p.Reviews.Any(r => r.Decision == ReviewDecision.Amend && r.AmendedPlanIssuedOn == null))
            && p.Versions.OrderByDescending(v => v.Number).Select(v => (DraftStatus?)v.Status).FirstOrDefault() == DraftStatus.Returned,
        PlanProgress.Issued => p => p.Stage != PlanStage.Draft && !p.Reviews.Any(r => r.Decision == ReviewDecision.Amend && r.AmendedPlanIssuedOn == null),
        _ => throw new ArgumentOutOfRangeException(nameof(progress), progress, "Not a point in a plan's writing."),
    };
}
