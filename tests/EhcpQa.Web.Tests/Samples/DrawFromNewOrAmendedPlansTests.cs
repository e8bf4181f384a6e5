using System.Globalization;
using System.Net;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Samples;

/// <summary>
/// A sample draws from new plans, amended plans or both, by the plan in force: a plan amended after an annual review
/// is in the population of the month its amended plan was issued, not of the month it was first issued.
/// </summary>
public sealed class DrawFromNewOrAmendedPlansTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string October = "2026-10";

    private Task<int> AmendedPlanAsync() => app.SharedAsync("amended", () =>
        app.AmendedAsync("EHC-SAMPLE-AM-1", new DateOnly(2025, 9, 3), new DateOnly(2026, 10, 20), Grade.Good));

    [Fact]
    public async Task AmendedPlans_DrawsOnlyAmendedPlans_AndThePageSaysSo()
    {
        var amended = await AmendedPlanAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var url = await DrawAsync(qaLead, October, "Amended");

        var sample = await SampleAsync(url);
        Assert.Equal([amended], sample.PopulationPlanIds);
        Assert.Equal([amended], sample.Items.Select(i => i.PlanId));
        Assert.Equal(PlanKind.Amended, sample.Theme.Kind);
        var page = await qaLead.GetPageAsync(url);
        Assert.Equal("Amended plans after an annual review", Row(page, "Drawn from"));
        Assert.Equal("Amended plans after an annual review", Row(page, "Theme"));
    }

    [Fact]
    public async Task NewPlans_DrawsOnlyNewPlans()
    {
        var amended = await AmendedPlanAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var url = await DrawAsync(qaLead, October, "New");

        var sample = await SampleAsync(url);
        Assert.DoesNotContain(amended, sample.PopulationPlanIds);
        Assert.NotEmpty(sample.PopulationPlanIds);
        var stages = await app.WithDatabaseAsync(db => db.Plans.Where(p => sample.PopulationPlanIds.Contains(p.Id)).Select(p => p.Stage).Distinct().ToListAsync());
        Assert.Equal([PlanStage.Final], stages);
        Assert.Equal("New plans", Row(await qaLead.GetPageAsync(url), "Drawn from"));
    }

    [Fact]
    public async Task Both_DrawsFromEveryPlanInForceSinceTheMonth_ByDefault()
    {
        var amended = await AmendedPlanAsync();
        var issuedWithIt = await app.Plans.IssuedAsync("EHC-SAMPLE-NEW-1", new DateOnly(2025, 9, 10), Grade.Good);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/samples/new");

        var october = await SampleAsync(await DrawAsync(qaLead, October, kind: null));
        var firstIssued = await SampleAsync(await DrawAsync(qaLead, "2025-09", kind: null));

        Assert.NotNull(form.QuerySelector("input[name='Form.Kind'][value=''][checked]"));
        Assert.Equal(["New plans", "Amended plans", "Both"], form.QuerySelectorAll("input[name='Form.Kind'] + label").Select(l => l.TextContent.Trim()));
        Assert.Contains(amended, october.PopulationPlanIds);
        Assert.True(october.PopulationPlanIds.Count > 1);
        Assert.Null(october.Theme.Kind);
        Assert.Equal([issuedWithIt], firstIssued.PopulationPlanIds);
    }

    [Fact]
    public async Task SuggestedTitle_LeftAsItWas_NamesTheMonthAndPlansChosen()
    {
        await AmendedPlanAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var suggested = (await qaLead.GetPageAsync("/samples/new")).QuerySelector("input[name='Form.Title']")!.GetAttribute("value")!;

        var url = await DrawAsync(qaLead, October, "Amended", title: suggested);

        Assert.Equal("Dip sample, amended plans finalised in October 2026", (await SampleAsync(url)).Title);
    }

    [Fact]
    public async Task KindNotOffered_IsAnError()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.PostFormAsync("/samples/new",
            [new("Form.Title", "Odd"), new("Form.Month", October), new("Form.Size", "3"), new("Form.Kind", "Renewed")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary a[href='#Form_Kind']"));
    }

    private static string Row(AngleSharp.Html.Dom.IHtmlDocument page, string key) =>
        page.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key)
            .QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();

    private Task<Domain.Sampling.DipSample> SampleAsync(string url)
    {
        var id = int.Parse(url.Split('/').Last(), CultureInfo.InvariantCulture);
        return app.WithDatabaseAsync(db => db.DipSamples.AsNoTracking().SingleAsync(s => s.Id == id));
    }

    private static async Task<string> DrawAsync(SignedInClient qaLead, string month, string? kind, string? title = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Title", title ?? $"Sample of {month}"), new("Form.Month", month), new("Form.Size", "3"), new("Form.Seed", "11"),
            new("Form.PerCaseworker", "1"), new("Form.ProportionalSpread", "true"), new("Form.Kind", kind ?? string.Empty),
        };
        var response = await qaLead.PostFormAsync("/samples/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
