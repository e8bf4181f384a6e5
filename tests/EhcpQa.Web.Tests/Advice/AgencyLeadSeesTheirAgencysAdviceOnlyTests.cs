using System.Net;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>
/// An agency lead sees the advice of their own agency, overdue first with the days overdue, and can read it; never another
/// agency's advice, the plans themselves, or a way to record anything.
/// </summary>
public sealed class AgencyLeadSeesTheirAgencysAdviceOnlyTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AgencyLead_ListsTheirAgencysOverdueAdvice_AndNoOthers()
    {
        var planId = await app.Plans.DraftAsync("ADV-AGENCY-1", caseworker: DemoUsers.OtherCaseworker);
        var health = await AdviceRecords.RequestedAsync(app, planId, AdviceService.OccupationalTherapy, daysAgo: 45);
        var social = await AdviceRecords.RequestedAsync(app, planId, AdviceService.SocialCare, daysAgo: 45);
        var lead = await app.SignInAsync(DemoUsers.AgencyLead);

        var page = await lead.GetPageAsync("/advice?show=overdue");

        var rows = page.QuerySelectorAll("main tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("ADV-AGENCY-1", StringComparison.Ordinal) && r.Contains("Occupational therapy", StringComparison.Ordinal) && r.Contains("3 days overdue", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("Social care", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("main tbody tr a").Select(a => a.GetAttribute("href")), href => Assert.StartsWith("/advice/", href, StringComparison.Ordinal));
        var shownIds = page.QuerySelectorAll("main tbody tr a").Select(a => int.Parse(a.GetAttribute("href")!["/advice/".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var agencies = await app.WithDatabaseAsync(db => db.AdviceRequests.Where(r => shownIds.Contains(r.Id)).Select(r => r.Agency).Distinct().ToListAsync());
        Assert.Equal([Agency.Health], agencies);
        Assert.Contains(health, shownIds);
        Assert.DoesNotContain(social, shownIds);
    }

    [Fact]
    public async Task AgencyLead_ReadsTheirAgencysAdvice_ButNotAnothersOrThePlan()
    {
        var planId = await app.Plans.DraftAsync("ADV-AGENCY-2");
        var health = await AdviceRecords.RequestedAsync(app, planId, AdviceService.Paediatrics, daysAgo: 10);
        var education = await AdviceRecords.RequestedAsync(app, planId, AdviceService.EducationalPsychology, daysAgo: 10);
        var lead = await app.SignInAsync(DemoUsers.AgencyLead);

        var page = await lead.GetPageAsync($"/advice/{health}");

        Assert.Contains("Advice from paediatrics", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action$='/received']"));
        Assert.Null(page.QuerySelector($"a[href^='/plans/{planId}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/advice/{education}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync($"/plans/{planId}")).StatusCode);
        var form = await (await app.SignInAsync(DemoUsers.Caseworker)).GetPageAsync($"/advice/{health}");
        var posted = await lead.PostAsync($"/advice/{health}/received", FormFields.Of(form.QuerySelector("form[action$='/received']")!).With("Receipt.PastedText", "Not theirs to record"));
        Assert.True(posted.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"got {(int)posted.StatusCode}");
        Assert.False(await app.WithDatabaseAsync(db => db.AdviceRequests.AnyAsync(r => r.Id == health && r.ReceivedOn != null)));
    }

    [Fact]
    public async Task CaseworkerAndOtherRoles_SeeOnlyTheAdviceOfPlansTheyMaySee()
    {
        var theirs = await app.Plans.DraftAsync("ADV-AGENCY-3", caseworker: DemoUsers.OtherCaseworker);
        var adviceId = await AdviceRecords.RequestedAsync(app, theirs, AdviceService.Camhs, daysAgo: 60);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync($"/advice/{adviceId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync($"/advice/{adviceId}/document")).StatusCode);
        var list = await caseworker.GetPageAsync("/advice?show=overdue");
        Assert.DoesNotContain("ADV-AGENCY-3", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/advice/{adviceId}")).StatusCode);
    }
}
