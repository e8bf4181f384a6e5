using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Grades;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Gradings;

/// <summary>The judgement of one part of a framework's own form as the grader fills it in; holds exactly what they chose and wrote.</summary>
public sealed class PartJudgementForm : CommentaryForm
{
    /// <summary>Item code → the option's value, or the text written for a free-text item.</summary>
    public Dictionary<string, string?> Answers { get; set; } = new(StringComparer.Ordinal);

    [Display(Name = "Grade")]
    public string? Grade { get; set; }

    [Display(Name = "Overall rating")]
    public string? Rating { get; set; }

    public IReadOnlyDictionary<string, string> GivenAnswers() =>
        Answers.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value!, StringComparer.Ordinal);

    public static PartJudgementForm From(PartJudgement? judgement, Guid concurrencyToken)
    {
        var form = new PartJudgementForm();
        if (judgement is null)
        {
            form.ConcurrencyToken = concurrencyToken;
            return form;
        }

        form.Answers = judgement.Answers.ToDictionary(a => a.ItemCode, a => (string?)a.Value, StringComparer.Ordinal);
        form.Grade = judgement.Grade;
        form.Rating = judgement.Rating;
        form.Fill(judgement.Strengths, judgement.AreasForImprovement, judgement.Rationale, judgement.SuggestedWording, judgement.OverrideReason, concurrencyToken);
        return form;
    }
}

/// <summary>Another grader's judgement of the same part, shown when agreeing.</summary>
public sealed record ReferencePart(string Who, GradingPurpose Purpose, PartJudgement Judgement)
{
    public OtherGrading ViewOn(FrameworkForm form) => OtherGrading.Of($"{Purpose.Name()} by {Who}: {FormWording.ResultOf(form, Judgement)}", Judgement.Strengths,
        Judgement.AreasForImprovement, Judgement.Rationale, Judgement.SuggestedWording, Judgement.OverrideReason);
}

/// <summary>One part of a form as a grader answers it: its items (under their sub-headings), its grade as the form's rule has it, and the commentary.</summary>
public sealed record PartPage(
    Grading Grading,
    string PlanReference,
    int VersionNumber,
    FrameworkForm Framework,
    FormSection Part,
    IReadOnlyList<(string Heading, string Text)> DraftText,
    PartJudgementForm Form,
    PartJudgement? Saved,
    IReadOnlyList<ReferencePart> References)
{
    /// <summary>What is judged, as the pages name it.</summary>
    public required GradingSubject Subject { get; init; }

    public bool IsOverall => Part.Code == OverallPart.Code;

    public string Heading => FormWording.HeadingOf(Part);

    /// <summary>How this part's grade is reached.</summary>
    public GradeRule Rule => Framework.RuleFor(Part.Code);

    public AnswerScale ScaleOf(FormItem item) => Framework.Scale(item.Answers)!;

    public static IReadOnlyList<SelectListItem> OptionItems(AnswerScale scale) =>
        scale.Options.Select(o => new SelectListItem(FormWording.OptionLabel(o), o.Value)).ToList();

    /// <summary>Short options sit side by side, as Yes / No does; longer scales are listed.</summary>
    public static bool Inline(AnswerScale scale) => scale.Options.Count <= 3 && scale.Options.All(o => o.Label.Length <= 12);

    public IReadOnlyList<SelectListItem> GradeItems => Framework.GradeScale!.BestToWorst
        .Select(g => new SelectListItem(g.ToString(), g.Value))
        .ToList();

    /// <summary>Each grade with what it means, for the folded "What each grade means".</summary>
    public IReadOnlyList<(string Grade, string Meaning)> GradeMeanings => GradeItems
        .Select(item => (item.Text, GradeHintsByValue.GetValueOrDefault(item.Value) ?? string.Empty))
        .ToList();

    private IReadOnlyDictionary<string, string> GradeHintsByValue => Framework.GradeScale!.Grades
        .Where(g => g.Descriptors.Count > 0)
        .ToDictionary(g => g.Value, g => string.Join(" ", g.Descriptors));

    /// <summary>The grade a saved judgement's answers suggest, in words; null when nothing is saved or the rule has no bands.</summary>
    public string? SavedSuggestion => Saved?.SuggestedGrade is { } value ? Framework.GradeScale?.Grade(value)?.ToString() : null;

    /// <summary>The part's score as saved: its points and each sub-heading's.</summary>
    public PartScore? SavedScore => Saved is null ? null : Framework.ScorePart(Part, Saved.AnswersByItem());

    /// <summary>The sections' judgements so far, shown beside the overall part.</summary>
    public IReadOnlyList<(FormSection Section, PartJudgement? Judgement)> SectionResults =>
        Framework.Sections.Select(s => (s, Grading.Part(s.Code))).ToList();
}

