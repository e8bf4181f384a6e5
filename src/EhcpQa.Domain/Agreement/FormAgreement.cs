using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Agreement;

/// <summary>Agreement between moderators on one part of a form.</summary>
public sealed record PartAgreement(string Code, string Title, AgreementResult Result);

/// <summary>
/// How consistently moderators judged plans on one version of a form of the authority's own: Krippendorff's
/// ordinal alpha on the grades they gave the whole and each part (read as ranks on the form's own scale, so a
/// scale whose best grade is 5 reads the same as one whose best is 1), and interval alpha on the percentage of
/// points each gave the whole form. Only submitted moderations on that version count; a unit is one plan (or
/// one plan's part) in one session. See <c>docs/statistics.md</c>.
/// </summary>
public sealed class FormAgreement
{
    /// <summary>Percentages are compared in tenths; pairs within this many tenths (ten percentage points) count as close.</summary>
    public const int CloseTenths = 100;

    private FormAgreement(
        FrameworkVersion version,
        string title,
        AgreementResult? overall,
        IReadOnlyList<PartAgreement> byPart,
        AgreementResult? points,
        IReadOnlyList<GraderTendencyRow> tendencies,
        bool tendenciesOnPoints,
        int planCount,
        int moderationCount)
    {
        Tendencies = tendencies;
        TendenciesOnPoints = tendenciesOnPoints;
        FrameworkVersionId = version.Id;
        Title = title;
        Overall = overall;
        ByPart = byPart;
        Points = points;
        PlanCount = planCount;
        ModerationCount = moderationCount;
    }

    public int FrameworkVersionId { get; }

    /// <summary>"A points form, version 1".</summary>
    public string Title { get; }

    /// <summary>Agreement on the overall grade; null when the form gives none.</summary>
    public AgreementResult? Overall { get; }

    /// <summary>Agreement on each section's grade, in the form's order; empty when the form does not grade its sections.</summary>
    public IReadOnlyList<PartAgreement> ByPart { get; }

    /// <summary>Agreement on the whole form's percentage of points; null when the form has no points.</summary>
    public AgreementResult? Points { get; }

    /// <summary>
    /// Each moderator against what the panel agreed on the same plan in the same session: on a form that grades,
    /// every grade they gave (sections and the whole) against the agreed grade, in steps on the form's scale; on a
    /// form of points only, the percentage of the whole form, in percentage points (agreed − given: above 0 harsher).
    /// </summary>
    public IReadOnlyList<GraderTendencyRow> Tendencies { get; }

    /// <summary>Whether <see cref="Tendencies"/> compare percentages of points, the form giving no grades.</summary>
    public bool TendenciesOnPoints { get; }

    public int PlanCount { get; }

    public int ModerationCount { get; }

    /// <summary>Measures agreement on <paramref name="version"/> (a version of the <see cref="ScoringScheme.Form"/> scheme) among the given gradings.</summary>
    public static FormAgreement Measure(FrameworkVersion version, IEnumerable<Grading> gradings)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(gradings);
        var form = version.Form is { } held && version.Scheme == ScoringScheme.Form
            ? held
            : throw new DomainRuleException($"Version {version.Number} is measured with the 1–4 figures.");
        var moderations = gradings
            .Where(g => g is { IsSubmitted: true, Purpose: GradingPurpose.Moderation, PanelSessionId: not null } && g.FrameworkVersionId == version.Id)
            .ToList();
        var byPlan = moderations.GroupBy(g => (Session: g.PanelSessionId!.Value, g.PlanId)).ToList();

        AgreementResult Ranks(string partCode, Func<Grading, string?> gradeOf) => AgreementStatistics.Compute(
            byPlan.Select(plan => new ScoredUnit(
                    $"{plan.Key.Session}/{plan.Key.PlanId}/{partCode}",
                    plan.Where(g => form.GradeScale!.Contains(gradeOf(g)))
                        .Select(g => new Score(g.GraderId, form.GradeScale!.Rank(gradeOf(g)!)))
                        .ToList()))
                .Where(u => u.Scores.Count > 0)
                .ToList(),
            AlphaMetric.Ordinal,
            closeWithin: 1);

