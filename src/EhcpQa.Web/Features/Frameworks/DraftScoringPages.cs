using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Frameworks;

/// <summary>A draft's answer scales, each with the number of items answered on it.</summary>
public sealed record DraftScalesPage(FrameworkVersion Version, Guid ConcurrencyToken)
{
    public FrameworkForm Form => Version.Form!;
}

/// <param name="Scale">The scale being changed; null while one is added.</param>
public sealed record DraftScalePage(FrameworkVersion Version, AnswerScale? Scale, DraftScaleForm Input)
{
    public FrameworkForm Form => Version.Form!;

    public static IReadOnlyList<SelectListItem> KindItems { get; } =
    [
        new("Labelled options (for example Yes / No / N/A, or not evident / partly / fully)", nameof(AnswerKind.Choice)),
        new("A numeric rating (for example 1 to 5): every value a whole number, rising", nameof(AnswerKind.Rating)),
        new("Free text only: no options and no points", nameof(AnswerKind.Text)),
    ];
}

/// <summary>An answer scale as typed: its key, kind and options, with empty rows to add more.</summary>
public sealed class DraftScaleForm
{
    /// <summary>Empty option rows offered beyond the scale's own, so that options can be added without script.</summary>
    public const int SpareRows = 3;

    [Display(Name = "Key")]
    public string? Key { get; set; }

    [Display(Name = "How items on this scale are answered")]
    public AnswerKind? Kind { get; set; }

    public List<DraftOptionInput> Options { get; set; } = [];

    public Guid ConcurrencyToken { get; set; }

    /// <summary>The rows that hold an option, with their row numbers: rows left empty are not options.</summary>
    public IReadOnlyList<(int Row, DraftOptionInput Option)> FilledRows =>
        Options.Select((o, row) => (row, o)).Where(r => !r.o.IsEmpty).ToList();

    public AnswerScale ToScale(AnswerKind fallback) => new(
        Key?.Trim() ?? string.Empty,
        Kind ?? fallback,
        (Kind ?? fallback) == AnswerKind.Text
            ? []
            : FilledRows.Select(r => new AnswerOption(
                r.Option.Value?.Trim() ?? string.Empty,
                r.Option.Label?.Trim() ?? string.Empty,
                DraftNumbers.Parse(r.Option.Points),
                r.Option.NotApplicable)).ToList());

    public static DraftScaleForm From(AnswerScale? scale, Guid token) => new()
    {
        Key = scale?.Key,
        Kind = scale?.Kind,
        Options = (scale?.Options ?? [])
            .Select(o => new DraftOptionInput { Value = o.Value, Label = o.Label, Points = o.Points is { } p ? FormWords.Number(p) : null, NotApplicable = o.NotApplicable })
            .Concat(Enumerable.Range(0, SpareRows).Select(_ => new DraftOptionInput()))
            .ToList(),
        ConcurrencyToken = token,
    };

    /// <summary>The form as typed, with spare rows topped up again for the page shown back.</summary>
    public DraftScaleForm WithSpareRows()
    {
        while (Options.Count(o => o.IsEmpty) < SpareRows)
        {
            Options.Add(new DraftOptionInput());
        }

        return this;
    }
}

public sealed class DraftOptionInput
{
    [Display(Name = "Value stored")]
    public string? Value { get; set; }

    [Display(Name = "Label graders see")]
    public string? Label { get; set; }

    [Display(Name = "Points (optional)")]
    public string? Points { get; set; }

    [Display(Name = "This option means N/A")]
    public bool NotApplicable { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Points) && !NotApplicable;
}

public sealed class DraftScaleFormValidator : AbstractValidator<DraftScaleForm>
{
    public DraftScaleFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Select how items on this scale are answered");
        RuleForEach(f => f.Options).ChildRules(option =>
            option.RuleFor(o => o.Points).Must(DraftNumbers.IsNumberOrEmpty).WithMessage("Enter points as a number, such as 10 or 2.5, or leave them empty"));
    }
}

