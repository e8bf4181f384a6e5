using EhcpQa.Domain.Plans;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EhcpQa.Web.Features.Plans;

/// <summary>
/// A form that records something about one plan on its own page (that it ceased, its review): the version of the plan's
/// record it was shown with, so a change someone else made meanwhile is detected, and which plan it is about.
/// </summary>
public abstract class PlanRecordForm
{
    public Guid ConcurrencyToken { get; set; }

    [BindNever]
    public int PlanId { get; set; }

    [BindNever]
    public string Reference { get; set; } = string.Empty;

    /// <summary>Says which plan the form is about (never bound from a request).</summary>
    public void Show(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        PlanId = plan.Id;
        Reference = plan.Reference;
    }
}
