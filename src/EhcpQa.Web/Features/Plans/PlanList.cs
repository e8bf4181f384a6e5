using EhcpQa.Domain.Plans;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Plans;

/// <summary>The register's filters, read from the query string so they work without JavaScript and can be bookmarked.</summary>
public sealed class PlanFilter
{
    /// <summary>Where the plans are in their writing; none shows every plan, live work first.</summary>
    public PlanStatusFilter? Status { get; set; }

    public PlanStage? Stage { get; set; }

    public int? Locality { get; set; }

    public string? Caseworker { get; set; }

    public Phase? Phase { get; set; }

    /// <summary>A broad area ("area:CognitionAndLearning") or a type of need ("type:Autism").</summary>
    public string? Need { get; set; }

    public string? Reference { get; set; }

    public int Page { get; set; } = 1;

    public bool IsActive => Status is not null || Stage is not null || Locality is not null || !string.IsNullOrEmpty(Caseworker) || Phase is not null
        || !string.IsNullOrEmpty(Need) || !string.IsNullOrEmpty(Reference);

    public Dictionary<string, string?> ToRouteValues(int page) => new()
    {
        ["status"] = Status?.ToString(),
        ["stage"] = Stage?.ToString(),
        ["locality"] = Locality?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["caseworker"] = Caseworker,
        ["phase"] = Phase?.ToString(),
        ["need"] = Need,
        ["reference"] = Reference,
        ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    };

    public static string AreaValue(BroadAreaOfNeed area) => $"area:{area}";

    public static string TypeValue(NeedType type) => $"type:{type}";
}

/// <summary>
/// The register's status filter: live work (any plan not yet issued) or one point of a plan's writing (<see cref="PlanProgress"/>),
/// or where an issued plan is in its annual review.
/// </summary>
public enum PlanStatusFilter
{
    Live = 1,
    NotSent,
    WaitingForSignOff,
    Returned,
    Issued,
    ReviewDecisionDue,
    BeingAmended,
}

public static class PlanStatusFilters
{
    public static string Name(this PlanStatusFilter status) => status switch
    {
        PlanStatusFilter.Live => "Live work (new and amended plans not yet issued)",
        PlanStatusFilter.NotSent => PlanProgress.NotSent.Name(),
        PlanStatusFilter.WaitingForSignOff => PlanProgress.WithSignOff.Name(),
        PlanStatusFilter.Returned => PlanProgress.Returned.Name(),
        PlanStatusFilter.Issued => PlanProgress.Issued.Name(),
        PlanStatusFilter.ReviewDecisionDue => "Reviewed, waiting for the decision",
        PlanStatusFilter.BeingAmended => "Being amended after a review",
        _ => status.ToString(),
    };

    /// <summary>The plans with this status, as a filter the database can run.</summary>
    public static System.Linq.Expressions.Expression<Func<Plan, bool>> Filter(this PlanStatusFilter status) => status switch
    {
        PlanStatusFilter.Live => PlanProgresses.Live,
        PlanStatusFilter.NotSent => PlanProgresses.Is(PlanProgress.NotSent),
        PlanStatusFilter.WaitingForSignOff => PlanProgresses.Is(PlanProgress.WithSignOff),
        PlanStatusFilter.Returned => PlanProgresses.Is(PlanProgress.Returned),
        PlanStatusFilter.Issued => PlanProgresses.Is(PlanProgress.Issued),
        PlanStatusFilter.ReviewDecisionDue => Plan.AwaitingReviewDecision,
        PlanStatusFilter.BeingAmended => Plan.BeingAmended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a status of the register's filter."),
    };
}

public sealed record PlanRow(
    int Id,
    string Reference,
    string ChildIdentifier,
    DateOnly DateOfBirth,
    NeedType PrimaryNeed,
    SettingType Setting,
    string Locality,
    string Caseworker,
    PlanStage Stage,
    DateOnly StatutoryDeadline,
    DraftStatus? SignOffStatus,
    bool BeingAmended)
{
    /// <summary>Where the plan's current draft is in sign-off; null when no draft of the plan being written has been sent.</summary>
    public DraftStatus? DraftSignOffStatus => BeingAmended && SignOffStatus is { } status && status.IsIssuedText() ? null : SignOffStatus;
}

public sealed class PlanListPage
{
    public const int PageSize = 25;

    public required PlanFilter Filter { get; init; }

    public required IReadOnlyList<PlanRow> Plans { get; init; }

    public required int TotalCount { get; init; }

    public required DateOnly Today { get; init; }

    public required IReadOnlyList<SelectListItem> Localities { get; init; }

    public required IReadOnlyList<SelectListItem> Caseworkers { get; init; }

    public bool CanRegister { get; init; }

    /// <summary>Whether the person may import the register from the case-management system.</summary>
    public bool CanImport { get; init; }

    public int TotalPages => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    public static IReadOnlyList<SelectListItem> StatusItems { get; } =
        Enum.GetValues<PlanStatusFilter>().Select(s => new SelectListItem(s.Name(), s.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> StageItems { get; } =
        Enum.GetValues<PlanStage>().Select(s => new SelectListItem(s.Name(), s.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> PhaseItems { get; } =
        Enum.GetValues<Phase>().Select(p => new SelectListItem(p.Name(), p.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> NeedItems { get; } =
        Enum.GetValues<BroadAreaOfNeed>().SelectMany(area =>
        {
            var group = new SelectListGroup { Name = area.Name() };
            return new[] { new SelectListItem($"Any {area.Name().ToLowerInvariant()} need", PlanFilter.AreaValue(area)) { Group = group } }
                .Concat(Needs.In(area).Select(n => new SelectListItem(n.Name(), PlanFilter.TypeValue(n)) { Group = group }));
        }).ToList();
}
