using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Panels;

/// <summary>
/// A QA lead sets up a session for a sample, adds members (missing agencies are flagged) and assigns the
/// plans; a panel member then sees only their assigned plans, pseudonymised.
/// </summary>
public sealed class PanelSessionTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Session_FlagsMissingAgencies_AssignsPlans_AndModeratorsSeeOnlyTheirsPseudonymised()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var month = await app.WithDatabaseAsync(async db =>
            (await db.Plans.Where(p => p.IssuedOn != null).Select(p => p.IssuedOn!.Value).ToListAsync())
            .GroupBy(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderByDescending(g => g.Count()).First().Key);
        var drawn = await qaLead.PostFormAsync("/samples/new",
            [new("Form.Title", "Panel sample"), new("Form.Month", month), new("Form.Size", "3"), new("Form.Seed", "11"),
             new("Form.PerCaseworker", "1"), new("Form.ProportionalSpread", "true")]);
        var sampleId = drawn.Headers.Location!.OriginalString.Split('/').Last();
        var (panelId, managerId) = await app.WithDatabaseAsync(async db => (
            await db.Users.Where(u => u.Email == DemoUsers.PanelMember).Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == DemoUsers.LocalityManager).Select(u => u.Id).SingleAsync()));

        var created = await qaLead.PostFormAsync("/panels/new",
            [new("Form.HeldOn.Day", "3"), new("Form.HeldOn.Month", "12"), new("Form.HeldOn.Year", "2026"), new("Form.Level", "MultiAgencyPanel"),
             new("Form.Theme", "Children in care"), new("Form.DipSampleId", sampleId), new("Form.ChairId", managerId)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var sessionUrl = created.Headers.Location!.OriginalString;

        await qaLead.PostFormAsync($"{sessionUrl}/members", [new("Member.UserId", panelId), new("Member.Agency", string.Empty)], formPage: sessionUrl);
        await qaLead.PostFormAsync($"{sessionUrl}/members", [new("Member.UserId", managerId), new("Member.Agency", "SendTeam")], formPage: sessionUrl);
        var page = await qaLead.GetPageAsync(sessionUrl);
        var warning = page.QuerySelector(".govuk-warning-text")!.TextContent;
        Assert.Contains("Social care", warning, StringComparison.Ordinal);
        Assert.Contains("Parent carer forum", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Health", warning, StringComparison.Ordinal);

        var assigned = await qaLead.PostFormAsync($"{sessionUrl}/assignments", [], formPage: sessionUrl);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var session = await app.WithDatabaseAsync(db => db.PanelSessions.AsNoTracking().OrderByDescending(s => s.Id).FirstAsync());
        Assert.Equal(3, session.PlansOf(panelId).Count);
        Assert.Equal(3, session.PlansOf(managerId).Count);

        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var list = await panel.GetPageAsync("/moderation");
        Assert.Equal(3, list.QuerySelectorAll("table.govuk-table tbody tr").Length);
        var plans = await app.WithDatabaseAsync(db => db.Plans.Where(p => session.PlansOf(panelId).Contains(p.Id)).ToListAsync());
        var text = list.QuerySelector("main")!.TextContent;
        Assert.All(plans, p =>
        {
            Assert.DoesNotContain(p.Reference, text, StringComparison.Ordinal);
            Assert.DoesNotContain(p.DateOfBirth.ToString("d MMM yyyy", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("Sam Carter", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/plans/{plans[0].Id}")).StatusCode);
    }

    [Fact]
    public async Task Create_WithMissingAnswers_ShowsErrors()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.PostFormAsync("/panels/new", [new("Form.HeldOn.Day", "31"), new("Form.HeldOn.Month", "2"), new("Form.HeldOn.Year", "2026")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Date of the session must be a real date", summary, StringComparison.Ordinal);
        Assert.Contains("Select the sample to moderate", summary, StringComparison.Ordinal);
    }
}
