using System.Globalization;

namespace EhcpQa.Domain.Quality;

/// <summary>
/// The quality of each caseworker's plans over a period, counted from plain records of sign-off and moderation:
/// for each plan, the first grade its drafts were given and the grade it was signed off at, how often a draft was
/// returned and graded again, and what moderation panels agreed beside the sign-off grade. Every record counts on
/// its own day: a grade on the day it was given, a decision on the day it was made, a panel's grade on the day it
/// was agreed.
/// </summary>
public static class CaseworkerQuality
{
    /// <summary>Fewer plans graded than this are too few to read as shares: the counts are shown, the percentages not.</summary>
    public const int PlansToRead = 5;

    /// <summary>
    /// The figures of each of <paramref name="caseworkerIds"/> (in that order), then of any other caseworker the
    /// records of the period name; records outside the period are left out.
    /// </summary>
    public static IReadOnlyList<CaseworkerFigures> Count(
        QualityPeriod period,
        IEnumerable<string> caseworkerIds,
        IEnumerable<SignOffGradeRecord> grades,
        IEnumerable<SignOffDecisionRecord> decisions,
        IEnumerable<PanelAgreementRecord> agreements)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(caseworkerIds);
        var graded = grades.Where(g => period.Contains(g.GivenOn)).ToList();
        var decided = decisions.Where(d => period.Contains(d.DecidedOn)).ToList();
        var agreed = agreements.Where(a => period.Contains(a.AgreedOn)).ToList();

        var caseworkers = caseworkerIds.ToList();
        caseworkers.AddRange(graded.Select(g => g.CaseworkerId)
            .Concat(decided.Select(d => d.CaseworkerId))
            .Concat(agreed.Select(a => a.CaseworkerId))
            .Distinct(StringComparer.Ordinal)
            .Where(id => !caseworkers.Contains(id, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList());

        return caseworkers.Distinct(StringComparer.Ordinal).Select(caseworker =>
        {
            var planIds = graded.Where(g => g.CaseworkerId == caseworker).Select(g => g.PlanId)
                .Concat(decided.Where(d => d.CaseworkerId == caseworker).Select(d => d.PlanId))
                .Concat(agreed.Where(a => a.CaseworkerId == caseworker).Select(a => a.PlanId))
                .Distinct()
                .Order();
            var plans = planIds.Select(planId => PlanOf(
                planId,
                graded.Where(g => g.PlanId == planId && g.CaseworkerId == caseworker),
                decided.Where(d => d.PlanId == planId && d.CaseworkerId == caseworker),
                agreed.Where(a => a.PlanId == planId && a.CaseworkerId == caseworker))).ToList();
            return new CaseworkerFigures(caseworker, plans);
        }).ToList();
    }

    private static PlanQuality PlanOf(int planId, IEnumerable<SignOffGradeRecord> grades, IEnumerable<SignOffDecisionRecord> decisions, IEnumerable<PanelAgreementRecord> agreements)
    {
        var inOrder = grades.OrderBy(g => g.GivenOn).ThenBy(g => g.VersionNumber).ToList();
        var decided = decisions.OrderBy(d => d.DecidedOn).ThenBy(d => d.VersionNumber).ToList();
        var signedOff = decided.LastOrDefault(d => d.SignedOff);
        return new PlanQuality(
            planId,
            inOrder.FirstOrDefault()?.Result,
            inOrder.FirstOrDefault()?.PassesBar,
            inOrder.Count,
            inOrder.Count(g => g.Regraded),
            decided.Count(d => !d.SignedOff),
            signedOff?.Result,
            signedOff?.PassesBar,
            agreements.OrderBy(a => a.AgreedOn).ToList());
    }
}

/// <summary>One plan's part in a caseworker's figures for the period.</summary>
/// <param name="FirstGrade">The first grade a draft of the plan was given in the period; null when none was.</param>
/// <param name="FirstPassesBar">Whether that first grade reaches the bar (at least Good).</param>
/// <param name="Grades">How many grades its drafts were given in the period.</param>
/// <param name="Regrades">How many of them were of a draft sent again after a return.</param>
/// <param name="Returns">How many of its drafts were returned in the period.</param>
/// <param name="SignedOffGrade">The grade it was signed off at in the period; null when it was not.</param>
/// <param name="SignedOffPassesBar">Whether that grade reaches the bar.</param>
/// <param name="Moderation">The grades moderation panels agreed for it in the period.</param>
public sealed record PlanQuality(
    int PlanId,
    string? FirstGrade,
    bool? FirstPassesBar,
    int Grades,
    int Regrades,
    int Returns,
    string? SignedOffGrade,
    bool? SignedOffPassesBar,
    IReadOnlyList<PanelAgreementRecord> Moderation)
{
    /// <summary>Whether a draft of the plan was graded at sign-off in the period.</summary>
    public bool IsGraded => FirstGrade is not null;

    public bool IsSignedOff => SignedOffGrade is not null;
}

/// <summary>One caseworker's figures for the period, counted from their plans'.</summary>
public sealed record CaseworkerFigures(string CaseworkerId, IReadOnlyList<PlanQuality> Plans)
{
    /// <summary>Plans a draft of which was graded at sign-off in the period: what the shares are made from.</summary>
    public int GradedPlans => Plans.Count(p => p.IsGraded);

