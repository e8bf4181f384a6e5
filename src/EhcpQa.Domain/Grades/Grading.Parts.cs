using System.Globalization;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Domain.Grades;

/// <summary>
/// A grading on a framework's own form (<see cref="ScoringScheme.Form"/>): each of the form's parts judged
/// in a <see cref="PartJudgement"/>, the form's answers, points, bands and grade scale read from the version's
/// form, never from code. A grading on a 1–4 version is judged section by section (<see cref="Judge"/>) instead.
/// </summary>
public sealed partial class Grading
{
    /// <summary>The longest a result in words may be: a grade's value and name, points and a rating.</summary>
    public const int ResultMaxLength = 500;

    private readonly List<PartJudgement> _parts = [];

    public IReadOnlyList<PartJudgement> Parts => _parts;

    /// <summary>For a grading on a form, submitted: whether its overall grade reaches the form's pass bar; null where the form gives no overall grade.</summary>
    public bool? PassesBarOnForm { get; private set; }

    /// <summary>For a grading on a form, submitted: its result in words ("3 Good; 72 out of 100 (72.0%)").</summary>
    public string? ResultOnForm { get; private set; }

    /// <summary>Whether the grading's overall grade reaches the bar (at least Good on the 1–4 scale); null where its form sets no bar.</summary>
    public bool? PassesBar => PassesBarOf(OverallGrade, PassesBarOnForm);

    /// <summary>
    /// Whether a grading reaches the bar, from its overall grade on the 1–4 scale (at least Good) where it has one,
    /// else from its form's own bar (<see cref="PassesBarOnForm"/>): for queries that read those two columns only.
    /// </summary>
    public static bool? PassesBarOf(Grade? overallGrade, bool? passesBarOnForm) =>
        overallGrade is { } grade ? grade.IsAtLeastGood : passesBarOnForm;

    /// <summary>The grading's result in words, as its framework gives one: the overall grade, and the points and rating where the form has them.</summary>
    public string? Result => OverallGrade?.ToString() ?? ResultOnForm;

    /// <summary>The overall grade as a value of the framework's scale ("2"); null where the grading has none (yet).</summary>
    public string? OverallGradeValue =>
        OverallGrade?.Value.ToString(CultureInfo.InvariantCulture) ?? Part(OverallPart.Code)?.Grade;

    /// <summary>The points of every part judged so far: the whole form's total.</summary>
    public Points PointsOnForm => _parts.Aggregate(Points.Nothing, (sum, p) => sum + p.Points);

    public PartJudgement? Part(string code) =>
        _parts.FirstOrDefault(p => string.Equals(p.PartCode, code, StringComparison.Ordinal));

    /// <summary>The parts of the form a grader judges, in the form's order: every section, then the overall part where the form has one.</summary>
    public static IReadOnlyList<FormSection> PartsToJudge(FrameworkForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Overall is { } overall ? [.. form.Sections, overall.Part] : form.Sections;
    }

    /// <summary>Parts of the form still to judge, in the form's order.</summary>
    public IReadOnlyList<FormSection> OutstandingParts(FrameworkForm form) =>
        PartsToJudge(form).Where(p => Part(p.Code) is null).ToList();

