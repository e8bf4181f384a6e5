using System.Globalization;
using System.Net;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Dashboard;

/// <summary>Two plans amended after an annual review and signed off in October 2026, beside the demo's new plans.</summary>
internal static class AmendedInOctober
{
    public static readonly DateOnly Month = new(2026, 10, 1);

    public const string Query = "Query.From=2026-10&Query.To=2026-10&Query.Level=SignOff";

    /// <summary>Makes the two amended plans once for the class: one Good, one Outstanding, both first issued in September 2025.</summary>
    public static Task<IReadOnlyList<int>> MakeAsync(EhcpQaApp app) => app.SharedAsync("amended in October", async () =>
        (IReadOnlyList<int>)
        [
            await app.AmendedAsync("EHC-AMEND-1", new DateOnly(2025, 9, 1), new DateOnly(2026, 10, 20), Grade.Good),
            await app.AmendedAsync("EHC-AMEND-2", new DateOnly(2025, 9, 2), new DateOnly(2026, 10, 21), Grade.Outstanding),
        ]);
}

/// <summary>The dashboard filtered to amended plans counts only the grades of amended plans; to new plans, only theirs.</summary>
public sealed class DashboardOfAmendedPlansTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task FilteredToAmendedPlans_CountsOnlyTheAmendedPlansGrades()
    {
        await AmendedInOctober.MakeAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var amended = await qaLead.GetPageAsync($"/dashboard?{AmendedInOctober.Query}&Query.Kind=Amended");

        Assert.Equal("2", SignOffCounts.Headline(amended, BoardFigures.GradesGiven.Name));
        Assert.Equal("2", SignOffCounts.Headline(amended, BoardFigures.PlansAssured.Name));
        Assert.Equal("2 (100%)", SignOffCounts.Headline(amended, BoardFigures.AtLeastGood.Name));
        Assert.Equal("Amended", amended.QuerySelector("select[name='Query.Kind'] option[selected]")!.GetAttribute("value"));
        Assert.EndsWith("amended plans after an annual review", amended.QuerySelector("#figures-shown")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Query.Kind=Amended", amended.QuerySelectorAll("a").Single(a => a.TextContent == "Download these grades as CSV").GetAttribute("href"), StringComparison.Ordinal);
        var trend = BoardFigureReading.Table(amended, "Grades by month");
        Assert.Equal(["0"], trend.Where(r => r.Label == "September 2026").Select(r => r.Cells[0]));
        Assert.Equal(["2"], trend.Where(r => r.Label == "October 2026").Select(r => r.Cells[0]));
    }

    [Fact]
    public async Task NewAndAmendedPlans_AddUpToAllPlans_AndTheSplitShowsBoth()
    {
        await AmendedInOctober.MakeAsync(app);
        var counts = await SignOffCounts.DecisiveAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var all = await qaLead.GetPageAsync($"/dashboard?{AmendedInOctober.Query}");
        var fresh = await qaLead.GetPageAsync($"/dashboard?{AmendedInOctober.Query}&Query.Kind=New");

        var given = counts.Count(c => c.Month == AmendedInOctober.Month);
        Assert.Equal(given.ToString(CultureInfo.InvariantCulture), SignOffCounts.Headline(all, BoardFigures.GradesGiven.Name));
        Assert.Equal((given - 2).ToString(CultureInfo.InvariantCulture), SignOffCounts.Headline(fresh, BoardFigures.GradesGiven.Name));
        Assert.EndsWith("new and amended plans", all.QuerySelector("#figures-shown")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("new plans", fresh.QuerySelector("#figures-shown")!.TextContent.Trim(), StringComparison.Ordinal);
        var split = BoardFigureReading.Table(all, "By new and amended plans");
        Assert.Equal(["New plans", "Amended plans after an annual review"], split.Select(r => r.Label));
        Assert.Equal([(given - 2).ToString(CultureInfo.InvariantCulture), "2"], split.Select(r => r.Cells[1]));
        Assert.Equal("100%", split[1].Cells[2]);
        Assert.Null(fresh.QuerySelector("#by-plan-kind"));
    }
}

/// <summary>Both exports say of each grade whether the plan was new or amended, and follow the dashboard's choice of plans.</summary>
public sealed class GradingsCsvByKindOfPlanTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Export_SaysNewOrAmended_ForEachGrade()
    {
        await AmendedInOctober.MakeAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var all = await LinesAsync(qaLead, $"/dashboard/gradings.csv?{AmendedInOctober.Query}");
        var amended = await LinesAsync(qaLead, $"/dashboard/gradings.csv?{AmendedInOctober.Query}&Query.Kind=Amended");

        // The column is the last: read it from the end, as names of needs hold commas.
        Assert.EndsWith($",{Web.Features.Dashboard.GradingsCsv.KindHeader}", all[0], StringComparison.Ordinal);
        Assert.Equal(["EHC-AMEND-1", "EHC-AMEND-2"], amended.Skip(1).Select(r => r.Split(',')[0]).Order(StringComparer.Ordinal));
        Assert.All(amended.Skip(1), r => Assert.EndsWith(",Amended", r, StringComparison.Ordinal));
        Assert.Equal(2, all.Skip(1).Count(r => r.EndsWith(",Amended", StringComparison.Ordinal)));
        Assert.Equal(all.Length - 3, all.Skip(1).Count(r => r.EndsWith(",New", StringComparison.Ordinal)));
    }

    private static async Task<string[]> LinesAsync(SignedInClient client, string url) =>
        (await (await client.GetAsync(url)).Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task ExportOnForms_HasTheColumnToo()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.GetAsync($"/dashboard/results-on-forms.csv?{AmendedInOctober.Query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var header = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n")[0];
        Assert.EndsWith($"{BoardFigures.Regraded.Name},{Web.Features.Dashboard.GradingsCsv.KindHeader}", header, StringComparison.Ordinal);
    }
}

