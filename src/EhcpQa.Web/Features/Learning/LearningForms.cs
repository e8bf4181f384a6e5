using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Features.Samples;
using EhcpQa.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Learning;

/// <summary>A strength or an area for improvement found by a session; holds exactly what was typed.</summary>
public sealed class ThemeForm
{
    [Display(Name = "Strength or area for improvement")]
    public ThemeKind? Kind { get; set; }

    [Display(Name = "Section of the plan")]
    public SectionCode? Section { get; set; }

    [Display(Name = "Agency that raised it")]
    public Agency? RaisedBy { get; set; }

    [Display(Name = "Theme")]
    public string? Text { get; set; }
}

/// <summary>Checks a theme against the domain's own rules, so each rule is written once.</summary>
public sealed class ThemeFormValidator : AbstractValidator<ThemeForm>
{
    public ThemeFormValidator() =>
        RuleFor(f => f).Custom((form, context) =>
        {
            context.AddProblems(SessionTheme.Problems(form.Kind ?? default, form.Section ?? default, form.RaisedBy ?? default, form.Text), nameof(ThemeForm.Text));
        });
}

/// <summary>A row of the summary of learning; holds exactly what was typed.</summary>
public sealed class LearningForm
{
    [Display(Name = "Area")]
    public string? Area { get; set; }

    [Display(Name = "Feedback")]
    public string? Feedback { get; set; }

    [Display(Name = "Learning")]
    public string? Learning { get; set; }

    [Display(Name = "Learning from tribunals")]
    public string? FromTribunals { get; set; }
}

public sealed class LearningFormValidator : AbstractValidator<LearningForm>
{
    public LearningFormValidator() =>
        RuleFor(f => f).Custom((form, context) =>
        {
            context.AddProblems(LearningEntry.Problems(form.Area, form.Feedback, form.Learning, form.FromTribunals), nameof(LearningForm.Area));
        });
}

/// <summary>An action arising from a session: what, who owns it and when it is due.</summary>
public sealed class NewActionForm
{
    [Display(Name = "What is to be done")]
    public string? Description { get; set; }

    [Display(Name = "Agency that owns it")]
    public Agency? OwnerAgency { get; set; }

    [Display(Name = "Owner")]
    public string? Owner { get; set; }

    [Display(Name = "Due date")]
    public DateInput DueOn { get; set; } = new();

    public ActionDetails ToDetails()
    {
        DueOn.TryGetDate(out var dueOn);
        return new ActionDetails(Description ?? string.Empty, OwnerAgency ?? default, Owner ?? string.Empty, dueOn);
    }
}

/// <summary>
/// The date must be real; the rest are the domain's rules. That the action is not due before its session
/// needs the session, so the controller checks it (with the same rule, <see cref="ActionDetails.Problems"/>).
/// </summary>
public sealed class NewActionFormValidator : AbstractValidator<NewActionForm>
{
    public NewActionFormValidator()
    {
        RuleFor(f => f.DueOn).SetValidator(new DateInputValidator("due date"));
        RuleFor(f => f).Custom((form, context) =>
        {
            context.AddProblems(form.ToDetails().Problems(sessionHeldOn: null), nameof(NewActionForm.Description));
        });
    }
}

/// <summary>The form that changes an action: its details, its status and, to mark it done, what was done.</summary>
public sealed class ActionForm
{
    [Display(Name = "What is to be done")]
    public string? Description { get; set; }

    [Display(Name = "Agency that owns it")]
    public Agency? OwnerAgency { get; set; }

    [Display(Name = "Owner")]
    public string? Owner { get; set; }

    [Display(Name = "Due date")]
    public DateInput DueOn { get; set; } = new();

    [Display(Name = "Status")]
    public ActionStatus? Status { get; set; }

    [Display(Name = "What was done")]
    public string? ClosingNote { get; set; }

    /// <summary>The action's concurrency token when the form was opened, so a stale edit is refused.</summary>
    public Guid ConcurrencyToken { get; set; }

    public ActionDetails ToDetails()
    {
        DueOn.TryGetDate(out var dueOn);
        return new ActionDetails(Description ?? string.Empty, OwnerAgency ?? default, Owner ?? string.Empty, dueOn);
    }

