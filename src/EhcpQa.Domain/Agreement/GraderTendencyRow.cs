namespace EhcpQa.Domain.Agreement;

/// <summary>
/// How one grader's grades compare with the grades the panel agreed. Higher grades are worse
/// (4 Inadequate), so a positive difference means the grader was harsher than the panel.
/// </summary>
/// <param name="GraderId">The grader.</param>
/// <param name="Count">How many of their grades have an agreed grade to compare with.</param>
/// <param name="MeanDifference">The mean of (grade given − grade agreed): above 0 harsher, below 0 more lenient.</param>
/// <param name="HarsherCount">Grades worse than the agreed grade.</param>
/// <param name="SameCount">Grades equal to the agreed grade.</param>
/// <param name="MoreLenientCount">Grades better than the agreed grade.</param>
public sealed record GraderTendencyRow(
    string GraderId,
    int Count,
    double MeanDifference,
    int HarsherCount,
    int SameCount,
    int MoreLenientCount)
{
    /// <summary>Fewer grades than this are too few to call a grader harsher or more lenient than the panel.</summary>
    public const int GradesToLabel = 10;

    /// <summary>Whether the grader has enough grades compared with agreed grades to be labelled.</summary>
    public bool HasEnoughToLabel => Count >= GradesToLabel;

    /// <summary>Share (0 to 1) of the grader's grades worse than agreed.</summary>
    public double HarsherShare => (double)HarsherCount / Count;

    /// <summary>Share (0 to 1) of the grader's grades equal to the agreed grade.</summary>
    public double SameShare => (double)SameCount / Count;

    /// <summary>Share (0 to 1) of the grader's grades better than agreed.</summary>
    public double MoreLenientShare => (double)MoreLenientCount / Count;
}
