using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// A QA lead publishes a month's summary in a real browser; a board member reads the month's dashboard
/// and downloads the same month's PDF from the Reports page. Every page passes axe.
/// </summary>
public sealed class BoardSummaryTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task QaLeadPublishes_BoardMemberDownloadsTheMonthsSummary()
    {
        var qaLead = await app.SignedInPageAsync("qalead@ehcpqa.test");
        await qaLead.GotoAsync("/reports");
        await qaLead.AssertNoAxeViolationsAsync();
        var month = await qaLead.Locator("#Form_Month").InputValueAsync();
        var monthName = (await qaLead.Locator("#Form_Month option:checked").InnerTextAsync()).Trim();
        await qaLead.GetByRole(AriaRole.Button, new() { Name = "Publish the summary" }).ClickAsync();
        await Assertions.Expect(qaLead.Locator(".govuk-notification-banner")).ToContainTextAsync($"The summary for {monthName} has been published as version 1");
        await qaLead.AssertNoAxeViolationsAsync();

        var board = await app.SignedInPageAsync("board@ehcpqa.test");
        await board.GotoAsync($"/dashboard?Query.From={month}&Query.To={month}");
        await Assertions.Expect(board.Locator("h2").First).ToContainTextAsync(monthName);
        await board.AssertNoAxeViolationsAsync();

        await board.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await Assertions.Expect(board.Locator("h1")).ToContainTextAsync("Monthly summaries for the board");
        await board.AssertNoAxeViolationsAsync();
        var download = await board.RunAndWaitForDownloadAsync(() =>
            board.GetByRole(AriaRole.Link, new() { Name = $"Download the {monthName} summary, version 1" }).ClickAsync());
        Assert.Equal($"board-summary-{month}-v1.pdf", download.SuggestedFilename);
    }
}