    public static ActionForm From(ImprovementAction action, Guid concurrencyToken) => new()
    {
        Description = action.Description,
        OwnerAgency = action.OwnerAgency,
        Owner = action.Owner,
        DueOn = DateInput.From(action.DueOn),
        Status = action.Status,
        ClosingNote = action.ClosingNote,
        ConcurrencyToken = concurrencyToken,
    };
}

public sealed class ActionFormValidator : AbstractValidator<ActionForm>
{
    public ActionFormValidator()
    {
        RuleFor(f => f.DueOn).SetValidator(new DateInputValidator("due date"));
        RuleFor(f => f).Custom((form, context) =>
        {
            var problems = form.ToDetails().Problems(sessionHeldOn: null)
                .Concat(ImprovementAction.StatusProblems(form.Status ?? default, form.ClosingNote));
            context.AddProblems(problems, nameof(ActionForm.Status));
        });
    }
}

/// <summary>Choices offered by the learning and action forms.</summary>
public static class LearningChoices
{
    public static IReadOnlyList<SelectListItem> KindItems { get; } =
        Enum.GetValues<ThemeKind>().Select(k => new SelectListItem(k.Name(), k.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> SectionItems { get; } =
        PlanSections.All.Select(s => new SelectListItem(s.Code == SectionCode.Overall ? s.Label : $"{s.Label}: {s.Title}", s.Code.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> AgencyItems { get; } =
        Enum.GetValues<Agency>().Select(a => new SelectListItem(a.Name(), a.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> StatusItems { get; } =
        Enum.GetValues<ActionStatus>().Select(s => new SelectListItem(s.Name(), s.ToString())).ToList();
}

/// <summary>The re-audit an action names: the theme its later sample is drawn from, when, and what it looks for; holds exactly what was typed.</summary>
public sealed class ReauditForm : SampleThemeForm
{
    [Display(Name = "What the re-audit looks for (optional)")]
    public string? Focus { get; set; }

    [Display(Name = "Draw the re-audit sample by")]
    public DateInput DueBy { get; set; } = new();

    /// <summary>The action as it was when the page was read: a change made meanwhile is detected, not overwritten.</summary>
    public Guid ConcurrencyToken { get; set; }

    public static ReauditForm From(ImprovementAction action, Guid concurrencyToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var theme = action.ReauditTheme;
        return new()
        {
            Kind = theme.Kind,
            Cohort = theme.Cohort,
            Phase = theme.Phase,
            Need = theme.Need,
            Setting = theme.Setting,
            LocalityId = theme.LocalityId,
            Focus = action.ReauditFocus,
            DueBy = DateInput.From(action.ReauditDueBy),
            ConcurrencyToken = concurrencyToken,
        };
    }
}

/// <summary>
/// The date must be real, the choices from the lists, the focus the domain's rule; that the re-audit is not due before
/// the action was raised needs the action, so the controller checks it (with the same rule, <see cref="ImprovementAction.ReauditProblems"/>).
/// </summary>
public sealed class ReauditFormValidator : AbstractValidator<ReauditForm>
{
    public ReauditFormValidator()
    {
        RuleFor(f => f.DueBy).SetValidator(new DateInputValidator("date to draw the re-audit sample by"));
        Include(new SampleThemeRules<ReauditForm>());
        RuleFor(f => f).Custom((form, context) =>
        {
            form.DueBy.TryGetDate(out var dueBy);
            context.AddProblems(ImprovementAction.ReauditProblems(form.Focus, dueBy, raisedOn: null), nameof(ReauditForm.Focus));
        });
    }
}

/// <summary>The later sample chosen as an action's re-audit.</summary>
public sealed class ReauditSampleForm
{
    [Display(Name = "Sample that re-audits the action")]
    public int? SampleId { get; set; }

    /// <summary>The action as it was when the page was read.</summary>
    public Guid ConcurrencyToken { get; set; }
}

public sealed class ReauditSampleFormValidator : AbstractValidator<ReauditSampleForm>
{
    public ReauditSampleFormValidator() =>
        RuleFor(f => f.SampleId).NotNull().WithMessage("Select the sample that re-audits the action");
}
