using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using EhcpQa.Web.Persistence.Queries;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Advice;

/// <summary>The lists of the advice page: advice overdue, awaited (not yet due) and received.</summary>
public enum AdviceList
{
    Overdue = 1,
    Awaited,
    Received,
}

public static class AdviceLists
{
    /// <summary>The list asked for; overdue advice when none (or one not known) is asked for.</summary>
    public static AdviceList Parse(string? show) =>
        Enum.TryParse<AdviceList>(show, ignoreCase: true, out var list) && Enum.IsDefined(list) ? list : AdviceList.Overdue;

    public static string Name(this AdviceList list) => list switch
    {
        AdviceList.Overdue => "Overdue",
        AdviceList.Awaited => "Awaited, not yet due",
        _ => "Received",
    };
}

/// <summary>One piece of advice as the lists show it.</summary>
public sealed record AdviceRow(
    int Id,
    int PlanId,
    string PlanReference,
    string Service,
    Agency Agency,
    AdviceOccasion Occasion,
    DateOnly RequestedOn,
    DateOnly DueOn,
    DateOnly? ReceivedOn,
    int DaysOverdue)
{
    public bool? OnTime => AdviceRequest.OnTime(DueOn, ReceivedOn);
}

public static class AdviceRows
{
    /// <summary>Reads the requests the query gives (already filtered to what the person may see), in its order, with their plans' references.</summary>
    public static async Task<IReadOnlyList<AdviceRow>> ReadAsync(EhcpQaDbContext db, IQueryable<AdviceRequest> requests, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = await requests.ToListAsync(cancellationToken);
        var planIds = found.Select(r => r.PlanId).Distinct().ToList();
        var references = await PlanReferences.OfAsync(db, planIds, cancellationToken);
        return found.Select(r => new AdviceRow(r.Id, r.PlanId, references[r.PlanId], r.ServiceWords, r.Agency, r.Occasion,
                r.RequestedOn, r.DueOn, r.ReceivedOn, r.DaysOverdue(today)))
            .ToList();
    }
}

public sealed record AdviceListPage(AdviceList Showing, IReadOnlyDictionary<AdviceList, int> Counts, IReadOnlyList<AdviceRow> Rows, Agency? AgencyLed)
{
    /// <summary>The most rows a list shows; the count says how many there are in all.</summary>
    public const int Shown = 200;
}

/// <summary>The form recording advice requested, or correcting a request (<paramref name="AdviceId"/>).</summary>
public sealed record AdviceRequestPage(int PlanId, string Reference, AdviceRequestForm Form, int DefaultDueWeeks, int? AdviceId = null);

public sealed record AdvicePage(AdviceRequest Request, string PlanReference, DateOnly Today, AdviceReceiptForm Receipt, bool CanRecord, bool CanSeePlan, StaffNames Names)
{
    /// <summary>The advice's audit as the person may see it; null for those who neither audit nor read audits.</summary>
    public AdviceAuditView? Audit { get; init; }
}

/// <summary>The advice section of a plan's page: every request for the plan, oldest first.</summary>
public sealed record PlanAdvice(int PlanId, IReadOnlyList<AdviceRow> Rows, bool CanRecord)
{
    public static async Task<PlanAdvice> ReadAsync(EhcpQaDbContext db, Domain.Plans.Plan plan, bool canRecord, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        var rows = await AdviceRows.ReadAsync(db, db.AdviceRequests.AsNoTracking().Where(r => r.PlanId == plan.Id).OrderBy(r => r.RequestedOn).ThenBy(r => r.Id), today, cancellationToken);
        return new PlanAdvice(plan.Id, rows, canRecord);
    }
}