    /// <summary>
    /// Records the judgement of one part of the form. Every item on a scale with options is answered with
    /// one of its options (free-text items may be left blank); where the form's rule has the grader choose
    /// a grade, it is one of the scale's grades, and a grade other than the one suggested needs a reason;
    /// a grade worked out by bands is the bands' and never the grader's. The overall part comes once every
    /// section has been judged.
    /// </summary>
    public PartJudgement JudgePart(
        FrameworkVersion framework,
        string partCode,
        IReadOnlyDictionary<string, string> answers,
        string? grade,
        string? rating,
        SectionCommentary commentary,
        DateTimeOffset at)
    {
        EnsureInProgress();
        EnsureSameFramework(framework);
        var form = FormOf(framework);
        DomainRuleException.ThrowIfAny(ProblemsWithPart(framework, partCode, answers, grade, rating, commentary));

        var part = form.Section(partCode)!;
        var isOverall = partCode == OverallPart.Code;
        var known = answers.Where(a => part.Item(a.Key) is not null).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var suggested = SuggestionForPart(form, partCode, known);
        var rule = form.RuleFor(partCode);
        var given = rule.Mode switch
        {
            GradeMode.Chosen => grade,
            GradeMode.Banded => suggested,
            _ => null,
        };

        var judgement = Part(partCode);
        if (judgement is null)
        {
            judgement = new PartJudgement(partCode);
            _parts.Add(judgement);
        }

        judgement.Record(known, form.ScorePart(part, known).Points, suggested, given, isOverall ? rating : null, commentary, at);
        if (!isOverall && Part(OverallPart.Code) is { } overall)
        {
            // A section changed after the whole was judged: the overall suggestion follows it.
            overall.Resuggest(SuggestionForPart(form, OverallPart.Code, overall.AnswersByItem()), form.Overall!.Grade.Mode == GradeMode.Banded);
        }

        return judgement;
    }

    /// <summary>Every reason <see cref="JudgePart"/> would refuse these answers, keyed by the field they concern.</summary>
    public IEnumerable<Problem> ProblemsWithPart(
        FrameworkVersion framework,
        string partCode,
        IReadOnlyDictionary<string, string> answers,
        string? grade,
        string? rating,
        SectionCommentary commentary)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(commentary);
        var form = FormOf(framework);
        var part = PartsToJudge(form).FirstOrDefault(p => string.Equals(p.Code, partCode, StringComparison.Ordinal));
        if (part is null)
        {
            yield return Problem.General($"The form has no part \"{partCode}\"");
            yield break;
        }

        var unanswered = false;
        foreach (var item in part.Items)
        {
            var scale = form.Scale(item.Answers)!;
            var given = answers.GetValueOrDefault(item.Code);
            if (scale.Kind == AnswerKind.Text)
            {
                if (given?.Trim().Length > SectionJudgement.CommentaryMaxLength)
                {
                    yield return new(JudgementFields.Item(item.Code), $"Write no more than {SectionJudgement.CommentaryMaxLength} characters");
                }
            }
            else if (scale.Option(given) is null)
            {
                unanswered = true;
                yield return new(JudgementFields.Item(item.Code), $"Answer item {item.Code}: {OptionsInWords(scale)}");
            }
        }

        foreach (var code in answers.Keys.Where(c => part.Item(c) is null))
        {
            yield return new(JudgementFields.Item(code), $"{part.Title} has no item {code}");
        }

        var isOverall = partCode == OverallPart.Code;
        if (isOverall)
        {
            var missing = form.Sections.Where(s => Part(s.Code) is null).ToList();
            if (missing.Count > 0)
            {
                yield return Problem.General($"Judge every section before {part.Title.ToLowerInvariant()}: {string.Join(", ", missing.Select(s => s.Code))} still to do");
                yield break;
            }

            if (form.Overall!.Rating is { } question && form.Scale(question.Answers)!.Option(rating) is null)
            {
                yield return new(JudgementFields.Rating, $"Answer \"{question.Question}\": {OptionsInWords(form.Scale(question.Answers)!)}");
            }
        }

        var rule = form.RuleFor(partCode);
        if (rule.Mode == GradeMode.Chosen)
        {
            if (!form.GradeScale!.Contains(grade))
            {
                yield return new(JudgementFields.Grade, "Select a grade");
            }
            else if (!unanswered
                     && SuggestionForPart(form, partCode, answers) is { } suggestion
                     && !string.Equals(grade, suggestion, StringComparison.Ordinal)
                     && string.IsNullOrWhiteSpace(commentary.OverrideReason))
            {
                yield return new(JudgementFields.OverrideReason,
                    $"Explain why you have graded {form.GradeScale.Grade(grade)!.Name.ToLowerInvariant()} when the answers suggest {form.GradeScale.Grade(suggestion)!.Name.ToLowerInvariant()}");
            }
        }

