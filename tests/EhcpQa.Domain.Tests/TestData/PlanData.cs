using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>Sound plan details and a fixed clock, to be varied with <c>with</c> in each test.</summary>
internal static class PlanData
{
    /// <summary>"Now" for every plan test: Monday 2 March 2026, 10:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 3, 2);

    public const string RegisteredBy = "manager-1";

    public const int LocalityId = 1;

    public const string CaseworkerId = "caseworker-1";

    public static PlanDetails Details(int localityId = LocalityId, string caseworkerId = CaseworkerId) => new(
        Reference: "EHC/2026-001",
        ChildIdentifier: "JS",
        DateOfBirth: new DateOnly(2016, 5, 14),
        PrimaryNeed: NeedType.Autism,
        Setting: SettingType.Mainstream,
        LocalityId: localityId,
        CaseworkerId: caseworkerId,
        Cohorts: VulnerableCohorts.None,
        RequestDate: new DateOnly(2026, 1, 5));

    public static Plan Register(PlanDetails? details = null, PlanStage stage = PlanStage.Draft) =>
        Plan.Register(details ?? Details(), stage, RegisteredBy, Now);
}
