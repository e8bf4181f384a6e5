using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Plans;

public sealed class CreatePlanTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Post_WhenValid_AddsThePlanAndShowsIt()
    {
        var (caseworkerId, localityId) = await CaseworkerAsync();
        var client = await app.SignInAsync(DemoUsers.Caseworker);

        var response = await client.PostFormAsync("/plans/new", PlanFormFields.Valid("ehc-2026-9001", caseworkerId, localityId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = await app.WithDatabaseAsync(db => db.Plans.SingleAsync(p => p.Reference == "EHC-2026-9001"));
        Assert.Equal(caseworkerId, plan.CaseworkerId);
        Assert.Equal(new DateOnly(2027, 1, 19), plan.StatutoryDeadline);
        var details = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("EHC-2026-9001", details.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WhenFieldsMissingOrWrong_ShowsEachErrorAndKeepsWhatWasTyped()
    {
        var (caseworkerId, localityId) = await CaseworkerAsync();
        var client = await app.SignInAsync(DemoUsers.Caseworker);
        var fields = PlanFormFields.Valid("EHC-2026-9002", caseworkerId, localityId);
        fields["Form.ChildIdentifier"] = "Jane Smith";
        fields["Form.DateOfBirth.Day"] = "31";
        fields["Form.DateOfBirth.Month"] = "2";
        fields["Form.PrimaryNeed"] = string.Empty;

        var response = await client.PostFormAsync("/plans/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter the child's initials: 1 to 4 letters, not their name", summary, StringComparison.Ordinal);
        Assert.Contains("Date of birth must be a real date", summary, StringComparison.Ordinal);
        Assert.Contains("Select the primary need", summary, StringComparison.Ordinal);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal("Jane Smith", page.QuerySelector("input[name='Form.ChildIdentifier']")!.GetAttribute("value"));
        Assert.Equal("31", page.QuerySelector("input[name='Form.DateOfBirth.Day']")!.GetAttribute("value"));
        Assert.Equal("EHC-2026-9002", page.QuerySelector("input[name='Form.Reference']")!.GetAttribute("value"));
        Assert.False(await app.WithDatabaseAsync(db => db.Plans.AnyAsync(p => p.Reference == "EHC-2026-9002")));
    }

    [Fact]
    public async Task Post_WhenReferenceAlreadyUsed_SaysSo()
    {
        var (caseworkerId, localityId) = await CaseworkerAsync();
        const string existing = "EHC-ON-REGISTER-1";
        await app.Plans.DraftAsync(existing);
        var client = await app.SignInAsync(DemoUsers.QaLead);

        var response = await client.PostFormAsync("/plans/new", PlanFormFields.Valid(existing, caseworkerId, localityId));

        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("A plan with this reference is already on the register", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AsCaseworkerNamingAnotherCaseworker_RecordsThePlanAsTheirOwn()
    {
        var (caseworkerId, localityId) = await CaseworkerAsync();
        var otherId = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.OtherCaseworker).Select(u => u.Id).SingleAsync());
        var client = await app.SignInAsync(DemoUsers.Caseworker);

        await client.PostFormAsync("/plans/new", PlanFormFields.Valid("EHC-2026-9003", otherId, localityId));

        var plan = await app.WithDatabaseAsync(db => db.Plans.SingleAsync(p => p.Reference == "EHC-2026-9003"));
        Assert.Equal(caseworkerId, plan.CaseworkerId);
    }

    [Fact]
    public async Task Post_AsLocalityManagerForAnotherLocalitysCaseworker_IsRefused()
    {
        var (otherId, southId) = await app.WithDatabaseAsync(async db =>
        {
            var other = await db.Users.SingleAsync(u => u.Email == DemoUsers.OtherCaseworker);
            return (other.Id, other.LocalityId!.Value);
        });
        var client = await app.SignInAsync(DemoUsers.LocalityManager);

        var response = await client.PostFormAsync("/plans/new", PlanFormFields.Valid("EHC-2026-9004", otherId, southId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.WithDatabaseAsync(db => db.Plans.AnyAsync(p => p.Reference == "EHC-2026-9004")));
    }

    private Task<(string Id, int LocalityId)> CaseworkerAsync() => app.WithDatabaseAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == DemoUsers.Caseworker);
        return (user.Id, user.LocalityId!.Value);
    });
}

public sealed class CreatePlanErrorLinksTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Post_WhenErrors_EachSummaryLinkTargetsItsFieldAndTheFieldShowsTheError()
    {
        var client = await app.SignInAsync(DemoUsers.QaLead);
        var fields = new Dictionary<string, string>
        {
            ["Form.Reference"] = string.Empty,
            ["Form.ChildIdentifier"] = "JS",
            ["Form.DateOfBirth.Day"] = "14",
            ["Form.DateOfBirth.Month"] = string.Empty,
            ["Form.DateOfBirth.Year"] = "2016",
            ["Form.Stage"] = "Draft",
        };

        var response = await client.PostFormAsync("/plans/new", fields);

        var page = await SignedInClient.ParseAsync(response);
        var links = page.QuerySelectorAll(".govuk-error-summary a").ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var id = link.GetAttribute("href")!.TrimStart('#');
            var field = page.GetElementById(id);
            Assert.True(field is not null, $"The error summary links to #{id}, which is not on the page ({link.TextContent.Trim()})");
        }

        Assert.Contains(links, l => l.GetAttribute("href") == "#Form_Reference");
        Assert.Contains(links, l => l.GetAttribute("href") == "#Form_DateOfBirth_Month" && l.TextContent.Contains("Date of birth must include a month", StringComparison.Ordinal));
        Assert.Contains("govuk-input--error", page.GetElementById("Form_DateOfBirth_Month")!.ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-input--error", page.GetElementById("Form_DateOfBirth_Day")!.ClassName ?? string.Empty, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Form_Reference-error"));
    }
}
