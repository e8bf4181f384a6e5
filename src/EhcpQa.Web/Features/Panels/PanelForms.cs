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
    ];
}

public sealed record PanelMemberRow(string UserId, string Name, Agency Agency, int Plans);

public sealed record PanelPlanRow(int PlanId, string Reference, IReadOnlyList<string> Moderators);

public sealed record PanelPage(
    PanelSession Session,
    string SampleTitle,
    string Chair,
    IReadOnlyList<PanelMemberRow> Members,
    IReadOnlyList<Agency> MissingAgencies,
    IReadOnlyList<PanelPlanRow> Plans,
    MemberForm Member,
    IReadOnlyList<SelectListItem> People)
{
    public static IReadOnlyList<SelectListItem> AgencyItems { get; } =
        Enum.GetValues<Agency>().Select(a => new SelectListItem(a.Name(), a.ToString())).ToList();

    public static string LevelName(PanelLevel level) => level.Name();
}

public sealed record PanelListRow(int Id, DateOnly HeldOn, PanelLevel Level, string? Theme, int Members, int Plans);
