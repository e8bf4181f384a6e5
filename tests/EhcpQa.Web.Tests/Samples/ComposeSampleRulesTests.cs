using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Samples;

/// <summary>
/// A QA lead composes the rule a sample is drawn by on one form: any window (month, 6 weeks, term, quarter, own dates),
/// a number of plans or 1 in K, at least N per caseworker and per phase, a minimum size. The sample records the rule,
/// states it in words, and says for each caseworker and phase whether it was met.
/// </summary>
public sealed class ComposeSampleRulesTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Form_OffersEveryWindow_EachRevealingItsOwnQuestion()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync("/samples/new");

        var windows = page.QuerySelectorAll("input[name='Form.Window']").Cast<IHtmlInputElement>().ToList();
        Assert.Equal(["Month", "SixWeeks", "Term", "Quarter", "Custom"], windows.Select(w => w.Value));
        Assert.True(windows[0].IsChecked);
        Assert.All(windows, w => Assert.NotNull(page.GetElementById(w.GetAttribute("data-aria-controls")!)));
        Assert.NotNull(page.QuerySelector($"#{windows[2].GetAttribute("data-aria-controls")}.govuk-radios__conditional--hidden select[name='Form.Term']"));
        Assert.NotNull(page.QuerySelector($"#{windows[0].GetAttribute("data-aria-controls")}:not(.govuk-radios__conditional--hidden) select[name='Form.Month']"));
        var terms = page.QuerySelectorAll("select[name='Form.Term'] option").Cast<IHtmlOptionElement>().ToList();
        Assert.Equal("Autumn term 2026 (1 September to 31 December 2026)", terms[0].Text);
        Assert.Equal("2026-04-01", terms.Single(o => o.IsSelected).Value);
        Assert.Contains(terms, o => o.Text == "Spring term 2026 (1 January to 31 March 2026)");
        Assert.Equal("July to September 2026", page.QuerySelectorAll("select[name='Form.Quarter'] option").Cast<IHtmlOptionElement>().Single(o => o.IsSelected).Text);
        Assert.Equal("1", page.QuerySelector<IHtmlInputElement>("input[name='Form.PerCaseworker']")!.Value);
    }

    [Fact]
    public async Task TermWithComposedRules_IsRecordedStatedInWords_AndDrawnTheSameAgain()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var fields = Fields(("Form.Window", "Term"), ("Form.Term", "2026-09-01"), ("Form.SizeBy", "OneIn"), ("Form.OneIn", "5"),
            ("Form.PerCaseworker", "2"), ("Form.PerPhase", "1"), ("Form.Minimum", "20"));

        var first = await DrawAsync(qaLead, fields);
        var second = await DrawAsync(qaLead, fields);

        var (sample, again) = (await SampleAsync(first), await SampleAsync(second));
        Assert.Equal(SampleWindowKind.Term, sample.WindowKind);
        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 31)), (sample.PeriodStart, sample.PeriodEnd));
        Assert.Equal((null, 5, 2, 1, 20), (sample.RequestedSize, sample.OneIn, sample.PlansPerCaseworker, sample.PlansPerPhase, sample.MinimumSize));
        Assert.Equal(sample.Items.Select(i => i.PlanId), again.Items.Select(i => i.PlanId));
        Assert.True(sample.Items.Count >= Math.Min(20, sample.PopulationPlanIds.Count));

        var page = await qaLead.GetPageAsync(first);
        Assert.Equal(
            "At least 2 plans for each caseworker; at least 1 plan for each phase; 1 in 5 of all plans; at least 20 plans; spread in proportion to the population; autumn term 2026",
            Row(page, "Rules"));
        var captions = page.QuerySelectorAll("caption").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("At least 2 plans for each caseworker", captions);
        Assert.Contains("At least 1 plan for each phase", captions);
        var caseworkers = await app.WithDatabaseAsync(db => db.Plans.Where(p => sample.PopulationPlanIds.Contains(p.Id)).Select(p => p.CaseworkerId).Distinct().CountAsync());
        Assert.Equal(caseworkers, RuleRows(page, "At least 2 plans for each caseworker").Count);
    }

    [Fact]
    public async Task RuleThatCannotBeMet_TakesAllTheyHave_AndThePageSaysWhy()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var url = await DrawAsync(qaLead, Fields(("Form.Window", "Quarter"), ("Form.Quarter", "2026-07-01"), ("Form.Size", "3"), ("Form.PerCaseworker", "50")));

        var page = await qaLead.GetPageAsync(url);
        var rows = RuleRows(page, "At least 50 plans for each caseworker");
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Contains("Not met", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("in the population", row.TextContent, StringComparison.Ordinal);
        });
        Assert.Contains(page.QuerySelectorAll(".govuk-inset-text"), note => note.TextContent.Contains("had fewer than 50 plans in the population", StringComparison.Ordinal));
        var sample = await SampleAsync(url);
        Assert.Equal(sample.PopulationPlanIds.Order(), sample.Items.Select(i => i.PlanId).Order());
        Assert.Equal("1 July 2026 and 30 September 2026", Row(page, "Plans finalised between"));
    }

    [Fact]
    public async Task SixWeeks_RunFor42Days_AndTheSuggestedTitleNamesThem()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var suggested = (await qaLead.GetPageAsync("/samples/new")).QuerySelector<IHtmlInputElement>("input[name='Form.Title']")!.Value ?? string.Empty;

        var url = await DrawAsync(qaLead, Fields(("Form.Title", suggested), ("Form.Window", "SixWeeks"), ("Form.SixWeeksFrom.Day", "1"), ("Form.SixWeeksFrom.Month", "9"), ("Form.SixWeeksFrom.Year", "2026")));

        var sample = await SampleAsync(url);
        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 12)), (sample.PeriodStart, sample.PeriodEnd));
        Assert.Equal("Dip sample, plans finalised in the 6 weeks from 1 September 2026", sample.Title);
        Assert.Contains("6 weeks from 1 September 2026 to 12 October 2026", (await qaLead.GetPageAsync("/samples")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRules_ShowEachErrorAndKeepWhatWasTyped()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var samples = await app.WithDatabaseAsync(db => db.DipSamples.CountAsync());

        var response = await qaLead.PostFormAsync("/samples/new", Fields(
            ("Form.Window", "Custom"), ("Form.Start.Day", "10"), ("Form.Start.Month", "11"), ("Form.Start.Year", "2026"),
            ("Form.End.Day", "1"), ("Form.End.Month", "10"), ("Form.End.Year", "2026"),
            ("Form.SizeBy", "OneIn"), ("Form.OneIn", "one"), ("Form.PerCaseworker", "two"), ("Form.PerPhase", "99"), ("Form.Minimum", "0")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("The end date must be the same as or after the start date", summary, StringComparison.Ordinal);
        Assert.Contains("Enter 1 in how many plans as a whole number from 1 to 1,000", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the plans for each caseworker as a whole number from 0 to 50", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the plans for each phase as a whole number from 0 to 50", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the minimum sample size as a whole number from 1 to 500, or leave it empty", summary, StringComparison.Ordinal);
        Assert.Equal("two", Value(page, "Form.PerCaseworker"));
        Assert.Equal("99", Value(page, "Form.PerPhase"));
        Assert.Equal("0", Value(page, "Form.Minimum"));
        Assert.Equal("one", Value(page, "Form.OneIn"));
        Assert.Equal("10", Value(page, "Form.Start.Day"));
        Assert.Equal("1", Value(page, "Form.End.Day"));
        var custom = page.QuerySelector<IHtmlInputElement>("input[name='Form.Window'][value='Custom']")!;
        Assert.True(custom.IsChecked);
        Assert.NotNull(page.QuerySelector($"#{custom.GetAttribute("data-aria-controls")}:not(.govuk-radios__conditional--hidden)"));
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='Form.SizeBy'][value='OneIn']")!.IsChecked);
        Assert.Equal(samples, await app.WithDatabaseAsync(db => db.DipSamples.CountAsync()));
    }

    [Fact]
    public async Task WindowNotOffered_IsAnError_NotAFailure()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.PostFormAsync("/samples/new", Fields(("Form.Window", "Fortnight"), ("Form.Term", "not a term")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary a[href='#Form_Window']"));
    }

    private static List<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Title"] = "Composed sample",
            ["Form.Window"] = "Month",
            ["Form.Month"] = "2026-10",
            ["Form.SizeBy"] = "Number",
            ["Form.Size"] = "5",
            ["Form.PerCaseworker"] = "1",
            ["Form.PerPhase"] = string.Empty,
            ["Form.Minimum"] = string.Empty,
            ["Form.ProportionalSpread"] = "true",
            ["Form.Seed"] = "2026",
        };
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return [.. fields];
    }

    private static async Task<string> DrawAsync(SignedInClient qaLead, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await qaLead.PostFormAsync("/samples/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private Task<DipSample> SampleAsync(string url)
    {
        var id = int.Parse(url.Split('/').Last(), CultureInfo.InvariantCulture);
        return app.WithDatabaseAsync(db => db.DipSamples.AsNoTracking().SingleAsync(s => s.Id == id));
    }

    private static string? Value(IHtmlDocument page, string name) => page.QuerySelector<IHtmlInputElement>($"input[name='{name}']")?.Value;

    private static string Row(IHtmlDocument page, string key) =>
        page.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key)
            .QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();

    private static List<IElement> RuleRows(IHtmlDocument page, string caption) =>
        [.. page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Trim() == caption).QuerySelectorAll("tbody tr")];
}
