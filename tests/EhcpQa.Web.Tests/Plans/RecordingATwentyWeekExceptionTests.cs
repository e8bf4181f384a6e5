using System.Net;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>
/// A caseworker records a lawful exception to their plan's 20-week timescale from the plan's page, sees it there and in
/// the history, and removes it; a form without a reason or with a note too long is refused with everything typed kept.
/// </summary>
public sealed class RecordingATwentyWeekExceptionTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheCaseworker_RecordsAnException_ThenRemovesIt_AndThePlanKeepsTheHistory()
    {
        var planId = await app.Plans.DraftAsync("EHC-TWENTY-1", requestedOn: new DateOnly(2026, 5, 1));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var details = await caseworker.GetPageAsync($"/plans/{planId}");
        Assert.Contains("Not yet issued, past 20 weeks", details.QuerySelector("#timescale + .govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(details.QuerySelector($"a[href='/plans/{planId}/twenty-week-exception']"));

        var form = FormFields.Of(await caseworker.GetPageAsync($"/plans/{planId}/twenty-week-exception"))
            .With("Reason", nameof(TwentyWeekExceptionReason.SchoolOrCollegeClosed))
            .With("Note", "Advice asked of the school on 24 July; it reopened on 3 September.");
        var saved = await caseworker.PostAsync($"/plans/{planId}/twenty-week-exception", form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/plans/{planId}#timescale", saved.Headers.Location!.OriginalString);
        var recorded = await app.WithDatabaseAsync(db => db.Plans.AsNoTracking().Include(p => p.Events).SingleAsync(p => p.Id == planId));
        Assert.Equal(TwentyWeekExceptionReason.SchoolOrCollegeClosed, recorded.TwentyWeekException!.Reason);
        Assert.Equal("Advice asked of the school on 24 July; it reopened on 3 September.", recorded.TwentyWeekException.Note);
        Assert.Equal(app.Clock.GetUtcNow(), recorded.TwentyWeekException.RecordedAt);
        Assert.Equal(PlanEventKind.TwentyWeekExceptionRecorded, recorded.Events.OrderBy(e => e.Id).Last().Kind);
        var after = await caseworker.GetPageAsync($"/plans/{planId}");
        Assert.Contains("School or college closed for holidays when advice was requested", after.QuerySelector("#timescale + .govuk-summary-list")!.TextContent, StringComparison.Ordinal);

        var page = await caseworker.GetPageAsync($"/plans/{planId}/twenty-week-exception");
        Assert.Contains("Sam Carter", page.QuerySelector("main .govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        var removed = await caseworker.PostAsync($"/plans/{planId}/twenty-week-exception/remove", FormFields.Of(page.QuerySelector("#remove-exception")!));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var plan = await app.WithDatabaseAsync(db => db.Plans.AsNoTracking().Include(p => p.Events).SingleAsync(p => p.Id == planId));
        Assert.Null(plan.TwentyWeekException);
        var history = plan.Events.OrderBy(e => e.Id).TakeLast(2).Select(e => e.Kind).ToList();
        Assert.Equal([PlanEventKind.TwentyWeekExceptionRecorded, PlanEventKind.TwentyWeekExceptionRemoved], history);
        Assert.Contains("Exception to the 20-week timescale removed", (await caseworker.GetPageAsync($"/plans/{planId}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoReason_AndANoteTooLong_AreRefused_WithTheErrorSummary_AndNothingTypedIsLost()
    {
        var planId = await app.Plans.DraftAsync("EHC-TWENTY-2", requestedOn: new DateOnly(2026, 5, 1));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var tooLong = new string('x', TwentyWeekException.NoteMaxLength + 1);

        var form = FormFields.Of(await caseworker.GetPageAsync($"/plans/{planId}/twenty-week-exception")).With("Note", tooLong);
        var response = await caseworker.PostAsync($"/plans/{planId}/twenty-week-exception", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Select the reason the 20-week timescale did not apply", summary, StringComparison.Ordinal);
        Assert.Contains($"The note must be {TwentyWeekException.NoteMaxLength} characters or fewer", summary, StringComparison.Ordinal);
        Assert.Equal(tooLong, page.QuerySelector("textarea[name='Note']")!.TextContent);

        var withReason = FormFields.Of(page).With("Reason", nameof(TwentyWeekExceptionReason.AwayFromTheArea)).With("Note", "  ");
        var again = await SignedInClient.ParseAsync(await caseworker.PostAsync($"/plans/{planId}/twenty-week-exception", withReason));
        Assert.Contains("Enter a short note of what happened", again.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(again.QuerySelector("input[name='Reason'][value='AwayFromTheArea'][checked]"));
        Assert.Null(await app.WithDatabaseAsync(db => db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.TwentyWeekException).SingleAsync()));
    }
}
