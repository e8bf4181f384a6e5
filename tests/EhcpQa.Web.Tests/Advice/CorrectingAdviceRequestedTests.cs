using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EhcpQa.Domain.Advice;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>
/// A request recorded wrongly is corrected on its own page while the advice is awaited; a correction from a stale page is
/// refused with what was typed kept; only those who record the plan's advice may correct it.
/// </summary>
public sealed class CorrectingAdviceRequestedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task RequestCorrected_TakesTheNewDates()
    {
        var planId = await app.Plans.DraftAsync("ADV-FIX-1");
        var adviceId = await AdviceRecords.RequestedAsync(app, planId, AdviceService.Paediatrics, daysAgo: 10);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var form = await caseworker.GetPageAsync($"/advice/{adviceId}/edit");
        Assert.True(form.QuerySelector<IHtmlInputElement>("input[name='Form.Service'][value='Paediatrics']")!.IsChecked);

        var saved = await caseworker.PostAsync($"/advice/{adviceId}/edit", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.Service", "Camhs")
            .With("Form.RequestedOn.Day", "1").With("Form.RequestedOn.Month", "11").With("Form.RequestedOn.Year", "2026")
            .With("Form.DueOn.Day", string.Empty).With("Form.DueOn.Month", string.Empty).With("Form.DueOn.Year", string.Empty));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var advice = await app.WithDatabaseAsync(db => db.AdviceRequests.AsNoTracking().SingleAsync(r => r.Id == adviceId));
        Assert.Equal((AdviceService.Camhs, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 13)), (advice.Service, advice.RequestedOn, advice.DueOn));
    }

    [Fact]
    public async Task CorrectionFromAStalePage_IsRefused_AndKeepsWhatWasTyped()
    {
        var planId = await app.Plans.DraftAsync("ADV-FIX-2");
        var adviceId = await AdviceRecords.RequestedAsync(app, planId, AdviceService.Paediatrics, daysAgo: 10);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var stale = await caseworker.GetPageAsync($"/advice/{adviceId}/edit");
        var managers = await manager.GetPageAsync($"/advice/{adviceId}/edit");
        await manager.PostAsync($"/advice/{adviceId}/edit", FormFields.Of(managers.QuerySelector("main form")!).With("Form.Service", "Physiotherapy"));

        var refused = await caseworker.PostAsync($"/advice/{adviceId}/edit", FormFields.Of(stale.QuerySelector("main form")!).With("Form.Service", "Camhs"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await SignedInClient.ParseAsync(refused);
        Assert.Contains("Someone else changed this advice", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='Form.Service'][value='Camhs']")!.IsChecked);
        Assert.Equal(AdviceService.Physiotherapy, await app.WithDatabaseAsync(db => db.AdviceRequests.Where(r => r.Id == adviceId).Select(r => r.Service).SingleAsync()));
        var again = await caseworker.PostAsync($"/advice/{adviceId}/edit", FormFields.Of(page.QuerySelector("main form")!));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task OnlyThoseWhoRecordThePlansAdvice_MayCorrectIt()
    {
        var planId = await app.Plans.DraftAsync("ADV-FIX-3");
        var adviceId = await AdviceRecords.RequestedAsync(app, planId, AdviceService.Paediatrics, daysAgo: 10);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(DemoUsers.AgencyLead)).GetAsync($"/advice/{adviceId}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(DemoUsers.OtherCaseworker)).GetAsync($"/advice/{adviceId}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(DemoUsers.Caseworker)).GetAsync("/advice/999999/edit")).StatusCode);
    }
}
