using System.Globalization;

namespace EhcpQa.Domain.Frameworks.Forms;

/// <summary>Points awarded out of points available, and the percentage they make (none when nothing is available).</summary>
public sealed record Points(decimal Awarded, decimal Available)
{
    public static Points Nothing { get; } = new(0m, 0m);

    /// <summary>Awarded ÷ available × 100, unrounded; null when nothing is available.</summary>
    public decimal? Percentage => Available == 0m ? null : Awarded * 100m / Available;

    public static Points operator +(Points one, Points other) =>
        new(one.Awarded + other.Awarded, one.Available + other.Available);

    public static Points Add(Points one, Points other) => one + other;

    /// <summary>"14 out of 20 (70.0%)", as forms show a total.</summary>
    public override string ToString() =>
        Percentage is { } percentage
            ? string.Create(CultureInfo.InvariantCulture, $"{Awarded:0.##} out of {Available:0.##} ({percentage:0.0}%)")
            : string.Create(CultureInfo.InvariantCulture, $"{Awarded:0.##} out of {Available:0.##}");
}

/// <summary>A sub-heading's total within a part; the sub-heading is null for items without one.</summary>
public sealed record SubheadingScore(string? Subheading, Points Points);

/// <summary>
/// A part's score: its total, its sub-headings' totals, how many items on a scale with options are still
/// unanswered, and the grade its bands give (null where it has none).
/// </summary>
public sealed record PartScore(string Code, Points Points, IReadOnlyList<SubheadingScore> Subtotals, int Unanswered, string? Band)
{
    public bool IsComplete => Unanswered == 0;
}

/// <summary>A whole form's score: every section's, the overall part's (if the form has one), and the whole form's total.</summary>
public sealed record FormScore(IReadOnlyList<PartScore> Sections, PartScore? Overall, Points Total)
{
    public PartScore? Section(string code) => Sections.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal));
}
