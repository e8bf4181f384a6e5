using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Gradings;

/// <summary>What a grader writes about a section or part, whatever the framework: kept exactly as typed.</summary>
public abstract class CommentaryForm
{
    [Display(Name = "Strengths")]
    public string? Strengths { get; set; }

    [Display(Name = "Areas for improvement")]
    public string? AreasForImprovement { get; set; }

    [Display(Name = "Rationale for the grade")]
    public string? Rationale { get; set; }

    [Display(Name = "Suggested wording for the plan writer")]
    public string? SuggestedWording { get; set; }

    [Display(Name = "Why does your grade differ from the suggested grade?")]
    public string? OverrideReason { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public SectionCommentary Commentary() => new(Strengths, AreasForImprovement, Rationale, SuggestedWording, OverrideReason);

    protected void Fill(
        string? strengths, string? areasForImprovement, string? rationale, string? suggestedWording, string? overrideReason, Guid concurrencyToken)
    {
        (Strengths, AreasForImprovement, Rationale, SuggestedWording, OverrideReason, ConcurrencyToken) =
            (strengths, areasForImprovement, rationale, suggestedWording, overrideReason, concurrencyToken);
    }
}

/// <summary>The judgement of one section as the grader fills it in; holds exactly what they chose and wrote.</summary>
public sealed class JudgementForm : CommentaryForm
{
    public Dictionary<int, DescriptorAnswer?> Answers { get; set; } = [];

    [Display(Name = "Grade")]
    public int? Grade { get; set; }

    public IReadOnlyDictionary<int, DescriptorAnswer> GivenAnswers() =>
        Answers.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value!.Value);

    public static JudgementForm From(SectionJudgement? judgement, Guid concurrencyToken)
    {
        var form = new JudgementForm();
        if (judgement is null)
        {
            form.ConcurrencyToken = concurrencyToken;
            return form;
        }

        form.Answers = judgement.Answers.ToDictionary(a => a.DescriptorNumber, a => (DescriptorAnswer?)a.Answer);
        form.Grade = judgement.Grade.Value;
        form.Fill(judgement.Strengths, judgement.AreasForImprovement, judgement.Rationale, judgement.SuggestedWording, judgement.OverrideReason, concurrencyToken);
        return form;
    }
}

/// <summary>Another grader's judgement of the same section, shown when agreeing a grade.</summary>
public sealed record ReferenceJudgement(string Who, GradingPurpose Purpose, SectionJudgement Judgement)
{
    public OtherGrading View => OtherGrading.Of($"{Purpose.Name()} by {Who}: {Judgement.Grade}", Judgement.Strengths, Judgement.AreasForImprovement,
        Judgement.Rationale, Judgement.SuggestedWording, Judgement.OverrideReason);
}

/// <summary>What another grader gave a section and wrote about it, as the person agreeing a grade reads it.</summary>
public sealed record OtherGrading(string Heading, IReadOnlyList<(string Label, string Text)> Comments)
{
    public static OtherGrading Of(string heading, string? strengths, string? areasForImprovement, string? rationale, string? suggestedWording, string? overrideReason) =>
        new(heading, new (string Label, string? Text)[]
            {
                ("Strengths", strengths),
                ("Areas for improvement", areasForImprovement),
                ("Rationale", rationale),
                ("Suggested wording for the plan writer", suggestedWording),
                ("Why the grade differs from the suggested grade", overrideReason),
            }
            .Where(c => !string.IsNullOrWhiteSpace(c.Text))
            .Select(c => (c.Label, c.Text!))
            .ToList());
}

public sealed record JudgementPage(
    Grading Grading,
    string PlanReference,
    int VersionNumber,
    FrameworkVersion Framework,
    FrameworkSection Section,
    string DraftText,
    JudgementForm Form,
    Grade? SavedSuggestion,
    IReadOnlyList<ReferenceJudgement> References,
    IReadOnlyList<(PlanSection Section, Grade Grade)> SectionGrades,
    DraftChecks.DraftReading Reading)
{
    public static IReadOnlyList<SelectListItem> AnswerItems(Descriptor descriptor)
    {
        var items = new List<SelectListItem>
        {
            new("Yes", nameof(DescriptorAnswer.Yes)),
            new("No", nameof(DescriptorAnswer.No)),
        };
        if (descriptor.AllowsNotApplicable)
        {
            items.Add(new SelectListItem("Not applicable", nameof(DescriptorAnswer.NotApplicable)));
        }

        return items;
    }

    /// <summary>What the section's fields need besides what the grader gave.</summary>
    public JudgingFields Judging => new(Grading.Id, Section, SavedSuggestion, JudgingFields.GradeMeaningsOn(Framework), OnOnePage: false);
}

