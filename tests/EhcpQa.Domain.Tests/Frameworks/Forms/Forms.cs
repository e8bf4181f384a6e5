using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

/// <summary>Small forms for the scoring tests: scales, grade scales and a form around given sections.</summary>
internal static class Forms
{
    public static AnswerScale YesNo { get; } = new("yes-no", AnswerKind.Choice, [new("yes", "Yes", 1m), new("no", "No", 0m)]);

    public static AnswerScale YesNoNotApplicable { get; } =
        new("yes-no-na", AnswerKind.Choice, [new("yes", "Yes", 10m), new("no", "No", 0m), new("na", "N/A", NotApplicable: true)]);

    public static AnswerScale Levels { get; } =
        new("levels", AnswerKind.Choice, [new("0", "Not evident", 0m), new("1", "Partly", 1m), new("2", "Fully", 2m)]);

    public static AnswerScale OneToFive { get; } = new(
        "rating-1-5",
        AnswerKind.Rating,
        [new("1", "Poor", 1m), new("2", "Weak", 2m), new("3", "Adequate", 3m), new("4", "Good", 4m), new("5", "Excellent", 5m)]);

    public static AnswerScale Comment { get; } = new("comment", AnswerKind.Text, []);

    public static AnswerScale Unscored { get; } = new("agree", AnswerKind.Choice, [new("agree", "Agree"), new("disagree", "Disagree")]);

    /// <summary>1 Outstanding … 4 Inadequate, best first, pass bar Good.</summary>
    public static GradeScale OneToFour { get; } = new(
        [new("1", "Outstanding", []), new("2", "Good", []), new("3", "Requires improvement", []), new("4", "Inadequate", [])],
        BestFirst: true,
        PassBar: "2");

    /// <summary>1 Poor … 5 Excellent, best last, pass bar 3.</summary>
    public static GradeScale PoorToExcellent { get; } = new(
        [new("1", "Poor", []), new("2", "Weak", []), new("3", "Adequate", []), new("4", "Good", []), new("5", "Excellent", [])],
        BestFirst: false,
        PassBar: "3");

    public static FormItem Item(string code, string scale, string? subheading = null) => new(code, $"Criterion {code}", scale, subheading);

    public static FormSection Section(string code, params FormItem[] items) => new(code, $"Section {code}", [], items);

    public static FrameworkForm Form(
        IReadOnlyList<FormSection> sections,
        GradeScale? gradeScale = null,
        GradeRule? sectionGrades = null,
        OverallPart? overall = null,
        NotApplicableRule notApplicable = NotApplicableRule.RemovesItem) =>
        new(
            "test-form",
            "Test form",
            "Test form 2027",
            string.Empty,
            AssessedDocument.Plan,
            notApplicable,
            [YesNo, YesNoNotApplicable, Levels, OneToFive, Comment, Unscored],
            gradeScale,
            [],
            sections,
            sectionGrades ?? GradeRule.NoGrade,
            overall);

    public static IReadOnlyDictionary<string, string> Answers(params (string Item, string Value)[] answers) =>
        answers.ToDictionary(a => a.Item, a => a.Value);
}
