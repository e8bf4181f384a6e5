namespace EhcpQa.Domain.Frameworks.Forms;

/// <summary>What a framework's form assesses.</summary>
public enum AssessedDocument
{
    /// <summary>A draft or issued EHC plan.</summary>
    Plan = 1,

    /// <summary>Professional advice from a contributing agency.</summary>
    Advice,

    /// <summary>A family's answers about their experience.</summary>
    FamilySurvey,
}

/// <summary>What an "N/A" answer does to points.</summary>
public enum NotApplicableRule
{
    /// <summary>The item leaves the points available.</summary>
    RemovesItem = 1,

    /// <summary>The item counts as fully met.</summary>
    AwardsFullPoints,
}

/// <summary>A numbered quality standard that items may say they serve.</summary>
public sealed record StandardText(int Number, string Title, string Text);

/// <summary>
/// One criterion a grader answers, on one of the form's answer scales, with help for the grader. Items
/// sharing a sub-heading are shown and totalled together.
/// </summary>
public sealed record FormItem(
    string Code,
    string Text,
    string Answers,
    string? Subheading = null,
    string? Guidance = null,
    string? FeedbackPrompt = null,
    string? Example = null,
    int? Standard = null);

/// <summary>A part of the form (a section of the plan, "Part 2 Statutory minimum", "Process"): its items in order.</summary>
public sealed record FormSection(string Code, string Title, IReadOnlyList<string> Prompts, IReadOnlyList<FormItem> Items)
{
    /// <summary>The sub-headings in the order they first appear; null for items without one.</summary>
    public IReadOnlyList<string?> Subheadings => Items.Select(i => i.Subheading).Distinct().ToList();

    public FormItem? Item(string code) => Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));
}

/// <summary>An overall judgement on a scale of its own ("How would you rate the plan as a whole?", 1–5).</summary>
public sealed record OverallRating(string Question, string Answers);

/// <summary>The judgement of the whole: its own items (if any), how the overall grade is reached, and an overall rating.</summary>
public sealed record OverallPart(FormSection Part, GradeRule Grade, OverallRating? Rating)
{
    /// <summary>The code the overall part goes by; no section may take it.</summary>
    public const string Code = "overall";

    public const string DefaultTitle = "The plan overall";
}