/// <summary>
/// What the fields of one section's judgement (the partial <c>_JudgementFields</c>, bound to a
/// <see cref="JudgementForm"/>) need besides what the grader gave: the section, the suggestion its saved
/// answers gave, what each grade means; and whether the section shares its page with the others.
/// </summary>
public sealed record JudgingFields(
    int GradingId, FrameworkSection Section, Grade? SavedSuggestion, IReadOnlyList<(string Grade, string Meaning)> GradeMeanings, bool OnOnePage)
{
    /// <summary>
    /// Whether the grade box follows the answers as they are given. Not for the plan overall on a page of every
    /// section until the sections are saved: its suggestion rests on their saved grades, so it is given on saving.
    /// </summary>
    public bool Live { get; init; } = true;

    /// <summary>Where the partial finds this in its view data.</summary>
    public const string Key = nameof(JudgingFields);

    public static IReadOnlyList<SelectListItem> GradeItems => Grade.All
        .Select(g => new SelectListItem($"{g.Value} {g.Name}", g.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>Each grade with what the framework says it means, for the folded "What each grade means".</summary>
    public static IReadOnlyList<(string Grade, string Meaning)> GradeMeaningsOn(FrameworkVersion framework) => Grade.All
        .Select(g => ($"{g.Value} {g.Name}", string.Join(" ", framework.DescriptorFor(g)?.Points ?? [])))
        .ToList();

    /// <summary>Read out after each commentary field's label where sections share a page, so each field says its section.</summary>
    public string? LabelContext => OnOnePage ? $"for {Section.PlanSection.Label.ToLowerInvariant()}" : null;
}

public sealed record TaskListRow(FrameworkSection Section, SectionJudgement? Judgement, bool CanStart);

public sealed record GradingTaskList(
    Grading Grading,
    int PlanId,
    string PlanReference,
    int VersionNumber,
    string FrameworkTitle,
    IReadOnlyList<TaskListRow> Rows,
    Guid ConcurrencyToken,
    GradingSubject Back)
{
    public bool IsComplete => Rows.All(r => r.Judgement is not null);

    /// <summary>What the grading can start from: the gradings being agreed, or the grades of sections unchanged since the last version.</summary>
    public StartingPoint? Start { get; init; }

    /// <summary>The draft's golden thread (none for a final plan under moderation).</summary>
    public EhcpQa.Domain.DraftChecks.ThreadMatrix? Thread { get; init; }
}

/// <summary>
/// What a grading can take in one step instead of grading again: for an agreed grade, the gradings being
/// agreed side by side (and how many sections they agree on that are not yet recorded); for the first
/// grading of a resubmitted draft, the sections unchanged since the version last decided.
/// </summary>
public sealed record StartingPoint(int GradingId, Guid ConcurrencyToken, SideBySide? Together, EarlierGrades? Earlier);

/// <summary>
/// The gradings being agreed, section by section: each grader's result, whether they agree, whether it is
/// recorded here yet; and how many sections one step would record now (a plan overall waits for every section).
/// </summary>
public sealed record SideBySide(IReadOnlyList<string> Graders, IReadOnlyList<SideBySideRow> Rows, int StillToTake)
{

    public static string SectionsInWords(int count) => count == 1 ? "1 section" : $"{count} sections";
}

public sealed record SideBySideRow(string Heading, IReadOnlyList<string> Results, bool Agree, bool Recorded);

/// <summary>The sections of a resubmitted draft unchanged since the version last decided, whose grades can be kept.</summary>
public sealed record EarlierGrades(int VersionNumber, IReadOnlyList<string> Headings);

/// <summary>A grading read back in full: for its grader, for those allowed to read it, and as feedback.</summary>
public sealed record GradingReadout(
    Grading Grading,
    string Grader,
    string PlanReference,
    int PlanId,
    int VersionNumber,
    FrameworkVersion Framework)
{
    /// <summary>Where the page leads back to; null where the readout is part of another page.</summary>
    public GradingSubject? Back { get; init; }
}

/// <summary>
/// How a grading's pages name what is judged and where they lead back to: sign-off gradings show the plan's
/// reference and return to its sign-off page; moderation gradings show only the plan's session code
/// (moderators work on pseudonymised plans) and return to the plan's moderation page; an advice audit names the
/// advice (never the plan: an agency lead does not see plans) and returns to the advice's page.
/// </summary>
/// <param name="Caption">The line above the page's heading; null for a plan's, which gives its reference and version.</param>
/// <param name="Name">What the page's title names; null for a plan's, "plan" and its reference.</param>
/// <param name="TextHeading">The heading over the text judged, beside the form; null for a plan's draft or final text.</param>
/// <param name="DocumentHref">Where the document judged is downloaded, where the text alone is not all of it.</param>
/// <param name="Timeliness">For advice, whether it came on time, from its dates (never typed by the grader).</param>
public sealed record GradingSubject(
    string PlanLabel,
    string BackHref,
    string BackText,
    string? Caption = null,
    string? Name = null,
    string? TextHeading = null,
    string? DocumentHref = null,
    string? Timeliness = null)
{
    public static GradingSubject SignOff(Domain.Plans.Plan plan) => new(plan.Reference, $"/sign-off/{plan.Id}", "Back to the draft");

    public static GradingSubject Moderated(Moderation.ModerationCode codes, int sessionId, int planId) =>
        new(codes.For(sessionId, planId), Moderation.ModerationRoutes.Plan(sessionId, planId), "Back to the plan");

    public static GradingSubject AdviceAudited(Domain.Advice.AdviceRequest advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        var received = advice.ReceivedOn is { } on ? $", received {on.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}" : string.Empty;
        return new(string.Empty, $"/advice/{advice.Id}", "Back to the advice",
            Caption: $"Advice from {advice.ServiceWords.ToLowerInvariant()}{received}",
            Name: $"advice from {advice.ServiceWords.ToLowerInvariant()}",
            TextHeading: "The advice",
            DocumentHref: advice.Document is null ? null : $"/advice/{advice.Id}/document",
            Timeliness: TimelinessOf(advice));
    }

    private static string TimelinessOf(Domain.Advice.AdviceRequest advice)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        var dates = $"requested {advice.RequestedOn.ToString("d MMMM yyyy", culture)}, due {advice.DueOn.ToString("d MMMM yyyy", culture)}";
        return advice.ReceivedOn is not { } received
            ? $"Not received yet: {dates}."
            : advice.ReceivedOnTime == true
                ? $"On time: {dates}, received {received.ToString("d MMMM yyyy", culture)} ({advice.DaysTaken} days after the request)."
                : $"Late: {dates}, received {received.ToString("d MMMM yyyy", culture)}, {advice.DaysLate} days after it was due.";
    }

    /// <summary>The line above a grading page's heading.</summary>
    public string CaptionFor(int versionNumber) => Caption ?? $"Plan {PlanLabel}, version {versionNumber}";

    /// <summary>What a grading page's title names.</summary>
    public string NameInTitle => Name ?? $"plan {PlanLabel}";
}

/// <summary>
/// What the grade box says as a grader answers (the page's script asks for it after each answer): the grade
/// the answers suggest so far, and, once a grade is chosen that differs from it, the reason the page will ask for.
/// </summary>
public sealed record LiveSuggestion(string Text, bool ReasonNeeded)
{
    public static LiveSuggestion For(string? suggestion, int answered, int total, string? chosen, string? reasonNeeded)
    {
        if (suggestion is null)
        {
            return new(chosen is null ? "Choose a grade." : $"You have chosen {chosen}.", false);
        }

        var so = answered < total ? $"So far ({answered} of {total} answered) your answers suggest {suggestion}." : $"Your answers suggest {suggestion}.";
        var text = (chosen, reasonNeeded) switch
        {
            (null, _) => $"{so} If you grade differently, say why.",
            (_, null) => $"{so} You have chosen {chosen}.",
            _ => $"{so} You have chosen {chosen}: {reasonNeeded}, under \"Why does your grade differ from the suggested grade?\".",
        };
        return new(text, reasonNeeded is not null);
    }

    public static LiveSuggestion ForPoints(string points, int answered, int total) =>
        new(answered < total ? $"So far ({answered} of {total} answered) your answers score {points}." : $"Your answers score {points}.", false);
}

/// <summary>Every section of a grading as the grader fills them in on one page: each section's form under its code.</summary>
public sealed class AllSectionsForm
{
    public Dictionary<string, JudgementForm> Sections { get; set; } = new(StringComparer.Ordinal);

    public Guid ConcurrencyToken { get; set; }

    /// <summary>What the grader gave each section of the plan the page names.</summary>
    public IEnumerable<SectionEntry> Entries()
    {
        foreach (var (code, form) in Sections)
        {
            if (PlanSections.TryParse(code, out var section))
            {
                yield return new SectionEntry(section, form.GivenAnswers(), Grade.TryFromValue(form.Grade, out var grade) ? grade : null, form.Commentary());
            }
        }
    }

    /// <summary>Where a section's fields are named on the page.</summary>
    public static string PrefixOf(SectionCode section) => $"Form.{nameof(Sections)}[{section}].";
}

/// <summary>A grading's sections on one page, in plan order with the plan overall last, and how many this saving recorded.</summary>
public sealed record AllSectionsPage(Grading Grading, GradingSubject Subject, int VersionNumber, IReadOnlyList<SectionOnPage> Sections, AllSectionsForm Form, int Saved, DraftChecks.DraftReading Reading);

/// <summary>One section on the page of them all: its text, the judgements being agreed, and what its fields need.</summary>
public sealed record SectionOnPage(FrameworkSection Section, string DraftText, IReadOnlyList<ReferenceJudgement> References, JudgingFields Judging);

/// <summary>What a grader reads beside a section's fields: its text in the plan, the framework's prompts, the judgements being agreed.</summary>
public sealed record SectionBeside(GradingPurpose Purpose, FrameworkSection Section, string DraftText, IReadOnlyList<ReferenceJudgement> References, bool OnOnePage, IReadOnlyList<EhcpQa.Domain.DraftChecks.DraftWarning> Warnings);
