using System.Net;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>
/// Exceptions to the 20-week timescale are recorded by whoever may change the plan's record: its caseworker, its
/// locality's manager, a QA lead; another caseworker or locality, a panel member or a board member is refused.
/// </summary>
public sealed class WhoRecordsTwentyWeekExceptionsTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Theory]
    [InlineData(DemoUsers.Caseworker, HttpStatusCode.OK)]
    [InlineData(DemoUsers.LocalityManager, HttpStatusCode.OK)]
    [InlineData(DemoUsers.QaLead, HttpStatusCode.OK)]
    [InlineData(DemoUsers.OtherCaseworker, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.OtherLocalityManager, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.BoardMember, HttpStatusCode.Forbidden)]
    public async Task ThePage_AnswersAsThePlansRecordAllows(string email, HttpStatusCode expected)
    {
        var planId = await app.SharedAsync("plan", () => app.Plans.DraftAsync("EHC-TWENTY-WHO-1", requestedOn: new DateOnly(2026, 5, 1)));
        var client = await app.SignInAsync(email);

        Assert.Equal(expected, (await client.GetAsync($"/plans/{planId}/twenty-week-exception")).StatusCode);
    }

    [Fact]
    public async Task AnotherCaseworker_CannotRecordOrRemove_OnAPlanNotTheirs()
    {
        var planId = await app.SharedAsync("plan", () => app.Plans.DraftAsync("EHC-TWENTY-WHO-1", requestedOn: new DateOnly(2026, 5, 1)));
        var own = await app.SignInAsync(DemoUsers.Caseworker);
        var other = await app.SignInAsync(DemoUsers.OtherCaseworker);
        var fields = FormFields.Of(await own.GetPageAsync($"/plans/{planId}/twenty-week-exception"))
            .Where(f => f.Key != "__RequestVerificationToken").ToList()
            .With("Reason", nameof(TwentyWeekExceptionReason.MissedAppointment)).With("Note", "Missed the appointment.");

        // The other caseworker's own antiforgery token, from a form they may open: the plan itself refuses them.
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync($"/plans/{planId}/twenty-week-exception", fields, "/plans/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync($"/plans/{planId}/twenty-week-exception/remove", fields, "/plans/new")).StatusCode);
        Assert.Null(await app.WithDatabaseAsync(db => db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.TwentyWeekException).SingleAsync()));
    }
}
