using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>A caseworker sees their own plans, a locality manager their locality's, a QA lead all: in lists and on detail pages alike.</summary>
public sealed class PlanVisibilityTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Get_PlanOfAnotherCaseworker_AsCaseworker_IsForbidden()
    {
        var othersPlan = await PlanOfAsync(DemoUsers.OtherCaseworker);
        var client = await app.SignInAsync(DemoUsers.Caseworker);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/plans/{othersPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/plans/{othersPlan}/edit")).StatusCode);
    }

    [Fact]
    public async Task Get_PlanOfAnotherLocality_AsLocalityManager_IsForbidden()
    {
        var southPlan = await PlanOfAsync(DemoUsers.OtherCaseworker);
        var client = await app.SignInAsync(DemoUsers.LocalityManager);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/plans/{southPlan}")).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownPlan_IsNotFound()
    {
        var client = await app.SignInAsync(DemoUsers.QaLead);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plans/999999")).StatusCode);
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker)]
    [InlineData(DemoUsers.LocalityManager)]
    [InlineData(DemoUsers.QaLead)]
    public async Task List_ShowsExactlyThePlansThePersonMaySee(string email)
    {
        var expected = await app.WithDatabaseAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToListAsync();
            var plans = db.Plans.AsQueryable();
            if (roles.Contains("Caseworker"))
            {
                plans = plans.Where(p => p.CaseworkerId == user.Id);
            }
            else if (roles.Contains("LocalityManager"))
            {
                plans = plans.Where(p => p.LocalityId == user.LocalityId);
            }

            return await plans.Select(p => p.Reference).OrderBy(r => r).ToListAsync();
        });
        var client = await app.SignInAsync(email);

        var seen = new List<string>();
        for (var page = 1; page <= 10; page++)
        {
            var document = await client.GetPageAsync($"/plans?page={page}");
            var references = document.QuerySelectorAll("table.govuk-table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
            if (references.Count == 0 || seen.Contains(references[0]))
            {
                break;
            }

            seen.AddRange(references);
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, seen.Order(StringComparer.Ordinal).ToList());
    }

    private Task<int> PlanOfAsync(string email) =>
        app.SharedAsync(email, () => app.Plans.DraftAsync($"EHC-VISIBLE-{(email == DemoUsers.Caseworker ? 1 : 2)}", caseworker: email));
}
