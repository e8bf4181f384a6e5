using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Web.Features.Dashboard;
using EhcpQa.Web.Tests.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Tests.Dashboard;

/// <summary>Reads the board's figures off the dashboard page, the CSV export and the board summary's text.</summary>
internal static partial class BoardFigureReading
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static int Number(string shown) => int.Parse(shown, NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>The rows of the table with this caption: the row header and the cells.</summary>
    public static List<(string Label, string[] Cells)> Table(IHtmlDocument page, string caption) =>
        page.QuerySelectorAll("table")
            .Single(t => t.QuerySelector("caption")?.TextContent.Trim() == caption)
            .QuerySelectorAll("tbody tr")
            .Select(r => (r.QuerySelector("th")!.TextContent.Trim(), r.QuerySelectorAll("td").Select(d => d.TextContent.Trim()).ToArray()))
            .ToList();

    /// <summary>The CSV export's rows, each field by its header.</summary>
    public static async Task<List<Dictionary<string, string>>> CsvAsync(SignedInClient client, string url)
    {
        var text = (await (await client.GetAsync(url)).Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var headers = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).Select(f => headers.Select((h, i) => (h, f[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
    }

    /// <summary>The first value after a figure's name in the summary's text ("Plans assured 12 9 7" gives 12).</summary>
    public static int PdfFigure(string text, string name)
    {
        var match = Regex.Match(text, Regex.Escape(name) + @" (\d+)");
        Assert.True(match.Success, $"The summary has no figure \"{name}\".");
        return Number(match.Groups[1].Value);
    }

    /// <summary>Publishes the month's board summary as a QA lead and gives its text.</summary>
    public static async Task<string> PublishedSummaryTextAsync(EhcpQaApp app, DateOnly month)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await qaLead.PostFormAsync("/reports", [new("Form.Month", SignOffCounts.Month(month))]);
        var pdf = await app.WithDatabaseAsync(db => db.BoardReports.AsNoTracking().Where(r => r.Month == month).OrderByDescending(r => r.Version).Select(r => r.Content).FirstAsync());
        return PdfReading.AllText(pdf);
    }

    public static string Cell(IElement row, int index) => row.QuerySelectorAll("td")[index].TextContent.Trim();
}

/// <summary>
/// The same month's figures on the board's dashboard, in the CSV export and in the board summary are the same
/// figures under the same names, and they add up: grades to the grades given, months to the period, cuts to the
/// whole, and the drafts graded to those signed off, returned and awaiting a decision.
/// </summary>
public sealed class BoardFiguresReconcileTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task DashboardCsvAndSummary_GiveTheSameFigures_ThatAddUp()
    {
        var counts = await SignOffCounts.DecisiveAsync(app);
        var month = counts.GroupBy(c => c.Month).OrderByDescending(g => g.Count()).First().Key;
        var query = $"Query.From={SignOffCounts.Month(month)}&Query.To={SignOffCounts.Month(month)}&Query.Level=SignOff";
        var board = await app.SignInAsync(DemoUsers.BoardMember);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await board.GetPageAsync($"/dashboard?{query}");
        var csv = await BoardFigureReading.CsvAsync(qaLead, $"/dashboard/gradings.csv?{query}");
        var summary = await BoardFigureReading.PublishedSummaryTextAsync(app, month);

        var given = BoardFigureReading.Number(SignOffCounts.Headline(page, BoardFigures.GradesGiven.Name));
        var assured = BoardFigureReading.Number(SignOffCounts.Headline(page, BoardFigures.PlansAssured.Name));
        var good = BoardFigureReading.Number(SignOffCounts.Headline(page, BoardFigures.AtLeastGood.Name).Split(' ')[0]);
        var regraded = BoardFigureReading.Number(SignOffCounts.Headline(page, BoardFigures.Regraded.Name));
        Assert.Equal(counts.Count(c => c.Month == month), given);

        // The export: one row per grade given, its references the plans assured.
        Assert.Equal(given, csv.Count);
        Assert.Equal(assured, csv.Select(r => r["Plan reference"]).Distinct().Count());
        Assert.Equal(good, csv.Count(r => r["Overall grade"] is "1" or "2"));
        Assert.Equal(regraded, csv.Count(r => r[BoardFigures.Regraded.Name] == "Yes"));

        // The summary: the same figures under the same names.
        Assert.Equal(assured, BoardFigureReading.PdfFigure(summary, BoardFigures.PlansAssured.Name));
        Assert.Equal(given, BoardFigureReading.PdfFigure(summary, BoardFigures.GradesGiven.Name));
        Assert.Equal(good, BoardFigureReading.PdfFigure(summary, BoardFigures.AtLeastGood.Name));
        Assert.Equal(regraded, BoardFigureReading.PdfFigure(summary, BoardFigures.Regraded.Name));

        // Sign-off activity: every draft graded is signed off, returned or awaiting; those issued are plans assured.
        var drafts = BoardFigureReading.PdfFigure(summary, BoardFigures.DraftsGraded.Name);
        var issued = BoardFigureReading.PdfFigure(summary, BoardFigures.SignedOffAndIssued.Name);
        var returned = BoardFigureReading.PdfFigure(summary, BoardFigures.ReturnedToCaseworker.Name);
        var awaiting = BoardFigureReading.PdfFigure(summary, BoardFigures.AwaitingDecision.Name);
        Assert.Equal(given, drafts);
        Assert.Equal(drafts, issued + returned + awaiting);
        Assert.InRange(issued, 0, assured);

        // The grades add up to the grades given, on the page and in the summary.
        var overall = BoardFigureReading.Table(page, "Grades overall and by section").Single(r => r.Label == "The plan overall").Cells;
        Assert.Equal(given, overall.Take(4).Sum(BoardFigureReading.Number));
        Assert.Contains($"The plan overall {string.Join(' ', overall.Take(4))}", summary, StringComparison.Ordinal);

        // The month's row of the trend is the month's figures.
        var trendRow = BoardFigureReading.Table(page, "Grades by month").Single(r => r.Label == month.ToString("MMMM yyyy", BoardFigureReading.English)).Cells;
        Assert.Equal([given.ToString(CultureInfo.InvariantCulture), good.ToString(CultureInfo.InvariantCulture)], trendRow.Take(2));
        Assert.Contains($"{month.ToString("MMMM yyyy", BoardFigureReading.English)} {given} {good} {trendRow[2]}", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrendMonthsAndCuts_AddUpToThePeriod()
    {
        var counts = await SignOffCounts.DecisiveAsync(app);
        var last = counts.Max(c => c.Month);
        var first = last.AddMonths(-2);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync($"/dashboard?Query.From={SignOffCounts.Month(first)}&Query.To={SignOffCounts.Month(last)}");

        var given = BoardFigureReading.Number(SignOffCounts.Headline(page, BoardFigures.GradesGiven.Name));
        var months = BoardFigureReading.Table(page, "Grades by month")
            .Where(r => DateOnly.ParseExact("1 " + r.Label, "d MMMM yyyy", BoardFigureReading.English) >= first)
            .ToList();
        Assert.Equal(3, months.Count);
        Assert.Equal(given, months.Sum(m => BoardFigureReading.Number(m.Cells[0])));
        Assert.Equal(counts.Count(c => c.Month >= first && c.Month <= last), given);
        foreach (var caption in new[] { "By locality", "By phase", "By primary need", "By setting" })
        {
            Assert.Equal(given, BoardFigureReading.Table(page, caption).Sum(r => BoardFigureReading.Number(r.Cells[0])));
        }
    }
}

/// <summary>The board's trend shows a share at least Good for each of its 12 months, however few plans a month had.</summary>
public sealed class BoardTrendTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task BoardsTrend_HasAShareForEachOfTwelveMonths_WhenEveryMonthIsSmall()
    {
        // This class's own copy of the demo keeps three decisive sign-off grades a month: every month is small.
        await app.WithDatabaseAsync(async db =>
        {
            var rows = await db.AssuredGrades.Where(a => a.Level == AssuranceLevel.SignOff).Select(a => new { a.Id, a.GivenOn }).ToListAsync();
            var dropped = rows.GroupBy(r => (r.GivenOn.Year, r.GivenOn.Month)).SelectMany(g => g.OrderBy(r => r.Id).Skip(3)).Select(r => r.Id).ToList();
            return await db.AssuredGrades.Where(a => dropped.Contains(a.Id)).ExecuteDeleteAsync();
        });
        var board = await app.SignInAsync(DemoUsers.BoardMember);

        var page = await board.GetPageAsync("/dashboard");

        var months = BoardFigureReading.Table(page, "Grades by month");
        Assert.Equal(12, months.Count);
        Assert.All(months, m =>
        {
            Assert.Equal("3", m.Cells[0]);
            Assert.Matches(@"^\d+%$", m.Cells[2]);
        });
        Assert.Equal("3", SignOffCounts.Headline(page, BoardFigures.GradesGiven.Name));
        Assert.DoesNotContain("fewer than", page.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(BoardFigureReading.Table(page, "Grades overall and by section").SelectMany(r => r.Cells), c => c.StartsWith("fewer", StringComparison.Ordinal));
        Assert.DoesNotContain("not shown", page.QuerySelectorAll("figcaption")[0].TextContent, StringComparison.Ordinal);
    }
}

/// <summary>
/// A locality, phase, need or setting below the threshold is hidden from the board (and in the board's charts
/// it is a marked gap, not a zero); the threshold is the authority's setting, checked when the service starts.
/// </summary>
public sealed class SmallCutsSuppressedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task LocalityBelowTheThreshold_IsHiddenFromTheBoard_ButNotFromStaff()
    {
        var counts = await SignOffCounts.DecisiveAsync(app);
        var (month, localityId) = counts.GroupBy(c => (c.Month, c.LocalityId)).First(g => g.Count() is > 0 and < Suppression.DefaultThreshold).Key;
        var locality = await app.WithDatabaseAsync(db => db.Localities.Where(l => l.Id == localityId).Select(l => l.Name).SingleAsync());
        var small = counts.Count(c => c.Month == month && c.LocalityId == localityId);
        var url = $"/dashboard?Query.From={SignOffCounts.Month(month)}&Query.To={SignOffCounts.Month(month)}";
        var board = await app.SignInAsync(DemoUsers.BoardMember);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var boardRow = BoardFigureReading.Table(await board.GetPageAsync(url), "By locality").Single(r => r.Label == locality).Cells;
        var staffRow = BoardFigureReading.Table(await qaLead.GetPageAsync(url), "By locality").Single(r => r.Label == locality).Cells;
        var boardLocality = await board.GetPageAsync($"{url}&Query.Locality={localityId}");

        Assert.Equal(["fewer than 5", "–"], boardRow.Take(2));
        Assert.Equal(small.ToString(CultureInfo.InvariantCulture), staffRow[0]);
        Assert.Equal("fewer than 5", SignOffCounts.Headline(boardLocality, BoardFigures.GradesGiven.Name));
        var caption = boardLocality.QuerySelectorAll("figcaption")[1].TextContent;
        Assert.Contains("fewer than 5, not shown", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void ThresholdSetting_ChangesWhatIsHidden()
    {
        var three = DashboardSettings(("Dashboard:SuppressionThreshold", "3"));
        var unset = DashboardSettings();

        Assert.Equal("3", three.GetRequiredService<IOptions<DashboardOptions>>().Value.BoardSuppression.Count(3));
        Assert.Equal("fewer than 5", unset.GetRequiredService<IOptions<DashboardOptions>>().Value.BoardSuppression.Count(3));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("500")]
    public void ThresholdThatProtectsNoOneOrHidesEverything_StopsTheServiceAtStart(string threshold)
    {
        var services = DashboardSettings(("Dashboard:SuppressionThreshold", threshold));

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("SuppressionThreshold", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryCuts_FollowTheThreshold()
    {
        var counts = await SignOffCounts.DecisiveAsync(app);
        var month = counts.GroupBy(c => c.Month).OrderByDescending(g => g.Count()).First().Key;
        var content = await app.WithScopeAsync(s => s.GetRequiredService<Web.Features.Reports.BoardReportData>().LoadAsync(month, CancellationToken.None));
        var small = new[] { content.ThisMonth.ByLocality, content.ThisMonth.ByPhase, content.ThisMonth.ByNeed, content.ThisMonth.BySetting }
            .SelectMany(cut => cut)
            .First(r => r.Grades.Total is >= Suppression.LeastThreshold and < Suppression.DefaultThreshold);

        var atDefault = PdfReading.AllText(Web.Features.Reports.BoardReportPdf.Render(content, app.Clock.GetUtcNow(), Suppression.Board(Suppression.DefaultThreshold)));
        var atItsSize = PdfReading.AllText(Web.Features.Reports.BoardReportPdf.Render(content, app.Clock.GetUtcNow(), Suppression.Board(small.Grades.Total)));

        Assert.Contains($"{small.Label} fewer than 5 –", atDefault, StringComparison.Ordinal);
        Assert.Contains($"{small.Label} {small.Grades.Total} ", atItsSize, StringComparison.Ordinal);
    }

    private static ServiceProvider DashboardSettings(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return DashboardOptions.AddTo(new ServiceCollection(), configuration).BuildServiceProvider();
    }
}