        var overall = form.Overall is { Grade.IsGraded: true } ? Ranks(OverallPart.Code, g => g.OverallGradeValue) : null;
        var byPart = form.SectionGrades.IsGraded
            ? form.Sections.Select(s => new PartAgreement(s.Code, s.Title, Ranks(s.Code, g => g.Part(s.Code)?.Grade))).ToList()
            : [];
        var points = Grading.PartsToJudge(form).SelectMany(p => p.Items).Any(i => form.PointsAvailable(i) > 0m)
            ? AgreementStatistics.Compute(
                byPlan.Select(plan => new ScoredUnit(
                        $"{plan.Key.Session}/{plan.Key.PlanId}",
                        plan.Select(g => (g.GraderId, g.PointsOnForm.Percentage))
                            .Where(s => s.Percentage is not null)
                            .Select(s => new Score(s.GraderId, Tenths(s.Percentage!.Value)))
                            .ToList()))
                    .Where(u => u.Scores.Count > 0)
                    .ToList(),
                AlphaMetric.Interval,
                CloseTenths)
            : null;
        var agreed = gradings
            .Where(g => g is { IsSubmitted: true, Purpose: GradingPurpose.PanelAgreement, PanelSessionId: not null } && g.FrameworkVersionId == version.Id)
            .GroupBy(g => (Session: g.PanelSessionId!.Value, g.PlanId))
            .ToDictionary(g => g.Key, g => g.First());
        var compared = moderations
            .Where(g => agreed.ContainsKey((g.PanelSessionId!.Value, g.PlanId)))
            .Select(g => (Given: g, Agreed: agreed[(g.PanelSessionId!.Value, g.PlanId)]))
            .ToList();
        var graded = overall is not null || byPart.Count > 0;
        var tendencies = graded
            ? GraderTendency.OnRanks(compared.SelectMany(pair => GradesCompared(form, pair.Given, pair.Agreed)))
            : GraderTendency.OnRanks(compared
                    .Where(pair => pair.Given.PointsOnForm.Percentage is not null && pair.Agreed.PointsOnForm.Percentage is not null)
                    .Select(pair => (pair.Given.GraderId, -Tenths(pair.Given.PointsOnForm.Percentage!.Value), -Tenths(pair.Agreed.PointsOnForm.Percentage!.Value))))
                .Select(row => row with { MeanDifference = row.MeanDifference / 10 })
                .ToList();
        return new FormAgreement(version, $"{form.Name}, version {version.Number}", overall, byPart, points, tendencies, !graded, byPlan.Count, moderations.Count);
    }

    /// <summary>Every grade a moderator gave that the panel also agreed, as ranks on the form's scale.</summary>
    private static IEnumerable<(string GraderId, int Given, int Agreed)> GradesCompared(FrameworkForm form, Grading given, Grading agreed)
    {
        var scale = form.GradeScale!;
        var pairs = new List<(string? Given, string? Agreed)>();
        if (form.Overall is { Grade.IsGraded: true })
        {
            pairs.Add((given.OverallGradeValue, agreed.OverallGradeValue));
        }

        if (form.SectionGrades.IsGraded)
        {
            pairs.AddRange(form.Sections.Select(s => (given.Part(s.Code)?.Grade, agreed.Part(s.Code)?.Grade)));
        }

        return pairs
            .Where(p => scale.Contains(p.Given) && scale.Contains(p.Agreed))
            .Select(p => (given.GraderId, scale.Rank(p.Given!), scale.Rank(p.Agreed!)));
    }

    private static int Tenths(decimal percentage) => (int)Math.Round(percentage * 10m, MidpointRounding.AwayFromZero);
}
