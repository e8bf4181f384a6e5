using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Frameworks;

/// <summary>A draft's editing page: its details and its parts, each to change, move or remove.</summary>
public sealed record DraftPage(FrameworkVersion Version, Guid ConcurrencyToken)
{
    public FrameworkForm Form => Version.Form!;
}

public sealed record DraftDetailsPage(FrameworkVersion Version, DraftDetailsForm Details)
{
    public static IReadOnlyList<SelectListItem> NotApplicableItems { get; } =
    [
        new(FormWords.NotApplicable(NotApplicableRule.RemovesItem), nameof(NotApplicableRule.RemovesItem)),
        new(FormWords.NotApplicable(NotApplicableRule.AwardsFullPoints), nameof(NotApplicableRule.AwardsFullPoints)),
    ];

    public static IReadOnlyList<SelectListItem> AssessesItems { get; } =
        Enum.GetValues<AssessedDocument>().Select(d => new SelectListItem(FormWords.Assesses(d), d.ToString())).ToList();
}

/// <summary>A draft's title, source and N/A rule, as typed.</summary>
public sealed class DraftDetailsForm
{
    [Display(Name = "Title of the version")]
    public string? Title { get; set; }

    [Display(Name = "Source (optional)")]
    public string? Source { get; set; }

    [Display(Name = "What an N/A answer does to points")]
    public NotApplicableRule? NotApplicable { get; set; }

    [Display(Name = "What the form assesses")]
    public AssessedDocument? Assesses { get; set; }

    public Guid ConcurrencyToken { get; set; }
}

/// <param name="Part">The part being changed; null while a new section is added.</param>
public sealed record DraftSectionPage(FrameworkVersion Version, FormSection? Part, DraftSectionForm Section)
{
    public FrameworkForm Form => Version.Form!;

    public bool IsOverall => Part is not null && Form.Overall?.Part == Part;

    public IReadOnlyList<SelectListItem> ScaleItems => DraftItemPage.ScaleItemsOf(Form);
}

/// <summary>A section's code, title and prompts as typed; for a new section, its first item too (a section has at least one).</summary>
public sealed class DraftSectionForm
{
    [Display(Name = "Code")]
    public string? Code { get; set; }

    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Prompts for plan writers (optional, one a line)")]
    public string? Prompts { get; set; }

    [Display(Name = "Its first item")]
    public string? ItemText { get; set; }

    [Display(Name = "How the first item is answered")]
    public string? ItemAnswers { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public IReadOnlyList<string> PromptLines =>
        (Prompts ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    public static DraftSectionForm From(FormSection part, Guid token) => new()
    {
        Code = part.Code,
        Title = part.Title,
        Prompts = string.Join(Environment.NewLine, part.Prompts),
        ConcurrencyToken = token,
    };
}

/// <param name="Item">The item being changed; null while one is added.</param>
public sealed record DraftItemPage(FrameworkVersion Version, FormSection Part, FormItem? Item, DraftItemForm Input)
{
    public FrameworkForm Form => Version.Form!;

    public IReadOnlyList<SelectListItem> ScaleItems => ScaleItemsOf(Form);

    public static IReadOnlyList<SelectListItem> ScaleItemsOf(FrameworkForm form) =>
        form.AnswerScales.Select(s => new SelectListItem($"{s.Key}: {FormWords.Options(s)}", s.Key)).ToList();
}

/// <summary>An item as typed: its code (numbered next when left empty), text, scale, and help for graders.</summary>
public sealed class DraftItemForm
{
    [Display(Name = "Code (optional: new items are numbered)")]
    public string? Code { get; set; }

    [Display(Name = "Criterion")]
    public string? Text { get; set; }

    [Display(Name = "How it is answered")]
    public string? Answers { get; set; }

    [Display(Name = "Sub-heading (optional)")]
    public string? Subheading { get; set; }

    [Display(Name = "What to look for (optional)")]
    public string? Guidance { get; set; }

    [Display(Name = "Prompt for the plan writer (optional)")]
    public string? FeedbackPrompt { get; set; }

    [Display(Name = "What good looks like (optional)")]
    public string? Example { get; set; }

    [Display(Name = "Quality standard number (optional)")]
    public string? Standard { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public FormItem ToItem() => new(
        Code?.Trim() ?? string.Empty,
        Text?.Trim() ?? string.Empty,
        Answers ?? string.Empty,
        Optional(Subheading),
        Optional(Guidance),
        Optional(FeedbackPrompt),
        Optional(Example),
        int.TryParse(Standard?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var standard) ? standard : null);

    public static DraftItemForm From(FormItem? item, Guid token) => new()
    {
        Code = item?.Code,
        Text = item?.Text,
        Answers = item?.Answers,
        Subheading = item?.Subheading,
        Guidance = item?.Guidance,
        FeedbackPrompt = item?.FeedbackPrompt,
        Example = item?.Example,
        Standard = item?.Standard?.ToString(CultureInfo.InvariantCulture),
        ConcurrencyToken = token,
    };

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class DraftItemFormValidator : AbstractValidator<DraftItemForm>
{
    public DraftItemFormValidator()
    {
        RuleFor(f => f.Standard).Must(s => string.IsNullOrWhiteSpace(s) || int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .WithMessage("Enter the quality standard's number as a whole number, or leave it empty");
    }
}

internal static class DraftWords
{
    public static string Count(int count, string one) => count == 1 ? $"1 {one}" : $"{count.ToString(CultureInfo.InvariantCulture)} {one}s";
}

/// <summary>The move and remove buttons of one row of a draft (a section or an item) at <paramref name="Url"/>.</summary>
public sealed record DraftRowActions(string Url, Guid ConcurrencyToken, bool CanMoveUp, bool CanMoveDown, string Name);