/// <summary>The grade scale's page: every grade (value, name, what it means), a spare row to add one, the pass bar and the best end.</summary>
public sealed record DraftGradesPage(FrameworkVersion Version, DraftGradesForm Scale)
{
    public GradeScale? GradeScale => Version.Form!.GradeScale;

    /// <summary>The pass bar is chosen from the grades saved; a form without grades yet types the value.</summary>
    public IReadOnlyList<SelectListItem> PassBarItems =>
        (GradeScale?.Grades ?? []).Select(g => new SelectListItem(g.ToString(), g.Value)).ToList();

    public static IReadOnlyList<SelectListItem> BestItems { get; } =
    [
        new("The first grade (for example 1 Outstanding … 4 Inadequate)", DraftGradesForm.First),
        new("The last grade (for example 1 poor … 5 excellent)", DraftGradesForm.Last),
    ];
}

/// <summary>The grade scale as typed: a value, name and descriptors (one a line) for each grade, in the scale's order.</summary>
public sealed class DraftGradesForm
{
    public List<DraftGradeInput> Grades { get; set; } = [];

    [Display(Name = "The bar a plan must reach to pass")]
    public string? PassBar { get; set; }

    public const string First = "first";
    public const string Last = "last";

    [Display(Name = "Which end of the scale is best")]
    public string? Best { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public static DraftGradesForm From(GradeScale? scale, Guid token) => new DraftGradesForm
    {
        Grades = (scale?.Grades ?? [])
            .Select(g => new DraftGradeInput { Value = g.Value, Name = g.Name, Descriptors = string.Join(Environment.NewLine, g.Descriptors) })
            .ToList(),
        PassBar = scale?.PassBar,
        Best = scale is null || scale.BestFirst ? First : Last,
        ConcurrencyToken = token,
    }.WithSpareRow();

    /// <summary>The rows kept as grades, with their row numbers: a row marked to remove, or left empty, is not a grade.</summary>
    public IReadOnlyList<(int Row, ScaleGrade Grade)> Kept =>
        Grades.Select((g, row) => (row, g))
            .Where(r => !r.g.Remove && !r.g.IsEmpty)
            .Select(r => (r.row, new ScaleGrade(r.g.Value ?? string.Empty, r.g.Name ?? string.Empty, Lines(r.g.Descriptors))))
            .ToList();

    public DraftGradesForm WithSpareRow()
    {
        if (Grades.Count == 0 || !Grades[^1].IsEmpty)
        {
            Grades.Add(new DraftGradeInput());
        }

        return this;
    }

    private static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}

public sealed class DraftGradeInput
{
    [Display(Name = "Value")]
    public string? Value { get; set; }

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "What the grade means (one point a line)")]
    public string? Descriptors { get; set; }

    [Display(Name = "Remove this grade")]
    public bool Remove { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Descriptors);
}

/// <summary>How sections and the whole are graded: each rule's mode, its bands (one row a grade) and the overall caps and rating.</summary>
public sealed record DraftGradingPage(FrameworkVersion Version, DraftGradingForm Grading)
{
    public FrameworkForm Form => Version.Form!;

    public GradeScale? GradeScale => Form.GradeScale;

    public static IReadOnlyList<SelectListItem> ModeItems(bool overall) =>
    [
        new(overall ? "No overall grade" : "Sections are not graded", nameof(GradeMode.None)),
        new("The grader chooses the grade (with a suggestion from the bands, where there are bands)", nameof(GradeMode.Chosen)),
        new("The grade is worked out from the percentage by the bands", nameof(GradeMode.Banded)),
    ];

    public static IReadOnlyList<SelectListItem> BasisItems { get; } =
    [
        new("The overall part's own items", nameof(OverallBasis.OverallItems)),
        new("The whole form's total", nameof(OverallBasis.Total)),
    ];

    public static IReadOnlyList<SelectListItem> ReachItems { get; } =
    [
        new("at least", DraftBandInput.AtLeast),
        new("more than", DraftBandInput.MoreThan),
    ];

    public IReadOnlyList<SelectListItem> GradeItems =>
        (GradeScale?.BestToWorst ?? []).Select(g => new SelectListItem(g.ToString(), g.Value)).ToList();

