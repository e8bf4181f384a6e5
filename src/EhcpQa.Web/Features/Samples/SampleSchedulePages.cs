using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Sampling;
using EhcpQa.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Samples;

/// <summary>The form for a sample schedule: its title, how often it repeats, its first window, and the composed rule; holds exactly what was typed.</summary>
public sealed class ScheduleForm : SampleRuleForm
{
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Draw a sample")]
    public SampleWindowKind? Repeat { get; set; } = SampleWindowKind.Month;

    [Display(Name = "First window")]
    public DateInput FirstWindowStart { get; set; } = new();

    /// <summary>The schedule's version when the form was shown, so a change made meanwhile is not overwritten.</summary>
    public Guid ConcurrencyToken { get; set; }

    public static ScheduleForm From(SampleSchedule schedule, Guid concurrencyToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var rules = schedule.Rules;
        return new ScheduleForm
        {
            Title = schedule.Title,
            Repeat = schedule.Repeat,
            FirstWindowStart = DateInput.From(schedule.FirstWindowStart),
            Kind = schedule.Theme.Kind,
            Cohort = schedule.Theme.Cohort,
            Phase = schedule.Theme.Phase,
            Need = schedule.Theme.Need,
            Setting = schedule.Theme.Setting,
            LocalityId = schedule.Theme.LocalityId,
            SizeBy = rules.Size.OneIn is null ? SampleSizeChoice.Number : SampleSizeChoice.OneIn,
            Size = rules.Size.Plans?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            OneIn = rules.Size.OneIn?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            PerCaseworker = rules.PerCaseworker.ToString(System.Globalization.CultureInfo.InvariantCulture),
            PerPhase = rules.PerPhase == 0 ? null : rules.PerPhase.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Minimum = rules.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ProportionalSpread = rules.ProportionalSpread,
            ConcurrencyToken = concurrencyToken,
        };
    }

    /// <summary>The day typed for the first window; only once the form is valid.</summary>
    public DateOnly FirstWindowFrom() => FirstWindowStart.TryGetDate(out var day) ? day : throw new InvalidOperationException("The form is not valid.");
}

public sealed class ScheduleFormValidator : AbstractValidator<ScheduleForm>
{
    public ScheduleFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter a title for the schedule's samples")
            .MaximumLength(SampleSchedule.TitleMaxLength).WithMessage($"The title must be {SampleSchedule.TitleMaxLength} characters or fewer");
        RuleFor(f => f.Repeat).Must(r => r is { } kind && SampleWindow.Repeats(kind))
            .WithMessage("Select every month, every 6 weeks, every term or every quarter");
        RuleFor(f => f.FirstWindowStart).SetValidator(new DateInputValidator("first window"));
        Include(new SampleRuleRules<ScheduleForm>());
    }
}

/// <summary>The form for an audit in the forward plan: its theme, the window, the schedule that draws it, notes.</summary>
public sealed class PlannedAuditForm : SampleThemeForm
{
    [Display(Name = "Theme of the audit")]
    public string? ThemeTitle { get; set; }

    [Display(Name = "Planned for")]
    public SampleWindowKind? Window { get; set; } = SampleWindowKind.Term;

    [Display(Name = "Any day in the window")]
    public DateInput WindowFrom { get; set; } = new();

    [Display(Name = "Drawn by the schedule (optional)")]
    public int? SampleScheduleId { get; set; }

    [Display(Name = "Notes (optional)")]
    public string? Notes { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public static PlannedAuditForm From(PlannedAudit audit, Guid concurrencyToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return new PlannedAuditForm
        {
            ThemeTitle = audit.ThemeTitle,
            Window = audit.WindowKind,
            WindowFrom = DateInput.From(audit.PeriodStart),
            SampleScheduleId = audit.SampleScheduleId,
            Notes = audit.Notes,
            Kind = audit.Theme.Kind,
            Cohort = audit.Theme.Cohort,
            Phase = audit.Theme.Phase,
            Need = audit.Theme.Need,
            Setting = audit.Theme.Setting,
            LocalityId = audit.Theme.LocalityId,
            ConcurrencyToken = concurrencyToken,
        };
    }

    /// <summary>The window chosen; only once the form is valid.</summary>
    public SampleWindow PlannedWindow() =>
        WindowFrom.TryGetDate(out var day) ? SampleWindow.Repeating(Window!.Value, day) : throw new InvalidOperationException("The form is not valid.");
}

public sealed class PlannedAuditFormValidator : AbstractValidator<PlannedAuditForm>
{
    public PlannedAuditFormValidator()
    {
        RuleFor(f => f.ThemeTitle).NotEmpty().WithMessage("Enter the theme of the audit")
            .MaximumLength(PlannedAudit.ThemeTitleMaxLength).WithMessage($"The theme must be {PlannedAudit.ThemeTitleMaxLength} characters or fewer");
        RuleFor(f => f.Window).Must(r => r is { } kind && SampleWindow.Repeats(kind))
            .WithMessage("Select a month, 6 weeks, a term or a quarter");
        RuleFor(f => f.WindowFrom).SetValidator(new DateInputValidator("day in the window"));
        RuleFor(f => f.Notes).MaximumLength(PlannedAudit.NotesMaxLength).WithMessage($"The notes must be {PlannedAudit.NotesMaxLength:N0} characters or fewer");
        Include(new SampleThemeRules<PlannedAuditForm>());
    }
}

/// <summary>The repeat choices of a schedule, and the windows an audit can be planned for.</summary>
public static class ScheduleChoices
{
    public static IReadOnlyList<SelectListItem> RepeatItems { get; } =
        [.. new[] { SampleWindowKind.Month, SampleWindowKind.SixWeeks, SampleWindowKind.Term, SampleWindowKind.Quarter }
            .Select(k => new SelectListItem(SampleSchedule.RepeatWords(k), k.ToString()))];

    public static IReadOnlyList<SelectListItem> WindowItems { get; } =
        [.. SampleFormPage.WindowItems.Where(i => i.Value != nameof(SampleWindowKind.Custom))];
}

public sealed record ScheduleFormPage(int? Id, ScheduleForm Form, IReadOnlyList<SelectListItem> Localities, bool IsPaused, bool HasDrawn);

/// <param name="NextWindow">The first window still to draw, in words.</param>
/// <param name="NextDue">The day its sample is drawn.</param>
/// <param name="Drawn">The samples drawn so far, newest first: title (null when no plans were finalised in the window) and id.</param>
public sealed record ScheduleRow(
    int Id, string Title, string Repeat, string Rule, IReadOnlyList<string> Theme, bool IsPaused, string NextWindow, DateOnly NextDue,
    IReadOnlyList<(string Window, int? SampleId)> Drawn);

public sealed record PlannedAuditFormPage(int? Id, PlannedAuditForm Form, IReadOnlyList<SelectListItem> Localities, IReadOnlyList<SelectListItem> Schedules);

/// <summary>One audit in the forward plan as listed: its window, theme, schedule, status, notes and sample.</summary>
public sealed record PlannedAuditRow(
    int Id, string Window, DateOnly PeriodStart, string ThemeTitle, IReadOnlyList<string> Theme, string? Schedule, PlannedAuditStatus Status, string? Notes, int? SampleId);
