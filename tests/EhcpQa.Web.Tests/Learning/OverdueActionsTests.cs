using System.Net;
using EhcpQa.Domain.Moderation;

namespace EhcpQa.Web.Tests.Learning;

/// <summary>
/// The list of every action flags those overdue (not done and due before today, the UK date of the
/// fixture's fixed clock: 23 November 2026) and filters by open, overdue and done without JavaScript.
/// </summary>
public sealed class OverdueActionsTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private Task<(int Late, int DueToday, int Later, int DoneLate)> ActionsAsync() => app.SharedAsync("actions", async () =>
    {
        var sessionId = await LearningSessions.CreateAsync(app, new DateOnly(2026, 11, 1));
        var today = LearningSessions.Today;
        return (
            await LearningSessions.RaiseActionAsync(app, sessionId, "Late action", today.AddDays(-1), ActionStatus.InProgress),
            await LearningSessions.RaiseActionAsync(app, sessionId, "Action due today", today),
            await LearningSessions.RaiseActionAsync(app, sessionId, "Action due next month", today.AddMonths(1)),
            await LearningSessions.RaiseActionAsync(app, sessionId, "Action done late", today.AddDays(-10), doneNote: "Done after the due date"));
    });

    [Fact]
    public async Task List_FlagsOnlyTheActionNotDoneAndDueBeforeToday()
    {
        var (late, dueToday, later, doneLate) = await ActionsAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync("/actions");

        bool Flagged(int id) => page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/actions/{id}']") is not null)
            .QuerySelectorAll(".govuk-tag").Any(t => t.TextContent == "Overdue");
        Assert.True(Flagged(late));
        Assert.False(Flagged(dueToday));
        Assert.False(Flagged(later));
        Assert.False(Flagged(doneLate));
    }

    [Theory]
    [InlineData("overdue", new[] { "Late action" })]
    [InlineData("open", new[] { "Late action", "Action due today", "Action due next month" })]
    [InlineData("done", new[] { "Action done late" })]
    [InlineData("all", new[] { "Late action", "Action due today", "Action due next month", "Action done late" })]
    [InlineData("nonsense", new[] { "Late action", "Action due today", "Action due next month", "Action done late" })]
    public async Task List_FilteredByStatus_ShowsThoseActions_MostPressingFirst(string show, string[] expected)
    {
        await ActionsAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync($"/actions?show={show}");

        Assert.Equal(expected, page.QuerySelectorAll("tbody tr td:nth-child(2) a").Select(a => a.TextContent));
        var chosen = show == "nonsense" ? "all" : show;
        Assert.NotNull(page.QuerySelector($"input[name='Show'][value='{chosen}'][checked]"));
    }

    [Fact]
    public async Task ActionPage_FlagsAnOverdueAction()
    {
        var (late, _, later, _) = await ActionsAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        Assert.Contains("Overdue", (await qaLead.GetPageAsync($"/actions/{late}")).QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", (await qaLead.GetPageAsync($"/actions/{later}")).QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await qaLead.GetAsync("/actions/999999")).StatusCode);
    }
}
