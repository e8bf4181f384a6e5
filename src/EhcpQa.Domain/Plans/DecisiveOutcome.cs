using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Plans;

/// <summary>
/// What a draft's decision rested on: its decisive grading's result in words, its overall grade (a value of
/// the framework's scale, and the 1–4 grade where the framework is the 1–4 scheme) and the framework version
/// it was graded on. A panel that agrees a different overall grade on the same scale re-grades the plan.
/// </summary>
public sealed record DecisiveOutcome(string Result, string? GradeValue, int? FrameworkVersionId, Grade? Grade)
{
    /// <summary>A draft decided at a grade of the 1–4 scale.</summary>
    public static DecisiveOutcome OfGrade(Grade grade) =>
        new(grade.ToString(), grade.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), null, grade);

    /// <summary>
    /// Whether a panel's agreed judgement re-grades the plan: its overall grade differs from this one on the
    /// same scale (the 1–4 scale, or the same version of a form of the authority's own). Judgements on
    /// different forms, or without an overall grade, cannot be compared and re-grade nothing.
    /// </summary>
    public bool IsRegradedBy(Grading agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (agreement.OverallGrade is { } agreed)
        {
            return Grade is { } grade && grade != agreed;
        }

        return FrameworkVersionId == agreement.FrameworkVersionId
            && GradeValue is { } signedOff
            && agreement.OverallGradeValue is { } value
            && !string.Equals(signedOff, value, StringComparison.Ordinal);
    }
}
