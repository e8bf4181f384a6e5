namespace EhcpQa.Web.Features.Feedback;

/// <summary>
/// Everything the feedback form for a caseworker on one graded draft shows, already read from the
/// database (never entities) and put in the words of the framework it was graded on. Modelled on
/// Shropshire's Annex A, "Feedback for Draft Education, Health and Care Plans".
/// </summary>
/// <param name="PlanReference">The plan's reference, for example "EHC-2026-0042".</param>
/// <param name="ChildIdentifier">The child's initials or pseudonymous identifier, never their name.</param>
/// <param name="GradingPurpose">For example "Sign-off grading" or "Agreed sign-off grade".</param>
/// <param name="Overall">The overall result: "3 Requires improvement", or a form's grade, points and rating.</param>
/// <param name="OverallPassesBar">Whether the overall result reaches the framework's bar; null where the framework sets none.</param>
/// <param name="IssuedOnlyAtBar">Whether the authority issues a plan only when it reaches the bar.</param>
/// <param name="Scale">How the framework's grades read, for the words around them.</param>
/// <param name="Outcome">For example "Returned for changes", "Signed off", "Awaiting decision".</param>
/// <param name="Sections">The framework's sections or parts in its order, the whole last.</param>
/// <param name="GeneratedAt">When the form is produced, from the caller's clock.</param>
/// <param name="Decision">Who decided on the draft, when, and the note they wrote to the caseworker; null before the decision.</param>
public sealed record FeedbackFormData(
    string PlanReference,
    string ChildIdentifier,
    string Caseworker,
    string Locality,
    int VersionNumber,
    DateTimeOffset SubmittedAt,
    string GradedBy,
    DateTimeOffset? GradedAt,
    string GradingPurpose,
    string FrameworkTitle,
    int FrameworkVersion,
    FeedbackGrade Overall,
    bool? OverallPassesBar,
    bool IssuedOnlyAtBar,
    FeedbackScale Scale,
    string Outcome,
    DateOnly StatutoryDeadline,
    IReadOnlyList<FeedbackFormSection> Sections,
    DateTimeOffset GeneratedAt,
    FeedbackDecision? Decision = null);

/// <summary>The decision on a draft, signed by who made it: "Returned for changes by Morgan Hale on 3 December 2026".</summary>
public sealed record FeedbackDecision(string Outcome, string By, DateTimeOffset At, string? Note);

/// <summary>Wording another grader of the same draft suggested for a section, with who they are ("Jordan Price, second opinion").</summary>
public sealed record GraderWording(string Who, string Wording);

/// <summary>How a grade or result looks: its words, and the colour of its tag.</summary>
public sealed record FeedbackGrade(string Words, FeedbackTone Tone);

/// <summary>The colour a grade is shown in: reaching the bar, below it, the worst grade, or no grade.</summary>
public enum FeedbackTone
{
    None = 0,
    Pass,
    BelowBar,
    Worst,
}

/// <summary>
/// The framework's words around grades: how its scale runs ("Grades run from 1 Outstanding (best) … to 4
/// Inadequate."), the bar ("at least Good"), what its criteria are called and what suggests a grade.
/// </summary>
public sealed record FeedbackScale(string? Explanation, string? Bar, string CriteriaHeading, string SuggestedBy);

/// <summary>The judgement of one section or part.</summary>
/// <param name="Label">"B", "H1" or "Section B"; for the plan as a whole "Overall" or "The plan overall".</param>
/// <param name="Title">The section's title, for example "Special educational needs".</param>
/// <param name="Grade">The grade given; null where the framework does not grade the part.</param>
/// <param name="Suggested">The grade the answers suggested, where it differs from the grade given.</param>
/// <param name="OverrideReason">Why the grade differs from the suggestion, when it does.</param>
/// <param name="Points">The part's points in words ("14 out of 20 (70.0%)"), where the framework has points.</param>
/// <param name="Prompts">The framework's reminders for plan writers on this section.</param>
public sealed record FeedbackFormSection(
    string Label,
    string Title,
    FeedbackGrade? Grade,
    FeedbackGrade? Suggested,
    string? OverrideReason,
    string? Points,
    IReadOnlyList<FeedbackFormAnswer> Answers,
    string? Strengths,
    string? AreasForImprovement,
    string? Rationale,
    string? SuggestedWording,
    IReadOnlyList<string> Prompts)
{
    /// <summary>What the draft's other graders suggested for this section, so the caseworker has every suggestion.</summary>
    public IReadOnlyList<GraderWording> OtherWording { get; init; } = [];
}

/// <summary>One criterion and the grader's answer ("Yes", "No", "N/A", "4 Good", or what they wrote), with the points it earned where it has points.</summary>
public sealed record FeedbackFormAnswer(string Code, string Criterion, string Answer, string? Points = null);
