using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Advice;

/// <summary>Advice requests made the way a caseworker records them, for the tests of advice.</summary>
internal static class Requests
{
    public const string Caseworker = "caseworker-1";

    public static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 12, 7);

    public static AdviceRequest Of(AdviceService service, DateOnly requestedOn, DateOnly? dueOn = null, int weeks = AdvicePolicy.StatutoryWeeks, string? name = null, Agency? agency = null) =>
        AdviceRequest.Request(1, AdviceOccasion.NewAssessment, service, name, agency, requestedOn, dueOn, weeks, Today, Caseworker, Now);
}
