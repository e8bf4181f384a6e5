using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.Frameworks.Forms;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades.OnForms;

/// <summary>Published versions of small forms, and gradings on them.</summary>
internal static class FormGradings
{
    public static readonly DateTimeOffset At = PlanData.Now;

    /// <summary>Two sections of Yes / No / N/A items worth 10 each, graded by bands on the 1–4 scale, the whole banded on the total.</summary>
    public static FrameworkForm Banded(NotApplicableRule notApplicable = NotApplicableRule.RemovesItem) => Forms.Form(
        [
            Forms.Section("A", Forms.Item("A1", "yes-no-na"), Forms.Item("A2", "yes-no-na"), Forms.Item("A3", "comment")),
            Forms.Section("B", Forms.Item("B1", "yes-no-na", "Outcomes"), Forms.Item("B2", "yes-no-na", "Provision")),
        ],
        Forms.OneToFour,
        new GradeRule(GradeMode.Banded, Bands()),
        new OverallPart(new FormSection(OverallPart.Code, "The plan overall", [], []), new GradeRule(GradeMode.Banded, Bands(), OverallBasis.Total), null),
        notApplicable);

    /// <summary>Sections rated 1–5 whose grade the grader chooses on a scale whose best end is 5, from a suggestion by bands; an overall rating.</summary>
    public static FrameworkForm Chosen() => Forms.Form(
        [
            Forms.Section("A", Forms.Item("A1", "rating-1-5"), Forms.Item("A2", "yes-no")),
            Forms.Section("B", Forms.Item("B1", "rating-1-5")),
        ],
        Forms.PoorToExcellent,
        new GradeRule(GradeMode.Chosen, [new("5", 90m), new("4", 70m), new("3", 50m), new("2", 30m), new("1", 0m)]),
        new OverallPart(
            new FormSection(OverallPart.Code, "The plan overall", [], []),
            new GradeRule(GradeMode.Chosen, [], OverallBasis.Total, [new GradeCap(new CapCondition(null, true, 1, null), "2")]),
            new OverallRating("How would you rate the plan as a whole?", "rating-1-5")));

    /// <summary>Marks only: no grade scale, no overall part.</summary>
    public static FrameworkForm MarksOnly() => Forms.Form(
        [Forms.Section("part-1", Forms.Item("1.1", "yes-no-na"), Forms.Item("1.2", "yes-no-na"))],
        notApplicable: NotApplicableRule.AwardsFullPoints);

    public static FrameworkVersion Publish(FrameworkForm form)
    {
        var version = Framework.FromForm(form, "qa-lead", At).Versions[0];
        version.Publish(At, "qa-lead");
        return version;
    }

    public static Grading Start(FrameworkVersion version, GradingPurpose purpose = GradingPurpose.SignOff) =>
        Grading.Start(1, 1, purpose, Gradings.Grader, version, At);

    public static PartJudgement Judge(
        this Grading grading, FrameworkVersion version, string part, IReadOnlyDictionary<string, string> answers, string? grade = null, string? rating = null, string? overrideReason = null) =>
        grading.JudgePart(
            version,
            part,
            answers,
            grade,
            rating,
            new SectionCommentary(OverrideReason: overrideReason, Rationale: grading.Purpose == GradingPurpose.PanelAgreement ? "What the panel weighed" : null),
            At);

    private static IReadOnlyList<Band> Bands() => [new("1", 85m), new("2", 65m), new("3", 40m), new("4", 0m)];
}
