using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Samples;

/// <summary>The form for drawing a dip sample; holds exactly what was typed.</summary>
public sealed class SampleForm
{
    [Display(Name = "Title")]
    public string? Title { get; set; }

    /// <summary>The month whose finalised plans form the population, as yyyy-MM.</summary>
    [Display(Name = "Plans finalised in")]
    public string? Month { get; set; }

    /// <summary>New plans, amended plans, or (when not set) both.</summary>
    [Display(Name = "Draw from")]
    public PlanKind? Kind { get; set; }

    [Display(Name = "Vulnerable cohort")]
    public VulnerableCohorts? Cohort { get; set; }

    [Display(Name = "Phase")]
    public Phase? Phase { get; set; }

    [Display(Name = "Primary need")]
    public BroadAreaOfNeed? Need { get; set; }

    [Display(Name = "Type of setting")]
    public SettingType? Setting { get; set; }

    [Display(Name = "Locality")]
    public int? LocalityId { get; set; }

    [Display(Name = "Number of plans")]
    public string? Size { get; set; }

    [Display(Name = "At least one plan for each caseworker")]
    public bool AtLeastOnePerCaseworker { get; set; } = true;

    [Display(Name = "Spread across phases, needs and settings in proportion to the population")]
    public bool ProportionalSpread { get; set; } = true;

    [Display(Name = "Seed (optional)")]
    public string? Seed { get; set; }

    public (DateOnly Start, DateOnly End) Period()
    {
        var start = DateOnly.ParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (start, start.AddMonths(1).AddDays(-1));
    }

    public SampleTheme Theme() => new(Cohort, Phase, Need, Setting, LocalityId, Kind);
}

public sealed class SampleFormValidator : AbstractValidator<SampleForm>
{
    public const int MaxSize = 500;

    public SampleFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter a title for the sample")
            .MaximumLength(DipSample.TitleMaxLength).WithMessage($"The title must be {DipSample.TitleMaxLength} characters or fewer");
        RuleFor(f => f.Month).Must(m => DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithMessage("Select the month whose finalised plans are sampled");
        RuleFor(f => f.Size).Must(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxSize)
            .WithMessage($"Enter the number of plans as a whole number from 1 to {MaxSize}");
        RuleFor(f => f.Seed).Must(s => string.IsNullOrWhiteSpace(s) || int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            .WithMessage("The seed must be a whole number, or leave it empty for a new random draw");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Select new plans, amended plans or both");
        RuleFor(f => f.Cohort).IsInEnum().WithMessage("Select a cohort from the list");
        RuleFor(f => f.Phase).IsInEnum().WithMessage("Select a phase from the list");
        RuleFor(f => f.Need).IsInEnum().WithMessage("Select a need from the list");
        RuleFor(f => f.Setting).IsInEnum().WithMessage("Select a setting from the list");
    }
}

public sealed class AddPlanForm
{
    [Display(Name = "Plan reference")]
    public string? Reference { get; set; }

    [Display(Name = "Why add this plan?")]
    public string? Reason { get; set; }
}

/// <summary>The reason follows the domain's rule (<see cref="SampleItem.ReasonProblems"/>); the plan is looked up on the register by the action.</summary>
public sealed class AddPlanFormValidator : AbstractValidator<AddPlanForm>
{
    public AddPlanFormValidator() =>
        RuleFor(f => f).Custom((form, context) => context.AddProblems(SampleItem.ReasonProblems(form.Reason), nameof(AddPlanForm.Reason)));
}

public sealed record SampleFormPage(SampleForm Form, IReadOnlyList<SelectListItem> Months, IReadOnlyList<SelectListItem> Localities)
{
    public static IReadOnlyList<SelectListItem> CohortItems { get; } =
        (VulnerableCohorts.ChildInCare | VulnerableCohorts.ChildProtection | VulnerableCohorts.YouthJustice).Each()
            .Select(c => new SelectListItem(c.Name(), c.ToString())).ToList();

    /// <summary>New plans, amended plans, or both (no kind: the choice when none is made).</summary>
    public static IReadOnlyList<SelectListItem> KindItems { get; } =
    [
        new(PlanKind.New.Name(), nameof(PlanKind.New)),
        new(PlanKind.Amended.Name(), nameof(PlanKind.Amended)),
        new("Both", string.Empty, selected: true),
    ];

    public static IReadOnlyList<SelectListItem> PhaseItems { get; } =
        Enum.GetValues<Phase>().Select(p => new SelectListItem(p.Name(), p.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> NeedItems { get; } =
        Enum.GetValues<BroadAreaOfNeed>().Select(n => new SelectListItem(n.Name(), n.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> SettingItems { get; } =
        Enum.GetValues<SettingType>().Select(s => new SelectListItem(s.Name(), s.ToString())).ToList();
}

public sealed record SampleRow(int PlanId, string Reference, int YearGroup, Phase Phase, BroadAreaOfNeed Need, SettingType Setting, string Locality, string Caseworker, SampleItemOrigin Origin, string? Reason);

public sealed record CoverageTable(string Title, IReadOnlyList<(string Value, int PopulationCount, double PopulationShare, int SampleCount, double SampleShare)> Rows);

/// <param name="Theme">The sample's theme in words.</param>
public sealed record SamplePage(DipSample Sample, string DrawnBy, IReadOnlyList<SampleRow> Rows, IReadOnlyList<CoverageTable> Coverage, AddPlanForm AddPlan, IReadOnlyList<string> Theme)
{
    /// <summary>The plans the sample was drawn from, in words ("New and amended plans" when both).</summary>
    public string DrawnFrom => Domain.Dashboards.PlanKindChoice.PlansName(Sample.Theme.Kind);
}

public sealed record SampleListRow(int Id, string Title, DateOnly PeriodStart, int Items, int Population, DateTimeOffset DrawnAt);