        if (Purpose == GradingPurpose.PanelAgreement && string.IsNullOrWhiteSpace(commentary.Rationale))
        {
            yield return new(JudgementFields.Rationale, "Give the panel's rationale for the agreed judgement");
        }

        foreach (var problem in CommentaryProblems(commentary))
        {
            yield return problem;
        }
    }

    /// <summary>
    /// The grade a part's answers point to on the form's scale: a section's band, or for the overall part
    /// the band of its items (or of the whole total) capped by the sections judged so far. Null where the
    /// form's rule has neither bands nor caps.
    /// </summary>
    public string? SuggestionForPart(FrameworkForm form, string partCode, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        if (!form.RuleFor(partCode).IsGraded)
        {
            return null;
        }

        if (partCode != OverallPart.Code)
        {
            return form.Section(partCode) is { } section ? form.ScorePart(section, answers, form.SectionGrades).Band : null;
        }

        var byPart = AnswersByPart(form);
        byPart[OverallPart.Code] = answers;
        var sectionGrades = form.Sections.Select(s => Part(s.Code)?.Grade).OfType<string>().ToList();
        return form.SuggestedOverallGrade(form.Score(byPart), sectionGrades);
    }

    private Dictionary<string, IReadOnlyDictionary<string, string>> AnswersByPart(FrameworkForm form) =>
        PartsToJudge(form).ToDictionary(
            p => p.Code,
            p => Part(p.Code)?.AnswersByItem() ?? new Dictionary<string, string>(),
            StringComparer.Ordinal);

    private void SubmitOnForm(FrameworkForm form, DateTimeOffset at)
    {
        var outstanding = OutstandingParts(form);
        if (outstanding.Count > 0)
        {
            throw new DomainRuleException($"Judge every part before submitting: {string.Join(", ", outstanding.Select(p => p.Title))} still to do.");
        }

        var overall = form.Overall is null ? null : Part(OverallPart.Code);
        if (overall is { IsOverridden: true } && string.IsNullOrWhiteSpace(overall.OverrideReason))
        {
            throw new DomainRuleException(
                $"Sections changed after the whole was judged: the answers now suggest {form.GradeScale!.Grade(overall.SuggestedGrade)}. Look at {form.Overall!.Part.Title.ToLowerInvariant()} again.");
        }

        var grade = overall?.Grade is { } value ? form.GradeScale?.Grade(value) : null;
        PassesBarOnForm = grade is null ? null : form.GradeScale!.Passes(grade.Value);

        var words = new List<string>();
        if (grade is not null)
        {
            words.Add(grade.ToString());
        }

        var total = PointsOnForm;
        if (total.Available > 0m)
        {
            words.Add(total.ToString());
        }

        if (overall?.Rating is { } rating && form.Overall!.Rating is { } question && form.Scale(question.Answers)!.Option(rating) is { } option)
        {
            words.Add(string.Equals(option.Label, option.Value, StringComparison.Ordinal)
                ? $"rated {option.Value}"
                : string.Create(CultureInfo.InvariantCulture, $"rated {option.Value} {option.Label}"));
        }

        ResultOnForm = words.Count > 0 ? string.Join("; ", words) : "Judged without a grade or points";
        SubmittedAt = at;
    }

    private static FrameworkForm FormOf(FrameworkVersion framework) =>
        framework.Scheme == ScoringScheme.Form && framework.Form is { } form
            ? form
            : throw new DomainRuleException($"Version {framework.Number} of the framework is graded section by section on the 1–4 scale, not part by part.");

    private static string OptionsInWords(AnswerScale scale)
    {
        var labels = scale.Options.Select(o => o.Label.ToLowerInvariant()).ToList();
        return labels.Count <= 3
            ? $"{string.Join(", ", labels.Take(labels.Count - 1))} or {labels[^1]}"
            : $"choose one of the {labels.Count} answers";
    }
}
