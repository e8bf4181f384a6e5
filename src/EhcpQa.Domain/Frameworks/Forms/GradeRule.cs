namespace EhcpQa.Domain.Frameworks.Forms;

/// <summary>How a section or the whole form gets its grade.</summary>
public enum GradeMode
{
    /// <summary>No grade: points (if any) only.</summary>
    None = 1,

    /// <summary>The grader chooses a grade; where bands are given the service suggests one, and departing from it needs a reason.</summary>
    Chosen,

    /// <summary>The grade is worked out from the percentage by the bands; the grader does not choose it.</summary>
    Banded,
}

/// <summary>What the overall grade's bands read.</summary>
public enum OverallBasis
{
    /// <summary>The overall part's own items.</summary>
    OverallItems = 1,

    /// <summary>The whole form's total.</summary>
    Total,
}

/// <summary>
/// A percentage band: the grade given when the percentage is at least <see cref="Threshold"/> (or more
/// than it, when <see cref="Above"/>). Bands are read from the best grade down; the first reached gives the grade.
/// </summary>
public sealed record Band(string Grade, decimal Threshold, bool Above = false)
{
    public bool IsReachedBy(decimal percentage) => Above ? percentage > Threshold : percentage >= Threshold;
}

/// <summary>
/// When a cap applies: at least <see cref="AtLeast"/> sections (or at least <see cref="AtLeastShare"/> of the
/// graded sections) graded at <see cref="SectionsAtOrBelow"/> or worse, or, when
/// <see cref="SectionsBelowPassBar"/>, below the pass bar.
/// </summary>
public sealed record CapCondition(string? SectionsAtOrBelow, bool SectionsBelowPassBar, int? AtLeast, decimal? AtLeastShare);

/// <summary>A limit the sections' grades set on the overall grade: no better than <see cref="AtBest"/> when the condition holds.</summary>
public sealed record GradeCap(CapCondition When, string AtBest);

/// <summary>How a section, or the whole form, is graded.</summary>
public sealed record GradeRule(GradeMode Mode, IReadOnlyList<Band> Bands, OverallBasis Basis = OverallBasis.OverallItems, IReadOnlyList<GradeCap>? Caps = null)
{
    public static GradeRule NoGrade { get; } = new(GradeMode.None, []);

    public IReadOnlyList<GradeCap> GradeCaps => Caps ?? [];

    public bool IsGraded => Mode != GradeMode.None;

    /// <summary>The grade the bands give a percentage; null without bands. Nothing available counts as 100 %: nothing fell short.</summary>
    public string? BandFor(decimal? percentage)
    {
        var reading = percentage ?? 100m;
        return Bands.FirstOrDefault(b => b.IsReachedBy(reading))?.Grade;
    }
}
