using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Samples;

/// <summary>The theme fields of the forms that narrow a sample's population (new or amended plans, cohort, phase, need, setting, locality).</summary>
public class SampleThemeForm
{
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

    public SampleTheme Theme() => new(Cohort, Phase, Need, Setting, LocalityId, Kind);
}

/// <summary>The fields of a sample's composed rule (size by number or 1 in K, per caseworker, per phase, minimum, spread), with its theme.</summary>
public class SampleRuleForm : SampleThemeForm
{
    /// <summary>A number of plans, or 1 in K of all plans.</summary>
    [Display(Name = "Size of the sample")]
    public SampleSizeChoice? SizeBy { get; set; } = SampleSizeChoice.Number;

    [Display(Name = "Number of plans")]
    public string? Size { get; set; }

    [Display(Name = "1 in how many plans")]
    public string? OneIn { get; set; }

    [Display(Name = "At least this many plans for each caseworker")]
    public string? PerCaseworker { get; set; } = "1";

    [Display(Name = "At least this many plans for each phase")]
    public string? PerPhase { get; set; }

    [Display(Name = "Minimum sample size (optional)")]
    public string? Minimum { get; set; }

    [Display(Name = "Spread across phases, needs and settings in proportion to the population")]
    public bool ProportionalSpread { get; set; } = true;

    /// <summary>The rules typed; only once the form is valid.</summary>
    public SampleRules Rules() =>
        new(SizeBy == SampleSizeChoice.OneIn ? SampleSize.OneInEvery(Whole(OneIn)!.Value) : SampleSize.Of(Whole(Size)!.Value), Whole(PerCaseworker) ?? 0, ProportionalSpread)
        {
            PerPhase = Whole(PerPhase) ?? 0,
            Minimum = Whole(Minimum),
        };

