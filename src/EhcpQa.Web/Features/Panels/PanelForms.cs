using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Panels;

public sealed class PanelForm
{
    [Display(Name = "Date of the session")]
    public DateInput HeldOn { get; set; } = new();

    [Display(Name = "Level")]
    public PanelLevel? Level { get; set; }

    [Display(Name = "Theme (optional)")]
    public string? Theme { get; set; }

    [Display(Name = "Sample to moderate")]
    public int? DipSampleId { get; set; }

    [Display(Name = "Chair")]
    public string? ChairId { get; set; }

    [Display(Name = "Show panel members the plan's advice")]
    public bool ShowsAdvice { get; set; }
}

public sealed class PanelFormValidator : AbstractValidator<PanelForm>
{
    public PanelFormValidator()
    {
        RuleFor(f => f.HeldOn).SetValidator(new DateInputValidator("date of the session"));
        RuleFor(f => f.Level).NotNull().WithMessage("Select the level of the session").IsInEnum().WithMessage("Select the level of the session");
        RuleFor(f => f).Custom((form, context) => context.AddProblems(PanelSession.ThemeProblems(form.Theme), nameof(PanelForm.Theme)));
        RuleFor(f => f.DipSampleId).NotNull().WithMessage("Select the sample to moderate");
        RuleFor(f => f.ChairId).NotEmpty().WithMessage("Select who chairs the session");
    }
}

public sealed class MemberForm
{
    [Display(Name = "Member")]
    public string? UserId { get; set; }

    [Display(Name = "Agency they represent")]
    public Agency? Agency { get; set; }
}

public sealed record PanelFormPage(PanelForm Form, IReadOnlyList<SelectListItem> Samples, IReadOnlyList<SelectListItem> People)
{
    public static IReadOnlyList<SelectListItem> LevelItems { get; } =
    [
        new("Leadership dip sample", nameof(PanelLevel.LeadershipDipSample)),
        new("Multi-agency panel", nameof(PanelLevel.MultiAgencyPanel)),
        new("Peer moderation", nameof(PanelLevel.PeerModeration)),
    ];
}

/// <summary>Whether the session is to show its moderators the plans' advice, with the session as the page showed it.</summary>
public sealed class ShowAdviceForm
{
    public bool ShowsAdvice { get; set; }

    public Guid ConcurrencyToken { get; set; }
}

/// <summary>A member to remove from the session, with the session as the page showed it.</summary>
public sealed class RemoveMemberForm
{
    public string? UserId { get; set; }

    public Guid ConcurrencyToken { get; set; }
}

/// <summary>A plan given to one member, to give to another, with the session as the page showed it.</summary>
public sealed class ReassignForm
{
    /// <summary>The assignment: the plan's id and the member's id, as "plan:member".</summary>
    [Display(Name = "Plan and the member who has it")]
    public string? Assignment { get; set; }

    [Display(Name = "Give it to")]
    public string? ToId { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public static string ValueOf(int planId, string moderatorId) => FormattableString.Invariant($"{planId}:{moderatorId}");

    public bool TryRead(out int planId, out string fromId)
    {
        fromId = string.Empty;
        planId = 0;
        var parts = Assignment?.Split(':', 2);
        if (parts is not [var plan, var from] || !int.TryParse(plan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out planId))
        {
            return false;
        }

        fromId = from;
        return true;
    }
}

public sealed class ReassignFormValidator : AbstractValidator<ReassignForm>
{
    public ReassignFormValidator()
    {
        RuleFor(f => f.Assignment).NotEmpty().WithMessage("Select the plan and the member who has it");
        RuleFor(f => f.ToId).NotEmpty().WithMessage("Select the member to give the plan to");
    }
}

public sealed record PanelMemberRow(string UserId, string Name, Agency Agency, int Plans);

/// <summary>
/// A plan of the session: its moderators, how many of them have submitted their moderation, and whether the chair
/// has recorded the agreed grade.
/// </summary>
public sealed record PanelPlanRow(int PlanId, string Reference, IReadOnlyList<string> Moderators, int Submitted, bool Agreed, bool AgreementStarted);

public sealed record PanelPage(
    PanelSession Session,
    string SampleTitle,
    string Chair,
    IReadOnlyList<PanelMemberRow> Members,
    IReadOnlyList<string> MissingAgencies,
    IReadOnlyList<PanelPlanRow> Plans,
    MemberForm Member,
    IReadOnlyList<SelectListItem> People,
    IReadOnlyList<SelectListItem> AgencyItems,
    bool ModerationHasBegun,
    Guid ConcurrencyToken,
    ReassignForm Reassign,
    IReadOnlyList<SelectListItem> AssignmentItems,
    IReadOnlyList<SelectListItem> MemberItems)
{
    public static string LevelName(PanelLevel level) => level.Name();
}

public sealed record PanelListRow(int Id, DateOnly HeldOn, PanelLevel Level, string? Theme, int Members, int Plans);
