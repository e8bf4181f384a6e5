using System.Net;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Web.Tests.SignOff;

public sealed class SubmitDraftTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private readonly SignOffJourney _journey = new(app);

    [Fact]
    public async Task Post_PastedSections_CreatesVersionOneAwaitingSignOff()
    {
        var planId = await app.Plans.DraftAsync("EHC-SD-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        await SignOffJourney.SubmitDraftAsync(caseworker, planId, "first draft");

        var version = await _journey.CurrentVersionAsync(planId);
        Assert.Equal(1, version.Number);
        Assert.Equal(DraftStatus.AwaitingSignOff, version.Status);
        Assert.Equal("Text of section F. first draft", version.TextOf(SectionCode.F));
        Assert.Equal(string.Empty, version.TextOf(SectionCode.I));
        var plan = await _journey.PlanAsync(planId);
        Assert.Contains(plan.Events, e => e.Kind == PlanEventKind.DraftSubmitted && e.VersionNumber == 1);
    }

    [Fact]
    public async Task Post_WithNoText_ShowsErrorAndCreatesNoVersion()
    {
        var planId = await app.Plans.DraftAsync("EHC-SD-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var response = await caseworker.PostFormAsync($"/plans/{planId}/draft", new Dictionary<string, string> { ["Form.A"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("Enter the text of the plan's sections", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await _journey.PlanAsync(planId)).Versions);
    }

    [Fact]
    public async Task Post_WhileAVersionIsWithTheSignOffTeam_IsNotAccepted()
    {
        var planId = await app.Plans.DraftAsync("EHC-SD-3");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);

        var again = await caseworker.PostAsync($"/plans/{planId}/draft", SignOffJourney.DraftText());

        Assert.NotEqual(HttpStatusCode.OK, again.StatusCode);
        Assert.Single((await _journey.PlanAsync(planId)).Versions);
    }

    [Theory]
    [InlineData(DemoUsers.OtherCaseworker)]
    [InlineData(DemoUsers.LocalityManager)]
    [InlineData(DemoUsers.PanelMember)]
    [InlineData(DemoUsers.BoardMember)]
    public async Task Get_DraftPageOfAPlanNotTheirs_IsForbidden(string email)
    {
        var planId = await app.SharedAsync("not-theirs", () => app.Plans.DraftAsync("EHC-SD-4"));
        var client = await app.SignInAsync(email);

        var response = await client.GetAsync($"/plans/{planId}/draft");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
