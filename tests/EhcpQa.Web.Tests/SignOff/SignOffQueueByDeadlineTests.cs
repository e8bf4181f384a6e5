using EhcpQa.Domain;

namespace EhcpQa.Web.Tests.SignOff;

/// <summary>The sign-off queue lists drafts most urgent first (the soonest 20-week deadline), not in the order they were sent, with the days left.</summary>
public sealed class SignOffQueueByDeadlineTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheQueue_PutsTheSoonestDeadlineFirst_WhateverWasSentFirst()
    {
        var start = app.Clock.Now;
        try
        {
            var today = ServiceCalendar.DateOf(start);
            var later = await app.Plans.DraftAsync("EHC-QUEUE-LATER", requestedOn: today.AddDays(-160));
            var sooner = await app.Plans.DraftAsync("EHC-QUEUE-SOONER", requestedOn: today.AddDays(-190));
            var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
            await SignOffJourney.SubmitDraftAsync(caseworker, later);
            // Sent later in the same sitting (within the half hour a session may sit idle).
            app.Clock.Now = start.AddMinutes(20);
            await SignOffJourney.SubmitDraftAsync(caseworker, sooner);
            var manager = await app.SignInAsync(DemoUsers.LocalityManager);

            var queue = await manager.GetPageAsync("/sign-off");

            var rows = queue.QuerySelectorAll("table.govuk-table tbody tr").ToList();
            var references = rows.Select(r => r.QuerySelector("td a")!.TextContent.Split(',')[0].Trim()).ToList();
            Assert.Equal(["EHC-QUEUE-SOONER", "EHC-QUEUE-LATER"], references.Take(2));
            Assert.Contains("50 days overdue", rows[0].QuerySelector("td[data-label='20-week deadline']")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("20 days overdue", rows[1].QuerySelector("td[data-label='20-week deadline']")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }
}