public sealed record FormTaskListRow(FormSection Part, PartJudgement? Judgement, bool CanStart);

public sealed record FormTaskList(
    Grading Grading,
    string PlanReference,
    int VersionNumber,
    string FrameworkTitle,
    FrameworkForm Form,
    IReadOnlyList<FormTaskListRow> Rows,
    Guid ConcurrencyToken,
    GradingSubject Back)
{
    /// <summary>What the grading can start from: the gradings being agreed, or the grades of parts unchanged since the last version.</summary>
    public StartingPoint? Start { get; init; }

    /// <summary>The draft's golden thread (none for a final plan under moderation).</summary>
    public EhcpQa.Domain.DraftChecks.ThreadMatrix? Thread { get; init; }

    public bool IsComplete => Rows.All(r => r.Judgement is not null);

    /// <summary>The total of every part judged so far.</summary>
    public Points Total => Grading.PointsOnForm;
}

/// <summary>How a form's parts, options and results read on the grading pages and in feedback.</summary>
public static class FormWording
{
    /// <summary>"B Education: special educational needs", or the overall part's own title.</summary>
    public static string HeadingOf(FormSection part) =>
        part.Code == OverallPart.Code || part.Title.StartsWith(part.Code, StringComparison.OrdinalIgnoreCase) ? part.Title : $"{part.Code} {part.Title}";

    /// <summary>An option as a grader picks it: its label, with its value where the value is a number on a rating ("3 Good").</summary>
    public static string OptionLabel(AnswerOption option) =>
        decimal.TryParse(option.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _)
        && !string.Equals(option.Value, option.Label, StringComparison.Ordinal)
        && !option.Label.StartsWith(option.Value, StringComparison.Ordinal)
            ? $"{option.Value} {option.Label}"
            : option.Label;

    /// <summary>An item's answer in words: the option's label, the text written, or a dash.</summary>
    public static string AnswerOf(FrameworkForm form, FormItem item, string? value) =>
        form.Scale(item.Answers) is { Kind: not AnswerKind.Text } scale
            ? scale.Option(value) is { } option ? OptionLabel(option) : "–"
            : string.IsNullOrWhiteSpace(value) ? "–" : value;

    /// <summary>The points an item's answer earned, as "1 of 2" ("N/A" where it was not applicable); null for an item without points.</summary>
    public static string? PointsOf(FrameworkForm form, FormItem item, string? value)
    {
        var available = form.PointsAvailable(item);
        if (available == 0m)
        {
            return null;
        }

        var option = form.Scale(item.Answers)?.Option(value);
        return option switch
        {
            null => "–",
            { NotApplicable: true } => "N/A",
            _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{option.Points ?? 0m:0.##} of {available:0.##}"),
        };
    }

    /// <summary>A grade value on the form's scale in words ("2 Good").</summary>
    public static string GradeOf(FrameworkForm form, string? value) =>
        value is null ? "Not graded" : form.GradeScale?.Grade(value)?.ToString() ?? value;

    /// <summary>A part's result in a few words: its grade where it has one, else its points, with the overall rating on the whole.</summary>
    public static string ResultOf(FrameworkForm form, PartJudgement part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var result = part.Grade is not null ? GradeOf(form, part.Grade) : part.Points.Available > 0 ? part.Points.ToString() : "Judged";
        if (part.Rating is null || form.Overall?.Rating is not { } question)
        {
            return result;
        }

        var rating = form.Scale(question.Answers)?.Option(part.Rating) is { } option ? OptionLabel(option) : part.Rating;
        return $"{result}, rated {rating}";
    }
}
