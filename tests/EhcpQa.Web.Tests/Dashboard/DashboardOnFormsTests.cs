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
    public async Task ABoardMember_SeesTheFormsFiguresForTheWholeAuthority_AndItsCutsWithSmallNumbersSuppressed()
    {
        await GradedAsync();
        var board = await app.SignInAsync(DemoUsers.BoardMember);

        var page = await board.GetPageAsync(ThisMonth);

        var summary = page.QuerySelectorAll(".govuk-summary-list")[^1].TextContent;
        Assert.Contains("Results given1", summary, StringComparison.Ordinal);
        Assert.Contains("100.0%", summary, StringComparison.Ordinal);
        var byLocality = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.Trim() == "By locality, on A points form, version 1").TextContent;
        Assert.Contains("fewer than 5", byLocality, StringComparison.Ordinal);
        Assert.DoesNotContain("100.0%", byLocality, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheQaLead_DownloadsTheResultsOnForms_ByReference_AndABoardMemberCannot()
    {
        await GradedAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var board = await app.SignInAsync(DemoUsers.BoardMember);
        var link = (await qaLead.GetPageAsync(ThisMonth)).QuerySelectorAll("a").Single(a => a.TextContent == "Download these results as CSV").GetAttribute("href")!;

        var response = await qaLead.GetAsync(link);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Plan reference,Level,Date graded,Locality,Phase,Primary need,Setting,Form,Overall grade,Reaches the bar,Points awarded,Points available,Percentage,Re-graded,New or amended plan", lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.StartsWith("EHC-DF-1,Draft sign-off,", row, StringComparison.Ordinal);
        Assert.EndsWith("\"A points form, version 1\",1 Outstanding,Yes,68,68,100.0,No,New", row, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await board.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task TheMonthlyBoardSummary_CountsTheDraftsGradedOnTheForm_WithSmallNumbersInCutsSuppressed()
    {
        await GradedAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var board = await app.SignInAsync(DemoUsers.BoardMember);
        var month = Domain.ServiceCalendar.DateOf(app.Clock.GetUtcNow());
        await qaLead.PostFormAsync("/reports", [new("Form.Month", Web.Features.Dashboard.DashboardQuery.MonthValue(month))]);

        var list = await board.GetPageAsync("/reports");
        var link = list.QuerySelectorAll("a").First(a => a.TextContent.Contains(month.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), StringComparison.Ordinal));
        var text = Reporting.PdfReading.AllText(await (await board.GetAsync(link.GetAttribute("href")!)).Content.ReadAsByteArrayAsync());

        Assert.Contains("Draft sign-off on A points form, version 1", text, StringComparison.Ordinal);
        Assert.Contains("Results given 1", text, StringComparison.Ordinal);
        Assert.Contains("Share graded at least Good 100%", text, StringComparison.Ordinal);
        Assert.Contains("fewer than 5", text.Split("Draft sign-off on A points form, version 1")[1], StringComparison.Ordinal);
        Assert.Matches(@"Drafts graded (\d+) \(\d+ on the 1–4 scheme, the grades given above; 1 on forms of the authority's own\)", text);
        Assert.DoesNotContain("EHC-DF-1", text, StringComparison.Ordinal);
    }
}
