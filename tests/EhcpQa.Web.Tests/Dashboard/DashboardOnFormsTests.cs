namespace EhcpQa.Web.Tests.Dashboard;

/// <summary>
/// Drafts graded on a form of the authority's own are counted on the dashboard on that form's own grades and
/// points, apart from the 1–4 figures; board members see the small numbers suppressed.
/// </summary>
public sealed class DashboardOnFormsTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private static readonly string[] References = ["EHC-DF-1", "EHC-DF-2"];

    /// <summary>The dashboard for the month the drafts were graded in.</summary>
    private string ThisMonth
    {
        get
        {
            var month = Web.Features.Dashboard.DashboardQuery.MonthValue(Domain.ServiceCalendar.DateOf(app.Clock.GetUtcNow()));
            return $"/dashboard?Query.From={month}&Query.To={month}";
        }
    }

    private Task<int> GradedAsync() => app.SharedAsync("graded-on-the-points-form", async () =>
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await FormGradingJourney.UseAsync(qaLead, "points-form.json", "dashboard-points");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        foreach (var reference in References)
        {
            var planId = await app.Plans.DraftAsync(reference);
            await SignOffJourney.SubmitDraftAsync(caseworker, planId);
            var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);
            await FormGradingJourney.JudgeEveryPartAsync(manager, gradingId, reference == "EHC-DF-1" ? FormGradingJourney.Last : (_, values) => values[1]);
            await SignOffJourney.SubmitGradingAsync(manager, gradingId);
        }

        return 2;
    });

    [Fact]
    public async Task TheQaLead_SeesEachGradeOfTheFormsOwnScale_TheShareAtTheBar_AndTheMeanPercentage()
    {
        await GradedAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync(ThisMonth);

        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("On forms of your authority's own", main, StringComparison.Ordinal);
        var grades = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Overall grades on A points form", StringComparison.Ordinal));
        var rows = grades.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();

        // One draft at good practice throughout (100 %: Outstanding), one compliant throughout (50 %: Requires improvement, awaiting a second opinion, so not yet decisive).
        Assert.Equal(["1 Outstanding|1|100%", "2 Good|0|0%", "3 Requires improvement|0|0%", "4 Inadequate|0|0%"], rows);
        Assert.Contains("Graded at least Good", main, StringComparison.Ordinal);
        Assert.Contains("100.0%", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABoardMember_SeesTheFormsFigures_WithSmallNumbersSuppressed()
    {
        await GradedAsync();
        var board = await app.SignInAsync(DemoUsers.BoardMember);

        var page = await board.GetPageAsync(ThisMonth);

        var summary = page.QuerySelectorAll(".govuk-summary-list")[^1].TextContent;
        Assert.Contains("fewer than 5", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("100.0%", summary, StringComparison.Ordinal);
    }
}