    public IReadOnlyList<SelectListItem> WhichSectionsItems =>
        new[] { new SelectListItem("Sections below the pass bar", DraftCapInput.BelowPassBar) }
            .Concat((GradeScale?.BestToWorst ?? []).Select(g => new SelectListItem($"Sections graded {g} or worse", g.Value)))
            .ToList();

    public IReadOnlyList<SelectListItem> RatingScaleItems =>
        Form.AnswerScales.Where(s => s.Kind != AnswerKind.Text).Select(s => new SelectListItem($"{s.Key}: {FormWords.Options(s)}", s.Key)).ToList();
}

/// <summary>How grades are reached, as typed.</summary>
public sealed class DraftGradingForm
{
    [Display(Name = "How each section gets its grade")]
    public GradeMode? SectionMode { get; set; }

    public List<DraftBandInput> SectionBands { get; set; } = [];

    [Display(Name = "How the plan gets its overall grade")]
    public GradeMode? OverallMode { get; set; }

    [Display(Name = "What the overall bands read")]
    public OverallBasis? OverallBasis { get; set; }

    public List<DraftBandInput> OverallBands { get; set; } = [];

    public List<DraftCapInput> Caps { get; set; } = [];

    [Display(Name = "Question for an overall rating (optional)")]
    public string? RatingQuestion { get; set; }

    [Display(Name = "How the overall rating is answered")]
    public string? RatingAnswers { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public static DraftGradingForm From(FrameworkForm form, Guid token)
    {
        ArgumentNullException.ThrowIfNull(form);
        var overall = form.Overall?.Grade ?? GradeRule.NoGrade;
        return new DraftGradingForm
        {
            SectionMode = form.SectionGrades.Mode,
            SectionBands = BandRows(form.GradeScale, form.SectionGrades),
            OverallMode = overall.Mode,
            OverallBasis = overall.Basis,
            OverallBands = BandRows(form.GradeScale, overall),
            Caps = overall.GradeCaps.Select(DraftCapInput.From).Append(new DraftCapInput()).ToList(),
            RatingQuestion = form.Overall?.Rating?.Question,
            RatingAnswers = form.Overall?.Rating?.Answers,
            ConcurrencyToken = token,
        };
    }

    /// <summary>One row a grade, best first, each with the threshold its band has (empty where the grade has no band).</summary>
    private static List<DraftBandInput> BandRows(GradeScale? scale, GradeRule rule) =>
        (scale?.BestToWorst ?? []).Select(g =>
        {
            var band = rule.Bands.FirstOrDefault(b => string.Equals(b.Grade, g.Value, StringComparison.Ordinal));
            return new DraftBandInput
            {
                Grade = g.Value,
                Threshold = band is null ? null : FormWords.Number(band.Threshold),
                Reach = band is { Above: true } ? DraftBandInput.MoreThan : DraftBandInput.AtLeast,
            };
        }).ToList();

    /// <summary>The bands typed, best grade first, with the row each came from.</summary>
    public static IReadOnlyList<(int Row, Band Band)> BandsOf(IReadOnlyList<DraftBandInput> rows) =>
        rows.Select((r, row) => (row, r))
            .Where(r => !string.IsNullOrWhiteSpace(r.r.Threshold))
            .Select(r => (r.row, new Band(r.r.Grade ?? string.Empty, DraftNumbers.Parse(r.r.Threshold) ?? 0m, r.r.Reach == DraftBandInput.MoreThan)))
            .ToList();

    /// <summary>The caps typed, with the row each came from: a row without a grade is empty.</summary>
    public IReadOnlyList<(int Row, GradeCap Cap)> CapsTyped =>
        Caps.Select((c, row) => (row, c))
            .Where(r => !string.IsNullOrWhiteSpace(r.c.AtBest) && !r.c.Remove)
            .Select(r => (r.row, r.c.ToCap()))
            .ToList();

    public OverallRating? Rating =>
        string.IsNullOrWhiteSpace(RatingQuestion) && string.IsNullOrWhiteSpace(RatingAnswers)
            ? null
            : new OverallRating(RatingQuestion?.Trim() ?? string.Empty, RatingAnswers ?? string.Empty);

    public DraftGradingForm WithSpareCap()
    {
        if (Caps.Count == 0 || !string.IsNullOrWhiteSpace(Caps[^1].AtBest))
        {
            Caps.Add(new DraftCapInput());
        }

        return this;
    }
}

public sealed class DraftBandInput
{
    public const string AtLeast = "at-least";
    public const string MoreThan = "more-than";