    /// <summary>Graded plans whose first grade in the period was at least Good (reached the bar).</summary>
    public int FirstAtLeastGood => Plans.Count(p => p.IsGraded && p.FirstPassesBar == true);

    /// <summary>Drafts returned in the period.</summary>
    public int Returns => Plans.Sum(p => p.Returns);

    /// <summary>Graded plans a draft of which was returned in the period.</summary>
    public int GradedPlansReturned => Plans.Count(p => p.IsGraded && p.Returns > 0);

    /// <summary>Drafts graded again after a return.</summary>
    public int Regrades => Plans.Sum(p => p.Regrades);

    public int SignedOff => Plans.Count(p => p.IsSignedOff);

    public int SignedOffAtLeastGood => Plans.Count(p => p.IsSignedOff && p.SignedOffPassesBar == true);

    /// <summary>Grades moderation panels agreed in the period.</summary>
    public int Moderated => Plans.Sum(p => p.Moderation.Count);

    /// <summary>Agreed grades the same as the grade the plan was signed off at.</summary>
    public int ModerationConfirmed => Plans.Sum(p => p.Moderation.Count(m => m.SignedOffAt is not null && !m.Regraded));

    /// <summary>Agreed grades other than the grade the plan was signed off at: re-graded by moderation.</summary>
    public int ModerationRegraded => Plans.Sum(p => p.Moderation.Count(m => m.Regraded));

    /// <summary>Whether too few plans were graded for shares to be read (<see cref="CaseworkerQuality.PlansToRead"/>).</summary>
    public bool TooFewToRead => GradedPlans < CaseworkerQuality.PlansToRead;

    /// <summary>The share of graded plans first graded at least Good; null when too few to read.</summary>
    public Percentage? FirstAtLeastGoodShare => Share(FirstAtLeastGood, GradedPlans);

    /// <summary>The share of graded plans returned at least once; null when too few to read.</summary>
    public Percentage? ReturnedShare => Share(GradedPlansReturned, GradedPlans);

    /// <summary>The share of plans signed off that were signed off at least Good; null when too few to read.</summary>
    public Percentage? SignedOffAtLeastGoodShare => Share(SignedOffAtLeastGood, SignedOff);

    private Percentage? Share(int part, int total) => TooFewToRead || total == 0 ? null : new Percentage(part, total);
}

/// <summary>A part of a whole as a whole percentage, halves rounded up.</summary>
public sealed record Percentage(int Part, int Total)
{
    public int Whole => (int)Math.Round(Part * 100m / Total, MidpointRounding.AwayFromZero);

    public override string ToString() => $"{Whole.ToString(CultureInfo.InvariantCulture)}%";
}
