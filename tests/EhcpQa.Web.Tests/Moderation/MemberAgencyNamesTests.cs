using System.Net;
using EhcpQa.Web.Tests.Panels;
using EhcpQa.Web.Tests.Reporting;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Moderation;

/// <summary>A session's results and its moderation report name each member's agency by the authority's own name for it, where it has one.</summary>
public sealed class MemberAgencyNamesTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private async Task<ModerationSetup> SessionWithTheAuthoritysNamesAsync()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var readFrom = await app.WithDatabaseAsync(async db =>
            (await db.PanelRepresentationChanges.OrderByDescending(c => c.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync())?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        var saved = await qaLead.PostFormAsync("/panels/representation", RepresentationFields.Default(
            readFrom: readFrom, names: new() { ["Health"] = "Wirral NHS", ["SendTeam"] = "Wirral SENDCo Team" }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The journey's members: the panel member for Health, the other locality manager for the SEND team.
        return await ModerationJourney.SessionAsync(app);
    }

    [Fact]
    public async Task TheResultsPageAndTheReport_NameMembersAgenciesByTheAuthoritysNames()
    {
        var setup = await SessionWithTheAuthoritysNamesAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var members = (await qaLead.GetPageAsync(setup.SessionUrl)).QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "Members").QuerySelector("dd")!.TextContent;
        Assert.Contains("(Wirral NHS)", members, StringComparison.Ordinal);
        Assert.Contains("(Wirral SENDCo Team)", members, StringComparison.Ordinal);
        Assert.DoesNotContain("(Health)", members, StringComparison.Ordinal);

        var report = await qaLead.GetAsync($"{setup.SessionUrl}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var text = PdfReading.AllText(await report.Content.ReadAsByteArrayAsync());
        Assert.Contains("Agencies represented Wirral SENDCo Team, Wirral NHS", text, StringComparison.Ordinal);
        Assert.Contains("Wirral NHS", text[text.IndexOf("Members", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