    /// <summary>The grade the band gives: fixed by the row.</summary>
    public string? Grade { get; set; }

    [Display(Name = "Percentage (empty for no band)")]
    public string? Threshold { get; set; }

    [Display(Name = "Reached at")]
    public string? Reach { get; set; }
}

/// <summary>A cap as typed: the best the plan can be, when so many (or such a share of) sections are graded so.</summary>
public sealed class DraftCapInput
{
    public const string BelowPassBar = "below-pass-bar";

    [Display(Name = "The plan is at best")]
    public string? AtBest { get; set; }

    [Display(Name = "When")]
    public string? WhichSections { get; set; }

    [Display(Name = "Number of sections (or leave empty and give a percentage)")]
    public string? AtLeast { get; set; }

    [Display(Name = "Percentage of the graded sections")]
    public string? AtLeastShare { get; set; }

    [Display(Name = "Remove this cap")]
    public bool Remove { get; set; }

    public GradeCap ToCap() => new(
        new CapCondition(
            WhichSections is null or BelowPassBar ? null : WhichSections,
            WhichSections is null or BelowPassBar,
            int.TryParse(AtLeast?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null,
            DraftNumbers.Parse(AtLeastShare) is { } percentage ? percentage / 100m : null),
        AtBest ?? string.Empty);

    public static DraftCapInput From(GradeCap cap) => new()
    {
        AtBest = cap.AtBest,
        WhichSections = cap.When.SectionsBelowPassBar ? BelowPassBar : cap.When.SectionsAtOrBelow,
        AtLeast = cap.When.AtLeast?.ToString(CultureInfo.InvariantCulture),
        AtLeastShare = cap.When.AtLeastShare is { } share ? FormWords.Number(share * 100m) : null,
    };
}

public sealed class DraftGradingFormValidator : AbstractValidator<DraftGradingForm>
{
    public DraftGradingFormValidator()
    {
        RuleFor(f => f.SectionMode).NotNull().WithMessage("Select how each section gets its grade");
        RuleFor(f => f.OverallMode).NotNull().WithMessage("Select how the plan gets its overall grade");
        RuleFor(f => f.RatingAnswers).NotEmpty().When(f => !string.IsNullOrWhiteSpace(f.RatingQuestion))
            .WithMessage("Select how the overall rating is answered, or leave the question empty");
        RuleForEach(f => f.SectionBands).ChildRules(Band);
        RuleForEach(f => f.OverallBands).ChildRules(Band);
        RuleForEach(f => f.Caps).ChildRules(cap =>
        {
            cap.RuleFor(c => c.AtLeast).Must(s => string.IsNullOrWhiteSpace(s) || int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
                .WithMessage("Enter the number of sections as a whole number, or leave it empty");
            cap.RuleFor(c => c.AtLeastShare).Must(DraftNumbers.IsNumberOrEmpty)
                .WithMessage("Enter the percentage as a number, such as 50, or leave it empty");
        });
    }

    private static void Band(InlineValidator<DraftBandInput> band) =>
        band.RuleFor(b => b.Threshold).Must(DraftNumbers.IsNumberOrEmpty).WithMessage("Enter the percentage as a number from 0 to 100, such as 65, or leave it empty");
}

/// <summary>Numbers typed on the draft's pages: "10", "2.5", "65%".</summary>
internal static class DraftNumbers
{
    public static decimal? Parse(string? text)
    {
        var trimmed = text?.Trim().TrimEnd('%').Trim();
        return string.IsNullOrEmpty(trimmed) || !decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? null
            : number;
    }

    public static bool IsNumberOrEmpty(string? text) => string.IsNullOrWhiteSpace(text) || Parse(text) is not null;
}