    /// <summary>A whole number typed (spaces around it allowed), or null when nothing or something else was typed.</summary>
    public static int? Whole(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

/// <summary>The form for drawing a dip sample; holds exactly what was typed.</summary>
public sealed class SampleForm : SampleRuleForm
{
    [Display(Name = "Title")]
    public string? Title { get; set; }

    /// <summary>The kind of window the population is taken from; a month unless chosen otherwise.</summary>
    [Display(Name = "Plans finalised in")]
    public SampleWindowKind? Window { get; set; } = SampleWindowKind.Month;

    /// <summary>The month whose finalised plans form the population, as yyyy-MM.</summary>
    [Display(Name = "Month")]
    public string? Month { get; set; }

    [Display(Name = "First day of the 6 weeks")]
    public DateInput SixWeeksFrom { get; set; } = new();

    /// <summary>The term, by its first day (yyyy-MM-dd).</summary>
    [Display(Name = "Term")]
    public string? Term { get; set; }

    /// <summary>The quarter, by its first day (yyyy-MM-dd).</summary>
    [Display(Name = "Quarter")]
    public string? Quarter { get; set; }

    [Display(Name = "From")]
    public DateInput Start { get; set; } = new();

    [Display(Name = "To")]
    public DateInput End { get; set; } = new();

    [Display(Name = "Seed (optional)")]
    public string? Seed { get; set; }

    /// <summary>The window chosen; only once the form is valid.</summary>
    public SampleWindow SampleWindow() => Window switch
    {
        SampleWindowKind.SixWeeks => Domain.Sampling.SampleWindow.SixWeeksFrom(DateOf(SixWeeksFrom)),
        SampleWindowKind.Term => Domain.Sampling.SampleWindow.TermOf(Day(Term)!.Value),
        SampleWindowKind.Quarter => Domain.Sampling.SampleWindow.QuarterOf(Day(Quarter)!.Value),
        SampleWindowKind.Custom => Domain.Sampling.SampleWindow.Custom(DateOf(Start), DateOf(End)),
        _ => Domain.Sampling.SampleWindow.Month(Day(Month + "-01")!.Value),
    };

    /// <summary>A day written yyyy-MM-dd, or null.</summary>
    public static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static DateOnly DateOf(DateInput input) => input.TryGetDate(out var date) ? date : throw new InvalidOperationException("The form is not valid.");
}

/// <summary>How the size of a sample is asked for.</summary>
public enum SampleSizeChoice
{
    /// <summary>A number of plans.</summary>
    Number = 1,

    /// <summary>1 in K of all plans.</summary>
    OneIn,
}

/// <summary>The rules of a sample's theme fields, for every form that has them.</summary>
public sealed class SampleThemeRules<T> : AbstractValidator<T>
    where T : SampleThemeForm
{
    public SampleThemeRules()
    {
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Select new plans, amended plans or both");
        RuleFor(f => f.Cohort).IsInEnum().WithMessage("Select a cohort from the list");
        RuleFor(f => f.Phase).IsInEnum().WithMessage("Select a phase from the list");
        RuleFor(f => f.Need).IsInEnum().WithMessage("Select a need from the list");
        RuleFor(f => f.Setting).IsInEnum().WithMessage("Select a setting from the list");
    }
}

/// <summary>The rules of a sample's composed rule fields and theme, for every form that has them.</summary>
public sealed class SampleRuleRules<T> : AbstractValidator<T>
    where T : SampleRuleForm
{
    public SampleRuleRules()
    {
        RuleFor(f => f.SizeBy).NotNull().IsInEnum().WithMessage("Select a number of plans or 1 in a number of all plans");
        When(f => f.SizeBy != SampleSizeChoice.OneIn, () =>
            RuleFor(f => f.Size).Must(s => SampleRuleForm.Whole(s) is >= 1 and <= SampleSize.MaxPlans)
                .WithMessage($"Enter the number of plans as a whole number from 1 to {SampleSize.MaxPlans}"));
        When(f => f.SizeBy == SampleSizeChoice.OneIn, () =>
            RuleFor(f => f.OneIn).Must(k => SampleRuleForm.Whole(k) is >= 1 and <= SampleSize.MaxOneIn)
                .WithMessage($"Enter 1 in how many plans as a whole number from 1 to {SampleSize.MaxOneIn:N0}"));
        RuleFor(f => f.PerCaseworker).Must(n => string.IsNullOrWhiteSpace(n) || SampleRuleForm.Whole(n) is >= 0 and <= SampleRules.MaxPerGroup)
            .WithMessage($"Enter the plans for each caseworker as a whole number from 0 to {SampleRules.MaxPerGroup}");
        RuleFor(f => f.PerPhase).Must(n => string.IsNullOrWhiteSpace(n) || SampleRuleForm.Whole(n) is >= 0 and <= SampleRules.MaxPerGroup)
            .WithMessage($"Enter the plans for each phase as a whole number from 0 to {SampleRules.MaxPerGroup}");
        RuleFor(f => f.Minimum).Must(n => string.IsNullOrWhiteSpace(n) || SampleRuleForm.Whole(n) is >= 1 and <= SampleRules.MaxMinimum)
            .WithMessage($"Enter the minimum sample size as a whole number from 1 to {SampleRules.MaxMinimum}, or leave it empty");
        Include(new SampleThemeRules<T>());
    }
}

public sealed class SampleFormValidator : AbstractValidator<SampleForm>
{
    public const int MaxSize = SampleSize.MaxPlans;

    public SampleFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter a title for the sample")
            .MaximumLength(DipSample.TitleMaxLength).WithMessage($"The title must be {DipSample.TitleMaxLength} characters or fewer");
        RuleFor(f => f.Window).NotNull().IsInEnum().WithMessage("Select a month, 6 weeks, a term, a quarter or your own dates");
        When(f => f.Window == SampleWindowKind.Month, () =>
            RuleFor(f => f.Month).Must(m => SampleForm.Day(m + "-01") is not null).WithMessage("Select the month whose finalised plans are sampled"));
        When(f => f.Window == SampleWindowKind.SixWeeks, () =>
            RuleFor(f => f.SixWeeksFrom).SetValidator(new DateInputValidator("first day of the 6 weeks")));
        When(f => f.Window == SampleWindowKind.Term, () =>
            RuleFor(f => f.Term).Must(t => SampleForm.Day(t) is not null).WithMessage("Select the term whose finalised plans are sampled"));
        When(f => f.Window == SampleWindowKind.Quarter, () =>
            RuleFor(f => f.Quarter).Must(q => SampleForm.Day(q) is not null).WithMessage("Select the quarter whose finalised plans are sampled"));
        When(f => f.Window == SampleWindowKind.Custom, () =>
        {
            RuleFor(f => f.Start).SetValidator(new DateInputValidator("date the plans were finalised from"));
            RuleFor(f => f.End).SetValidator(new DateInputValidator("date the plans were finalised to"));
            RuleFor(f => f).Custom((form, context) =>
            {
                if (form.Start.TryGetDate(out var start) && form.End.TryGetDate(out var end))
                {
                    context.AddProblems(SampleWindow.CustomProblems(start, end), nameof(SampleForm.End));
                }
            });
        });
        RuleFor(f => f.Seed).Must(s => string.IsNullOrWhiteSpace(s) || int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            .WithMessage("The seed must be a whole number, or leave it empty for a new random draw");
        Include(new SampleRuleRules<SampleForm>());
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

public sealed record SampleFormPage(
    SampleForm Form,
    IReadOnlyList<SelectListItem> Months,
    IReadOnlyList<SelectListItem> Terms,
    IReadOnlyList<SelectListItem> Quarters,
    IReadOnlyList<SelectListItem> Localities)
{
    public static IReadOnlyList<SelectListItem> WindowItems { get; } =
    [
        new("A calendar month", nameof(SampleWindowKind.Month)),
        new("6 weeks", nameof(SampleWindowKind.SixWeeks)),
        new("A school term", nameof(SampleWindowKind.Term)),
        new("A quarter", nameof(SampleWindowKind.Quarter)),
        new("Dates you choose", nameof(SampleWindowKind.Custom)),
    ];

    public static IReadOnlyList<SelectListItem> SizeItems { get; } =
    [
        new("A number of plans", nameof(SampleSizeChoice.Number)),
        new("1 in a number of all plans", nameof(SampleSizeChoice.OneIn)),
    ];

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

/// <summary>Whether a rule for each caseworker or each phase was met, one row for each: name, plans in the population and the sample, the verdict.</summary>
public sealed record RuleTable(string Title, string Dimension, IReadOnlyList<(string Value, int PopulationCount, int SampleCount, bool Met, string? Reason)> Rows);

/// <param name="Theme">The sample's theme in words.</param>
/// <param name="Rules">For a rule for each caseworker and for each phase, whether it was met for each.</param>
public sealed record SamplePage(
    DipSample Sample,
    string DrawnBy,
    IReadOnlyList<SampleRow> Rows,
    IReadOnlyList<CoverageTable> Coverage,
    AddPlanForm AddPlan,
    IReadOnlyList<string> Theme,
    IReadOnlyList<RuleTable> Rules)
{
    /// <summary>The actions whose re-audit this sample is.</summary>
    public IReadOnlyList<SampleReaudit> Reaudits { get; init; } = [];

    /// <summary>The plans the sample was drawn from, in words ("New and amended plans" when both).</summary>
    public string DrawnFrom => Domain.Dashboards.PlanKindChoice.PlansName(Sample.Theme.Kind);
}

/// <summary>An action this sample re-audits.</summary>
public sealed record SampleReaudit(int ActionId, string Description);

/// <param name="Window">The window the population was taken from, in words.</param>
public sealed record SampleListRow(int Id, string Title, string Window, int Items, int Population, DateTimeOffset DrawnAt);

/// <summary>The theme fields of a form (named <c>Form.*</c>) and the localities to choose from, for <c>_SampleThemeFields</c>.</summary>
public sealed record SampleThemeFields(SampleThemeForm Form, IReadOnlyList<SelectListItem> Localities);

/// <summary>The composed rule fields of a form (named <c>Form.*</c>) and the localities to choose from, for <c>_SampleRuleFields</c>.</summary>
public sealed record SampleRuleFields(SampleRuleForm Form, IReadOnlyList<SelectListItem> Localities);

/// <summary>The samples drawn, newest first, and the next audits of the forward plan.</summary>
public sealed record SamplesIndexPage(IReadOnlyList<SampleListRow> Samples, IReadOnlyList<PlannedAuditRow> NextPlanned);
