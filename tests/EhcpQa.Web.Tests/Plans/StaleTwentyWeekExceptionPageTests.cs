using System.Net;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>
/// An exception page opened before someone else changed the plan's record is refused on saving, says so, and keeps what
/// was typed; saving again, now knowingly, goes through.
/// </summary>
public sealed class StaleTwentyWeekExceptionPageTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AStalePage_IsRefused_KeepingWhatWasTyped()
    {
        var planId = await app.Plans.DraftAsync("EHC-TWENTY-STALE-1", requestedOn: new DateOnly(2026, 5, 1));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);

        var opened = FormFields.Of(await caseworker.GetPageAsync($"/plans/{planId}/twenty-week-exception"));
        var edit = FormFields.Of(await manager.GetPageAsync($"/plans/{planId}/edit")).With("Form.ChildIdentifier", "ZZ");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostAsync($"/plans/{planId}/edit", edit)).StatusCode);

        var typed = opened.With("Reason", nameof(TwentyWeekExceptionReason.ExceptionalPersonalCircumstances)).With("Note", "The family were in hospital for a month.");
        var refused = await caseworker.PostAsync($"/plans/{planId}/twenty-week-exception", typed);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await SignedInClient.ParseAsync(refused);
        Assert.Contains("Someone else changed this plan's record", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The family were in hospital for a month.", page.QuerySelector("textarea[name='Note']")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[name='Reason'][value='ExceptionalPersonalCircumstances'][checked]"));
        Assert.Null(await app.WithDatabaseAsync(db => db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.TwentyWeekException).SingleAsync()));

        var again = await caseworker.PostAsync($"/plans/{planId}/twenty-week-exception", FormFields.Of(page));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var plan = await app.WithDatabaseAsync(db => db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId));
        Assert.Equal(("ZZ", TwentyWeekExceptionReason.ExceptionalPersonalCircumstances), (plan.ChildIdentifier, plan.TwentyWeekException!.Reason));
    }

    [Fact]
    public async Task RemovingFromAStalePage_IsRefused_AndTheExceptionStays()
    {
        var planId = await app.Plans.DraftAsync("EHC-TWENTY-STALE-2", requestedOn: new DateOnly(2026, 5, 1));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var record = FormFields.Of(await caseworker.GetPageAsync($"/plans/{planId}/twenty-week-exception"))
            .With("Reason", nameof(TwentyWeekExceptionReason.MissedAppointment)).With("Note", "Missed the appointment on 2 June.");
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.PostAsync($"/plans/{planId}/twenty-week-exception", record)).StatusCode);

        var opened = await caseworker.GetPageAsync($"/plans/{planId}/twenty-week-exception");
        var changed = FormFields.Of((await manager.GetPageAsync($"/plans/{planId}/twenty-week-exception")).QuerySelector("main form")!)
            .With("Reason", nameof(TwentyWeekExceptionReason.AwayFromTheArea)).With("Note", "Away from the area all of June.");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostAsync($"/plans/{planId}/twenty-week-exception", changed)).StatusCode);

        var refused = await caseworker.PostAsync($"/plans/{planId}/twenty-week-exception/remove", FormFields.Of(opened.QuerySelector("#remove-exception")!));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Someone else changed this plan's record", (await SignedInClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var plan = await app.WithDatabaseAsync(db => db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId));
        Assert.Equal(TwentyWeekExceptionReason.AwayFromTheArea, plan.TwentyWeekException!.Reason);
    }
}
