using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using EhcpQa.Domain;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Quality;

/// <summary>
/// "Quality of plans by caseworker": a caseworker sees only their own plans' figures, a locality manager one row per
/// caseworker of their locality, a QA lead every caseworker; other roles are refused. The figures are those counted
/// from the database, and a caseworker with fewer than 5 plans graded shows no percentages.
/// </summary>
public sealed class QualityOfPlansByCaseworkerTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    // The fixed clock's today is 23 November 2026: the last 12 months start on 24 November 2025.
    private static readonly DateOnly From = new(2025, 11, 24);
    private static readonly DateOnly To = new(2026, 11, 23);

    private Task<string> IdOfAsync(string email) => app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static IEnumerable<IElement> Rows(IDocument page) => page.QuerySelectorAll("#caseworkers tbody tr");

    private static int Figure(IElement row, string figure) =>
        int.Parse(row.QuerySelector($"[data-figure='{figure}']")!.TextContent.Trim().Split(' ')[0], CultureInfo.InvariantCulture);

    [Fact]
    public async Task ACaseworker_SeesTheirOwnPlans_AndIsRefusedAnotherCaseworkersPage()
    {
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var own = await caseworker.GetPageAsync("/quality");
        var ownPlans = await app.WithDatabaseAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == DemoUsers.Caseworker).Select(u => u.Id).SingleAsync();
            return await db.Plans.Where(p => p.CaseworkerId == id).Select(p => p.Reference).ToListAsync();
        });

        Assert.Equal("Your plans", own.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(own.QuerySelector("#caseworkers"));
        var shown = own.QuerySelectorAll("#plans tbody tr td:first-child").Select(c => c.TextContent.Trim()).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, reference => Assert.Contains(reference, ownPlans));

        var other = await caseworker.GetAsync($"/quality/caseworkers/{await IdOfAsync(DemoUsers.OtherCaseworker)}");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync("/quality/caseworkers/no-such-person")).StatusCode);
    }

    [Fact]
    public async Task ALocalityManager_SeesTheirLocalitysCaseworkersOnly_AndOpensTheirPages_ButNoOtherLocalitys()
    {
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var page = await manager.GetPageAsync("/quality");
        var (managerLocality, localities) = await app.WithDatabaseAsync(async db => (
            await db.Users.Where(u => u.Email == DemoUsers.LocalityManager).Select(u => u.LocalityId).SingleAsync(),
            await db.Users.ToDictionaryAsync(u => u.Id, u => u.LocalityId)));

        var shown = Rows(page).Select(r => r.GetAttribute("data-caseworker")!).ToList();
        Assert.Contains(await IdOfAsync(DemoUsers.Caseworker), shown);
        Assert.DoesNotContain(await IdOfAsync(DemoUsers.OtherCaseworker), shown);
        Assert.All(shown, id => Assert.Equal(managerLocality, localities[id]));

        var link = Rows(page).First().QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/quality/caseworkers/{await IdOfAsync(DemoUsers.OtherCaseworker)}")).StatusCode);
    }

    [Fact]
    public async Task AQaLead_SeesEveryCaseworker()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var page = await qaLead.GetPageAsync("/quality");
        var caseworkers = await app.WithDatabaseAsync(db => db.Users
            .Where(u => u.DisabledAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRole.Caseworker)))
            .Select(u => u.Id).ToListAsync());

        Assert.Equal(caseworkers.Order(), Rows(page).Select(r => r.GetAttribute("data-caseworker")!).Order());
    }

    [Theory]
    [InlineData(DemoUsers.BoardMember)]
    [InlineData(DemoUsers.PanelMember)]
    [InlineData(DemoUsers.Administrator)]
    public async Task OtherRoles_AreRefused_AndOfferedNoLink(string email)
    {
        var someone = await app.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync("/quality")).StatusCode);
        Assert.Empty((await someone.GetPageAsync("/")).QuerySelectorAll("a[href='/quality']"));
    }

    [Fact]
    public async Task TheRolesThatSeeIt_AreLinkedToIt_FromTheHomePage()
    {
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        Assert.NotEmpty((await caseworker.GetPageAsync("/")).QuerySelectorAll("main a[href='/quality']"));
    }

    [Fact]
    public async Task TheFigures_AreThoseCountedFromTheDatabase()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var rows = Rows(await qaLead.GetPageAsync("/quality")).ToList();
        var counted = await app.WithDatabaseAsync(async db =>
        {
            var caseworkerOf = await db.Plans.ToDictionaryAsync(p => p.Id, p => p.CaseworkerId);
            var assured = await db.AssuredGrades.Where(a => a.GivenOn >= From && a.GivenOn <= To)
                .Select(a => new { a.PlanId, a.Level, a.Regraded }).ToListAsync();
            var decided = (await db.PlanVersions.Where(v => v.DecidedAt != null && (v.Status == DraftStatus.Returned || v.Status == DraftStatus.SignedOff))
                    .Select(v => new { v.PlanId, v.Status, v.DecidedAt }).ToListAsync())
                .Where(v => ServiceCalendar.DateOf(v.DecidedAt!.Value) is var on && on >= From && on <= To)
                .ToList();
            return (caseworkerOf, assured, decided);
        });

        Assert.NotEmpty(rows);
        var (caseworkerOf, assured, decided) = counted;
        foreach (var row in rows)
        {
            var id = row.GetAttribute("data-caseworker")!;
            var signOff = assured.Where(a => a.Level == AssuranceLevel.SignOff && caseworkerOf[a.PlanId] == id).ToList();
            var panels = assured.Where(a => a.Level != AssuranceLevel.SignOff && caseworkerOf[a.PlanId] == id).ToList();
            var decisions = decided.Where(d => caseworkerOf[d.PlanId] == id).ToList();
            Assert.Equal(signOff.Select(a => a.PlanId).Distinct().Count(), Figure(row, "graded"));
            Assert.Equal(signOff.Count(a => a.Regraded), Figure(row, "regrades"));
            Assert.Equal(decisions.Count(d => d.Status == DraftStatus.Returned), Figure(row, "returns"));
            Assert.Equal(decisions.Where(d => d.Status == DraftStatus.SignedOff).Select(d => d.PlanId).Distinct().Count(), Figure(row, "signed-off"));
            Assert.Equal(panels.Count, Figure(row, "moderated"));
            Assert.Equal(panels.Count(a => a.Regraded), Figure(row, "panel-regraded"));
        }

        Assert.Contains(rows, r => Figure(r, "graded") > 0);
    }

    [Fact]
    public async Task ACaseworkerWithFewerThanFivePlansGraded_ShowsCountsButNoPercentages()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        // One month: few plans graded for each caseworker.
        var page = await qaLead.GetPageAsync("/quality?Period.From.Day=1&Period.From.Month=10&Period.From.Year=2026&Period.To.Day=31&Period.To.Month=10&Period.To.Year=2026");

        var few = Rows(page).Where(r => Figure(r, "graded") is > 0 and < 5).ToList();
        Assert.NotEmpty(few);
        Assert.All(few, r =>
        {
            Assert.Contains("too few to read", r.QuerySelector("[data-figure='graded']")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("%", r.TextContent, StringComparison.Ordinal);
        });

        var year = await qaLead.GetPageAsync("/quality");
        var enough = Rows(year).Where(r => Figure(r, "graded") >= 5).ToList();
        Assert.NotEmpty(enough);
        Assert.All(enough, r => Assert.Contains("%", r.QuerySelector("[data-figure='first-good']")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APeriodThatIsNotARealDate_OrEndsBeforeItStarts_IsExplained_AndWhatWasTypedIsKept()
    {
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var notADate = await caseworker.GetAsync("/quality?Period.From.Day=31&Period.From.Month=2&Period.From.Year=2026&Period.To.Day=1&Period.To.Month=3&Period.To.Year=2026");
        var backwards = await caseworker.GetPageAsync("/quality?Period.From.Day=1&Period.From.Month=6&Period.From.Year=2026&Period.To.Day=1&Period.To.Month=5&Period.To.Year=2026");

        Assert.Equal(HttpStatusCode.OK, notADate.StatusCode);
        var page = await SignedInClient.ParseAsync(notADate);
        Assert.Contains("Start date must be a real date", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("31", page.QuerySelector("input[name='Period.From.Day']")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#figures"));
        Assert.Contains("The end date must be the same as or after the start date", backwards.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }
}
