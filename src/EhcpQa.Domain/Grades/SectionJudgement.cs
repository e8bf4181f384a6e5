using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Grades;

/// <summary>One section's part of a grading: the descriptor answers, the suggested and chosen grade, and the commentary.</summary>
public sealed class SectionJudgement
{
    public const int CommentaryMaxLength = 4000;

    private readonly List<RecordedAnswer> _answers = [];

    private SectionJudgement()
    {
    }

    internal SectionJudgement(SectionCode section) => Section = section;

    public int Id { get; private set; }

    public SectionCode Section { get; private set; }

    public IReadOnlyList<RecordedAnswer> Answers => _answers;

    /// <summary>The grade the descriptor answers point to (see <see cref="GradeSuggestion"/>).</summary>
    public Grade SuggestedGrade { get; private set; }

    public Grade Grade { get; private set; }

    /// <summary>Why the grader chose a grade other than the suggested one; empty when they did not.</summary>
    public string? OverrideReason { get; private set; }

    public string? Strengths { get; private set; }

    public string? AreasForImprovement { get; private set; }

    public string? Rationale { get; private set; }

    /// <summary>Wording the grader suggests the plan writer uses.</summary>
    public string? SuggestedWording { get; private set; }

    public DateTimeOffset JudgedAt { get; private set; }

    public bool IsOverridden => Grade != SuggestedGrade;

    public DescriptorAnswer? AnswerTo(int descriptorNumber) =>
        _answers.SingleOrDefault(a => a.DescriptorNumber == descriptorNumber)?.Answer;

    internal void Record(
        IReadOnlyDictionary<int, DescriptorAnswer> answers,
        Grade suggested,
        Grade grade,
        SectionCommentary commentary,
        DateTimeOffset at)
    {
        _answers.Clear();
        _answers.AddRange(answers.OrderBy(a => a.Key).Select(a => new RecordedAnswer(a.Key, a.Value)));
        SuggestedGrade = suggested;
        Grade = grade;
        OverrideReason = grade == suggested ? null : Clean(commentary.OverrideReason);
        Strengths = Clean(commentary.Strengths);
        AreasForImprovement = Clean(commentary.AreasForImprovement);
        Rationale = Clean(commentary.Rationale);
        SuggestedWording = Clean(commentary.SuggestedWording);
        JudgedAt = at;
    }

    internal void Resuggest(Grade suggested)
    {
        if (suggested == SuggestedGrade)
        {
            return;
        }

        // A reason given for departing from the old suggestion does not explain a departure from the new one.
        SuggestedGrade = suggested;
        OverrideReason = null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The answer given to one descriptor.</summary>
public sealed record RecordedAnswer(int DescriptorNumber, DescriptorAnswer Answer);

/// <summary>What a grader writes about a section.</summary>
public sealed record SectionCommentary(
    string? Strengths = null,
    string? AreasForImprovement = null,
    string? Rationale = null,
    string? SuggestedWording = null,
    string? OverrideReason = null)
{
    /// <summary>Nothing written in any field.</summary>
    public bool IsBlank => new[] { Strengths, AreasForImprovement, Rationale, SuggestedWording, OverrideReason }.All(string.IsNullOrWhiteSpace);
}
