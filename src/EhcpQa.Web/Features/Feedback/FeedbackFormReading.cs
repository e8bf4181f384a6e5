using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Grades;
using EhcpQa.Web.Features.Gradings;

namespace EhcpQa.Web.Features.Feedback;

/// <summary>
/// Reads a submitted grading into the feedback form's sections and words, whatever the framework: a 1–4
/// version section by section with its descriptors, a form of the authority's own part by part with its
/// answers, points and grades. Grades are coloured by the framework's own scale and bar.
/// </summary>
public static class FeedbackFormReading
{
    /// <summary>The words around the framework's grades: its scale, its bar, what its criteria are called.</summary>
    public static FeedbackScale ScaleOf(FrameworkVersion framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var onDescriptors = framework.Scheme == ScoringScheme.GradeOneToFour;
        var scale = framework.WholeForm().GradeScale;
        string? explanation = null;
        string? bar = null;
        if (scale is { Grades.Count: >= 2 })
        {
            var grades = scale.BestToWorst.Select(g => g.ToString()).ToList();
            var middle = grades.Skip(1).Take(grades.Count - 2).ToList();
            explanation = middle.Count == 0
                ? $"Grades run from {grades[0]} (best) to {grades[^1]}."
                : $"Grades run from {grades[0]} (best) through {string.Join(", ", middle.Take(middle.Count - 1))}{(middle.Count > 1 ? " and " : string.Empty)}{middle[^1]} to {grades[^1]}.";
            bar = $"at least {scale.Grade(scale.PassBar)!.Name}";
        }

        return new FeedbackScale(explanation, bar, onDescriptors ? "Descriptor of good practice" : "Criterion", onDescriptors ? "the descriptors" : "the answers");
    }

    /// <summary>The grading's overall result, coloured by where its overall grade sits on the scale.</summary>
    public static FeedbackGrade OverallOf(Grading grading, FrameworkVersion framework)
    {
        ArgumentNullException.ThrowIfNull(grading);
        ArgumentNullException.ThrowIfNull(framework);
        return new FeedbackGrade(grading.Result ?? "Not graded", ToneOf(framework.WholeForm(), grading.OverallGradeValue));
    }

    /// <summary>Every section (or part) of the framework with the grading's judgement of it, in the framework's order.</summary>
    public static IReadOnlyList<FeedbackFormSection> SectionsOf(Grading grading, FrameworkVersion framework)
    {
        ArgumentNullException.ThrowIfNull(grading);
        ArgumentNullException.ThrowIfNull(framework);
        var form = framework.WholeForm();
        if (framework.Scheme != ScoringScheme.Form)
        {
            return framework.Sections.Select(s => SectionOf(form, s, grading.Judgement(s.Code))).ToList();
        }

        return Grading.PartsToJudge(form).Select(p => PartOf(form, p, grading.Part(p.Code))).ToList();
    }

    /// <summary>
    /// The sections with what each of the draft's other graders suggested for them (the first grader, a second
    /// opinion, …), each named with their part in the grading, so no suggestion is lost to the caseworker.
    /// </summary>
    public static IReadOnlyList<FeedbackFormSection> WithOtherWording(
        IReadOnlyList<FeedbackFormSection> sections, Grading decisive, IEnumerable<(string Who, Grading Grading)> others, FrameworkVersion framework)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(decisive);
        ArgumentNullException.ThrowIfNull(framework);
        var parts = framework.Scheme == ScoringScheme.Form ? Grading.PartsToJudge(framework.WholeForm()) : [];
        Func<Grading, int, string?> wordingOf = framework.Scheme != ScoringScheme.Form
            ? (grading, i) => i < framework.Sections.Count ? grading.Judgement(framework.Sections[i].Code)?.SuggestedWording : null
            : (grading, i) => i < parts.Count ? grading.Part(parts[i].Code)?.SuggestedWording : null;
        var graders = others.Where(o => o.Grading.Id != decisive.Id && o.Grading.IsSubmitted).ToList();
        return sections.Select((section, i) => section with
        {
            OtherWording = graders
                .Select(o => (o.Who, Wording: wordingOf(o.Grading, i)))
                .Where(o => !string.IsNullOrWhiteSpace(o.Wording))
                // Wording the grade's own section already carries (an agreed grade takes every grader's) is not repeated.
                .Where(o => wordingOf(decisive, i)?.Contains(o.Wording!.Trim(), StringComparison.Ordinal) != true)
                .Select(o => new GraderWording(o.Who, o.Wording!))
                .ToList(),
        }).ToList();
    }

    private static FeedbackFormSection SectionOf(FrameworkForm form, FrameworkSection section, SectionJudgement? judgement) => new(
        section.PlanSection.Label,
        section.Title,
        judgement is null ? null : GradeOf(form, judgement.Grade.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        judgement is { IsOverridden: true } ? GradeOf(form, judgement.SuggestedGrade.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null,
        judgement?.OverrideReason,
        Points: null,
        section.Descriptors.Select(d => new FeedbackFormAnswer(
            d.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Text,
            judgement?.AnswerTo(d.Number) switch
            {
                DescriptorAnswer.Yes => "Yes",
                DescriptorAnswer.No => "No",
                DescriptorAnswer.NotApplicable => "N/A",
                _ => "Not answered",
            })).ToList(),
        judgement?.Strengths,
        judgement?.AreasForImprovement,
        judgement?.Rationale,
        judgement?.SuggestedWording,
        section.Prompts);

    private static FeedbackFormSection PartOf(FrameworkForm form, FormSection part, PartJudgement? judgement)
    {
        var answers = part.Items
            .Select(i => new FeedbackFormAnswer(i.Code, i.Text, FormWording.AnswerOf(form, i, judgement?.AnswerTo(i.Code)), FormWording.PointsOf(form, i, judgement?.AnswerTo(i.Code))))
            .ToList();
        if (part.Code == OverallPart.Code && form.Overall?.Rating is { } rating && judgement?.Rating is { } given)
        {
            answers.Add(new FeedbackFormAnswer(string.Empty, rating.Question, FormWording.AnswerOf(form, new FormItem("rating", rating.Question, rating.Answers), given)));
        }

        return new FeedbackFormSection(
            FormWording.HeadingOf(part) == part.Title ? string.Empty : part.Code,
            part.Title,
            judgement?.Grade is { } grade ? GradeOf(form, grade) : null,
            judgement is { IsOverridden: true, SuggestedGrade: { } suggested } ? GradeOf(form, suggested) : null,
            judgement?.OverrideReason,
            judgement is { Available: > 0 } ? judgement.Points.ToString() : null,
            answers,
            judgement?.Strengths,
            judgement?.AreasForImprovement,
            judgement?.Rationale,
            judgement?.SuggestedWording,
            part.Prompts);
    }

    private static FeedbackGrade GradeOf(FrameworkForm form, string value) => new(FormWording.GradeOf(form, value), ToneOf(form, value));

    private static FeedbackTone ToneOf(FrameworkForm form, string? value)
    {
        if (form.GradeScale is not { } scale || !scale.Contains(value))
        {
            return FeedbackTone.None;
        }

        return scale.Passes(value!) ? FeedbackTone.Pass
            : scale.Rank(value!) == scale.Grades.Count - 1 ? FeedbackTone.Worst
            : FeedbackTone.BelowBar;
    }
}
