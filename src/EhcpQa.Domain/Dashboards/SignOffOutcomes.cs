using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Dashboards;

/// <summary>One draft whose decisive sign-off grade was given in the period, with what was decided on it since.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="OnTheScheme">Graded on the 1–4 scheme (one of the grades given); else on a form of the authority's own.</param>
/// <param name="Regraded">A resubmission graded again after an earlier return.</param>
/// <param name="Status">The draft's status as the figures are produced.</param>
/// <param name="DaysFromFirstDraftToSignOff">
/// For a draft signed off: days from the first draft of its round (<see cref="SentDraft.FirstOfEachRound"/>) to the sign-off.
/// </param>
public sealed record GradedDraft(int PlanId, bool OnTheScheme, bool Regraded, DraftStatus Status, double? DaysFromFirstDraftToSignOff);

/// <summary>A draft sent for sign-off, as far as timing sign-off goes.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ReviewNumber">The annual review whose amended plan it drafts; null for a draft of the new plan.</param>
/// <param name="Number">The version's number within the plan.</param>
/// <param name="SubmittedAt">When it was sent.</param>
public sealed record SentDraft(int PlanId, int? ReviewNumber, int Number, DateTimeOffset SubmittedAt)
{
    /// <summary>
    /// When the first draft of each round of drafting was sent, by plan and review: a round is the new plan's drafts, or
    /// the drafts of one review's amended plan, and its first draft is its lowest version. So an amended plan is timed
    /// from its amendment's first draft, not from the plan's first draft years before.
    /// </summary>
    public static IReadOnlyDictionary<(int PlanId, int? ReviewNumber), DateTimeOffset> FirstOfEachRound(IEnumerable<SentDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        return drafts
            .GroupBy(d => (d.PlanId, d.ReviewNumber))
            .ToDictionary(g => g.Key, g => g.MinBy(d => d.Number)!.SubmittedAt);
    }
}

/// <summary>
/// What became of the drafts graded in a period (<see cref="BoardFigures.DraftsGraded"/>): each is counted
/// once, as signed off and issued, returned to the caseworker or awaiting a decision, so those three add up
/// to the drafts graded, and the drafts on the 1–4 scheme are the dashboard's grades given at sign-off.
/// </summary>
public sealed record SignOffOutcomes(
    int DraftsGraded, int OnTheScheme, int SignedOffAndIssued, int ReturnedToCaseworker, int AwaitingDecision, int Regraded, double? MedianDaysToSignOff)
{
    /// <summary>Drafts graded on forms of the authority's own.</summary>
    public int OnForms => DraftsGraded - OnTheScheme;

    public static SignOffOutcomes Of(IEnumerable<GradedDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var all = drafts.ToList();
        var signedOff = all.Where(d => d.Status == DraftStatus.SignedOff).ToList();
        var days = signedOff.Select(d => d.DaysFromFirstDraftToSignOff).OfType<double>().Order().ToList();
        return new SignOffOutcomes(
            all.Count,
            all.Count(d => d.OnTheScheme),
            signedOff.Count,
            all.Count(d => d.Status == DraftStatus.Returned),
            all.Count(d => d.Status.IsOpen()),
            all.Count(d => d.Regraded),
            Median(days));
    }

    private static double? Median(List<double> sorted) => sorted.Count == 0
        ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
