using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Plans;

/// <summary>The form that adds a plan to the register or corrects its record. Holds exactly what was typed.</summary>
public sealed class PlanForm
{
    [Display(Name = "Plan reference")]
    public string? Reference { get; set; }

    [Display(Name = "Child's initials")]
    public string? ChildIdentifier { get; set; }

    [Display(Name = "Date of birth")]
    public DateInput DateOfBirth { get; set; } = new();

    [Display(Name = "Primary need")]
    public NeedType? PrimaryNeed { get; set; }

    [Display(Name = "Secondary need (optional)")]
    public NeedType? SecondaryNeed { get; set; }

    [Display(Name = "Type of setting")]
    public SettingType? Setting { get; set; }

    [Display(Name = "Name of the setting (optional)")]
    public string? SettingName { get; set; }

    [Display(Name = "Locality")]
    public int? LocalityId { get; set; }

    [Display(Name = "Caseworker")]
    public string? CaseworkerId { get; set; }

    [Display(Name = "Vulnerable cohorts")]
    public List<VulnerableCohorts> Cohorts { get; set; } = [];

    [Display(Name = "Date the request for assessment was received")]
    public DateInput RequestDate { get; set; } = new();

    /// <summary>Only when adding a plan: an existing plan can be registered as final or amended.</summary>
    [Display(Name = "Stage")]
    public PlanStage? Stage { get; set; }

    /// <summary>The record's concurrency token when the form was opened, so a stale edit is refused.</summary>
    public Guid ConcurrencyToken { get; set; }

    public PlanDetails ToDetails()
    {
        DateOfBirth.TryGetDate(out var dateOfBirth);
        RequestDate.TryGetDate(out var requestDate);
        return new PlanDetails(
            Reference?.Trim() ?? string.Empty,
            ChildIdentifier?.Trim() ?? string.Empty,
            dateOfBirth,
            PrimaryNeed ?? default,
            Setting ?? default,
            LocalityId ?? 0,
            CaseworkerId ?? string.Empty,
            Cohorts.Aggregate(VulnerableCohorts.None, (all, c) => all | c),
            requestDate,
            SecondaryNeed,
            string.IsNullOrWhiteSpace(SettingName) ? null : SettingName.Trim());
    }

    public static PlanForm From(Plan plan, Guid concurrencyToken) => new()
    {
        Reference = plan.Reference,
        ChildIdentifier = plan.ChildIdentifier,
        DateOfBirth = DateInput.From(plan.DateOfBirth),
        PrimaryNeed = plan.PrimaryNeed,
        SecondaryNeed = plan.SecondaryNeed,
        Setting = plan.Setting,
        SettingName = plan.SettingName,
        LocalityId = plan.LocalityId,
        CaseworkerId = plan.CaseworkerId,
        Cohorts = plan.Cohorts.Each().ToList(),
        RequestDate = DateInput.From(plan.RequestDate),
        Stage = plan.Stage,
        ConcurrencyToken = concurrencyToken,
    };
}

/// <summary>The page around the plan form: the form and the choices offered to this person.</summary>
public sealed class PlanFormPage
{
    public required PlanForm Form { get; init; }

    public int? PlanId { get; init; }

    public bool IsNew => PlanId is null;

    public required IReadOnlyList<SelectListItem> Localities { get; init; }

    public required IReadOnlyList<SelectListItem> Caseworkers { get; init; }

    /// <summary>False for a caseworker, whose plans are always their own.</summary>
    public bool CanChooseCaseworker { get; init; }

    public bool CanChooseLocality { get; init; }

    public static IReadOnlyList<SelectListItem> NeedItems { get; } =
        Enum.GetValues<BroadAreaOfNeed>()
            .SelectMany(area => Needs.In(area).Select(need => new SelectListItem(need.Name(), need.ToString())
            {
                Group = new SelectListGroup { Name = area.Name() },
            }))
            .ToList();

    public static IReadOnlyList<SelectListItem> SettingItems { get; } =
        Enum.GetValues<SettingType>().Select(s => new SelectListItem(s.Name(), s.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> CohortItems { get; } =
        VulnerableCohortsAll.Select(c => new SelectListItem(c.Name(), c.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> StageItems { get; } =
        Enum.GetValues<PlanStage>().Select(s => new SelectListItem(s.Name(), s.ToString())).ToList();

    private static IEnumerable<VulnerableCohorts> VulnerableCohortsAll =>
        (VulnerableCohorts.ChildInCare | VulnerableCohorts.ChildProtection | VulnerableCohorts.YouthJustice | VulnerableCohorts.ElectiveHomeEducation).Each();
}
