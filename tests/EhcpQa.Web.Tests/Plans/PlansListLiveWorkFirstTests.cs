using System.Net;
using EhcpQa.Domain;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>
/// The plans list opens on live work: with no status chosen every plan is listed, those not yet issued first; the
/// status filter narrows to live work or one point of a plan's writing, with the other filters and the pages.
/// </summary>
public sealed class PlansListLiveWorkFirstTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ACaseworkersList_OpensWithEveryLivePlanBeforeAnyIssuedOne()
    {
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var stages = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; page <= 10; page++)
        {
            var rows = (await caseworker.GetPageAsync($"/plans?page={page}")).QuerySelectorAll("table.govuk-table tbody tr");
            var references = rows.Select(r => r.QuerySelector("td a")!.TextContent.Trim()).ToList();
            if (references.Count == 0 || seen.Contains(references[0]))
            {
                break;
            }

            seen.UnionWith(references);
            stages.AddRange(rows.Select(r => r.QuerySelector("td[data-label='Stage']")!.TextContent.Trim()));
        }

        var drafts = stages.Count(s => s == "Draft");
        Assert.True(drafts > 0 && drafts < stages.Count, $"expected live and issued plans, saw {string.Join(", ", stages)}");
        Assert.All(stages.Take(drafts), s => Assert.Equal("Draft", s));
        Assert.DoesNotContain("Draft", stages.Skip(drafts));
    }

    [Fact]
    public async Task LiveWork_ListsExactlyThePlansNotYetIssued()
    {
        var expected = await app.WithDatabaseAsync(async db =>
        {
            var me = await db.Users.Where(u => u.Email == DemoUsers.Caseworker).Select(u => u.Id).SingleAsync();
            return await db.Plans.Where(p => p.CaseworkerId == me && p.Stage == Domain.Plans.PlanStage.Draft).CountAsync();
        });
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var page = await caseworker.GetPageAsync("/plans?status=Live");

        Assert.Equal(expected, page.QuerySelectorAll("table.govuk-table tbody tr").Length);
        Assert.Equal("Live", page.QuerySelector("select#status option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task TheReturnedFilter_ShowsReturnedDrafts_AndWorksWithTheOtherFilters()
    {
        var planId = await app.Plans.DraftAsync("EHC-LIST-RETURNED", requestedOn: ServiceCalendar.DateOf(app.Clock.Now).AddDays(-60));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 2, overallGrade: 2);
        await SignOffJourney.DecideAsync(manager, planId, "Return", "Say who provides the therapy.");

        var returned = await caseworker.GetPageAsync("/plans?status=Returned");
        var alsoFinal = await caseworker.GetPageAsync("/plans?status=Returned&stage=Final");

        Assert.Equal(["EHC-LIST-RETURNED"], References(returned));
        Assert.Empty(References(alsoFinal));
    }

    [Fact]
    public async Task TheIssuedFilter_KeepsItsStatusAcrossPages()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var first = await qaLead.GetPageAsync("/plans?status=Issued");
        var next = first.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href");
        var second = await qaLead.GetPageAsync(next ?? throw new InvalidOperationException("The issued plans fill more than one page."));

        Assert.Contains("status=Issued", next, StringComparison.Ordinal);
        Assert.All(first.QuerySelectorAll("td[data-label='Stage']").Concat(second.QuerySelectorAll("td[data-label='Stage']")),
            cell => Assert.NotEqual("Draft", cell.TextContent.Trim()));
        Assert.Empty(References(second).Intersect(References(first)));
    }

    [Fact]
    public async Task AStatusThatIsNotOne_ListsEveryPlan()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.GetAsync("/plans?status=Nonsense");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static List<string> References(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table.govuk-table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
}
