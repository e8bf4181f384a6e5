using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Domain.Grades;

/// <summary>
/// One part's judgement in a grading on a framework's own form (<see cref="Frameworks.ScoringScheme.Form"/>):
/// each item's answer as the form's scale stores it, the points they make, the grade the part's rule suggests
/// or works out, the grade given (a value of the form's grade scale; none where the form does not grade the
/// part), the overall rating where the form asks for one, and the commentary.
/// </summary>
public sealed class PartJudgement
{
    private readonly List<ItemAnswer> _answers = [];

    private PartJudgement()
    {
        PartCode = string.Empty;
    }

    internal PartJudgement(string partCode) => PartCode = partCode;

    public int Id { get; private set; }

    /// <summary>The code of the form's section, or <see cref="OverallPart.Code"/> for the overall part.</summary>
    public string PartCode { get; private set; }

    public IReadOnlyList<ItemAnswer> Answers => _answers;

    /// <summary>The grade the form's bands (and, overall, its caps) point to; null where they point to none.</summary>
    public string? SuggestedGrade { get; private set; }

    /// <summary>The part's grade on the form's scale; null where the form does not grade the part.</summary>
    public string? Grade { get; private set; }

    /// <summary>The answer to the form's overall rating question, for the overall part of a form that asks one.</summary>
    public string? Rating { get; private set; }

    /// <summary>Points awarded in the part when it was judged.</summary>
    public decimal Awarded { get; private set; }

    /// <summary>Points available in the part when it was judged.</summary>
    public decimal Available { get; private set; }

    public Points Points => new(Awarded, Available);

    public string? OverrideReason { get; private set; }

    public string? Strengths { get; private set; }

    public string? AreasForImprovement { get; private set; }

    public string? Rationale { get; private set; }

    public string? SuggestedWording { get; private set; }

    public DateTimeOffset JudgedAt { get; private set; }

    /// <summary>Whether the grade given differs from the grade suggested.</summary>
    public bool IsOverridden => SuggestedGrade is not null && Grade is not null && !string.Equals(Grade, SuggestedGrade, StringComparison.Ordinal);

    public string? AnswerTo(string itemCode) =>
        _answers.FirstOrDefault(a => string.Equals(a.ItemCode, itemCode, StringComparison.Ordinal))?.Value;

    public IReadOnlyDictionary<string, string> AnswersByItem() => _answers.ToDictionary(a => a.ItemCode, a => a.Value, StringComparer.Ordinal);

    internal void Record(
        IReadOnlyDictionary<string, string> answers,
        Points points,
        string? suggested,
        string? grade,
        string? rating,
        SectionCommentary commentary,
        DateTimeOffset at)
    {
        _answers.Clear();
        _answers.AddRange(answers
            .Where(a => !string.IsNullOrWhiteSpace(a.Value))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new ItemAnswer(a.Key, a.Value.Trim())));
        (Awarded, Available) = (points.Awarded, points.Available);
        SuggestedGrade = suggested;
        Grade = grade;
        Rating = rating;
        OverrideReason = IsOverridden ? Clean(commentary.OverrideReason) : null;
        Strengths = Clean(commentary.Strengths);
        AreasForImprovement = Clean(commentary.AreasForImprovement);
        Rationale = Clean(commentary.Rationale);
        SuggestedWording = Clean(commentary.SuggestedWording);
        JudgedAt = at;
    }

    /// <summary>
    /// The sections changed after this (overall) part was judged: a worked-out grade follows the new
    /// suggestion; a chosen grade stays, and a reason given for departing from the old suggestion is dropped.
    /// </summary>
    internal void Resuggest(string? suggested, bool banded)
    {
        if (string.Equals(suggested, SuggestedGrade, StringComparison.Ordinal))
        {
            return;
        }

        SuggestedGrade = suggested;
        if (banded)
        {
            Grade = suggested;
        }

        OverrideReason = null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The answer given to one item of a form: the option's value, or the text written for a free-text item.</summary>
public sealed record ItemAnswer(string ItemCode, string Value);
