namespace EhcpQa.Web.Features.Feedback;

/// <summary>
/// Everything the feedback form for a caseworker on one graded draft shows, already read from the
/// database (never entities). Modelled on Shropshire's Annex A, "Feedback for Draft Education,
/// Health and Care Plans".
/// </summary>
/// <param name="PlanReference">The plan's reference, for example "EHC-2026-0042".</param>
/// <param name="ChildIdentifier">The child's initials or pseudonymous identifier, never their name.</param>
/// <param name="GradingPurpose">For example "Sign-off grading" or "Agreed sign-off grade".</param>
/// <param name="Outcome">For example "Returned for changes", "Signed off", "Awaiting decision".</param>
/// <param name="Sections">Sections A–K (H1 and H2 apart) in plan order, then the plan overall.</param>
/// <param name="GeneratedAt">When the form is produced, from the caller's clock.</param>
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
    int OverallGradeValue,
    string OverallGradeName,
    bool OverallAtLeastGood,
    bool IssuedOnlyAtLeastGood,
    string Outcome,
    DateOnly StatutoryDeadline,
    IReadOnlyList<FeedbackFormSection> Sections,
    DateTimeOffset GeneratedAt);

/// <summary>The judgement of one section.</summary>
/// <param name="Label">"B", "H1" or "Section B"; for the plan as a whole "Overall" or "The plan overall".</param>
/// <param name="Title">The section's title, for example "Special educational needs".</param>
/// <param name="GradeValue">The grade given, 1 (Outstanding) to 4 (Inadequate).</param>
/// <param name="SuggestedGradeValue">The grade the descriptor answers suggest; 0 when none was suggested.</param>
/// <param name="OverrideReason">Why the grade differs from the suggestion, when it does.</param>
/// <param name="Prompts">The framework's reminders for plan writers on this section.</param>
public sealed record FeedbackFormSection(
    string Label,
    string Title,
    int GradeValue,
    string GradeName,
    int SuggestedGradeValue,
    string SuggestedGradeName,
    string? OverrideReason,
    IReadOnlyList<FeedbackFormAnswer> Answers,
    string? Strengths,
    string? AreasForImprovement,
    string? Rationale,
    string? SuggestedWording,
    IReadOnlyList<string> Prompts);

/// <summary>One descriptor of good practice and the grader's answer: "Yes", "No" or "N/A".</summary>
public sealed record FeedbackFormAnswer(int Number, string Descriptor, string Answer);