/// <summary>A choice of plans the dashboard does not offer is an error the person can read and put right, never a failure.</summary>
public sealed class UnknownKindOfPlanTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Theory]
    [InlineData("Renewed")]
    [InlineData("7")]
    [InlineData("0")]
    public async Task Dashboard_ShowsTheErrorAndTheFiguresForAllPlans(string kind)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.GetAsync($"/dashboard?{AmendedInOctober.Query}&Query.Kind={kind}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var error = page.QuerySelector(".govuk-error-summary a[href='#Query_Kind']");
        Assert.NotNull(error);
        Assert.Equal("Choose all plans, new plans or amended plans from the list", error.TextContent.Trim());
        Assert.EndsWith("new and amended plans", page.QuerySelector("#figures-shown")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IsRefusedWithAReason()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.GetAsync($"/dashboard/gradings.csv?{AmendedInOctober.Query}&Query.Kind=Renewed");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose the months and the filters from the dashboard's lists", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>The amended plans' grades are stored as amended, straight from sign-off of the amendment's draft.</summary>
public sealed class AmendedPlansGradesStoredTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task SigningOffAnAmendment_RecordsAnAmendedGrade_AndTheFirstIssueANewOne()
    {
        var ids = await AmendedInOctober.MakeAsync(app);

        var grades = await app.WithDatabaseAsync(db => db.AssuredGrades.AsNoTracking().Where(a => ids.Contains(a.PlanId)).OrderBy(a => a.GivenOn).ToListAsync());

        Assert.Equal(4, grades.Count);
        Assert.Equal(2, grades.Count(g => g.Kind == Domain.Plans.PlanKind.New && g.GivenOn.Year == 2025));
        Assert.Equal(2, grades.Count(g => g.Kind == Domain.Plans.PlanKind.Amended && g.GivenOn.Month == 10 && g.GivenOn.Year == 2026));
    }
}
