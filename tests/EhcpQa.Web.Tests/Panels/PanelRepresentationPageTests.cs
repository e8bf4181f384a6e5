using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Panels;

/// <summary>
/// The QA lead sets the agencies a panel must include and the authority's names for them; the missing-agency warning
/// follows the setting. Bad input is shown with what was typed, and a setting someone else made meanwhile is not overwritten.
/// </summary>
public sealed class PanelRepresentationPageTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheWarning_NamesTheMissingAgenciesTheAuthorityRequires_ByTheAuthoritysNames()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        // The minimum of 1 plan a session (another test of this class may have raised it) lets the session be set up.
        var saved = await qaLead.PostFormAsync("/panels/representation", RepresentationFields.Default(
            readFrom: await LatestAsync(),
            required: ["Health", "ParentCarerForum", "SeniorLeadership"],
            names: new() { ["ParentCarerForum"] = "Wirral Parent Carer Forum", ["Health"] = "NHS Cheshire and Merseyside" }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var setup = await ModerationJourney.SessionAsync(app);
        var warning = (await qaLead.GetPageAsync($"/panels/{setup.SessionId}")).QuerySelector(".govuk-warning-text")!.TextContent;
        Assert.Contains("Wirral Parent Carer Forum", warning, StringComparison.Ordinal);
        Assert.Contains("Senior leadership", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Social care", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("NHS", warning, StringComparison.Ordinal);
        var history = (await qaLead.GetPageAsync("/panels/representation")).QuerySelector("table.govuk-table tbody")!.TextContent;
        Assert.Contains("Wirral Parent Carer Forum", history, StringComparison.Ordinal);
        Assert.Contains("Alex", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_IsShownInTheErrorSummary_WithWhatWasTypedKept()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var before = await app.WithDatabaseAsync(db => db.PanelRepresentationChanges.CountAsync());
        var tooLong = new string('W', 101);

        var response = await qaLead.PostFormAsync("/panels/representation", RepresentationFields.Default(
            minimum: "ten", readFrom: await LatestAsync(), required: ["Health", "Nonsense"], names: new() { ["Health"] = tooLong }));

        var summary = await PanelScenes.ErrorSummaryAsync(response);
        Assert.Contains("The name for Health must be 100 characters or fewer", summary, StringComparison.Ordinal);
        Assert.Contains("The fewest plans a session moderates must be a whole number, like 10", summary, StringComparison.Ordinal);
        Assert.Contains("Select the agencies from the list", summary, StringComparison.Ordinal);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Equal("ten", page.QuerySelector("input[name='Representation.MinimumPlans']")!.GetAttribute("value"));
        Assert.Equal(tooLong, page.QuerySelector("input[name='Representation.Names[1].Name']")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDatabaseAsync(db => db.PanelRepresentationChanges.CountAsync()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    public async Task AMinimumOutOfRange_IsRefused(string minimum)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.PostFormAsync("/panels/representation", RepresentationFields.Default(minimum: minimum, readFrom: await LatestAsync()));

        Assert.Contains("must be a whole number from 1 to 500", await PanelScenes.ErrorSummaryAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASettingMadeMeanwhileBySomeoneElse_IsNotOverwritten()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var readFrom = await LatestAsync();
        var first = await qaLead.PostFormAsync("/panels/representation", RepresentationFields.Default(minimum: "4", readFrom: readFrom));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await qaLead.PostFormAsync("/panels/representation", RepresentationFields.Default(minimum: "7", readFrom: readFrom));

        Assert.Contains("Someone else changed the panel representation while you were looking at it", await PanelScenes.ErrorSummaryAsync(second), StringComparison.Ordinal);
        var latest = await app.WithDatabaseAsync(db => db.PanelRepresentationChanges.OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal(4, latest.MinimumPlans);
    }

    [Theory]
    [InlineData(DemoUsers.LocalityManager)]
    [InlineData(DemoUsers.PanelMember)]
    [InlineData(DemoUsers.Caseworker)]
    public async Task OnlyAQaLead_ReachesThePage(string email)
    {
        var user = await app.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/panels/representation")).StatusCode);
    }

    [Fact]
    public async Task ThePage_IsLinkedFromWhereTheSignOffPolicyIs()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var signOff = await qaLead.GetPageAsync("/sign-off");

        Assert.Contains(signOff.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/panels/representation");
    }

    private Task<string> LatestAsync() =>
        app.WithDatabaseAsync(async db => (await db.PanelRepresentationChanges.OrderByDescending(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync())?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
}
