using System.Net;
using AngleSharp.Html.Dom;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Grades;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>
/// An agency lead audits a piece of their agency's advice on the authority's advice form through the grading pages: the
/// advice's timeliness comes from its dates, the audit is submitted once, shown on the advice's page and counted on the
/// scorecard; no one else starts it, and only the agency and QA leads read it.
/// </summary>
public sealed class AuditingAdviceTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    /// <summary>Starts the audit from the advice's page; returns the audit's id.</summary>
    private static async Task<int> StartAsync(SignedInClient lead, int adviceId)
    {
        var response = await lead.PostFormAsync($"/advice/{adviceId}/audit", [], $"/advice/{adviceId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/gradings/", location, StringComparison.Ordinal);
        return int.Parse(location["/gradings/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Answers every rating of every part with the option given, and submits.</summary>
    private static async Task<HttpResponseMessage> FillAndSubmitAsync(SignedInClient lead, int auditId, string value)
    {
        var taskList = await lead.GetPageAsync($"/gradings/{auditId}");
        foreach (var href in taskList.QuerySelectorAll("main a[href*='/parts/']").Select(a => a.GetAttribute("href")!).Distinct().ToList())
        {
            var part = await lead.GetPageAsync(href);
            var form = part.QuerySelector("main form[method=post]")!;
            var fields = FormFields.Of(form);
            foreach (var name in form.QuerySelectorAll("input[type=radio]").Select(r => r.GetAttribute("name")!).Distinct())
            {
                fields = fields.With(name, value);
            }

            var saved = await lead.PostAsync(href, fields);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var ready = await lead.GetPageAsync($"/gradings/{auditId}");
        return await lead.PostAsync($"/gradings/{auditId}/submit", FormFields.Of((IHtmlFormElement)ready.QuerySelector("form[action$='/submit']")!));
    }

    [Fact]
    public async Task TheHealthLead_AuditsHealthAdvice_OnTheAdviceForm_WithItsTimelinessFromTheDates()
    {
        var planId = await app.Plans.DraftAsync("ADV-AUDIT-1");
        var adviceId = await AdviceRecords.ReceivedAsync(app, planId, AdviceService.SpeechAndLanguageTherapy);
        var lead = await app.SignInAsync(DemoUsers.AgencyLead);
        Assert.NotNull((await lead.GetPageAsync($"/advice/{adviceId}")).QuerySelector($"form[action='/advice/{adviceId}/audit']"));

        var auditId = await StartAsync(lead, adviceId);
        var taskList = await lead.GetPageAsync($"/gradings/{auditId}");
        Assert.Contains("Advice audit", taskList.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("On time: requested", taskList.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ADV-AUDIT-1", taskList.Title, StringComparison.Ordinal);

        var submitted = await FillAndSubmitAsync(lead, auditId, "4");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"/advice/{adviceId}", submitted.Headers.Location!.OriginalString);
        var audit = await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == auditId));
        Assert.True(audit.IsSubmitted);
        Assert.Equal(GradingPurpose.AdviceAudit, audit.Purpose);
        Assert.Equal(80m, audit.PointsOnForm.Percentage);
        var advicePage = await lead.GetPageAsync($"/advice/{adviceId}");
        Assert.Contains("Audited by Nadia Rahman", advicePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(advicePage.QuerySelector($"a[href='/gradings/{auditId}/summary']"));
    }

    [Fact]
    public async Task AdviceAlreadyAudited_IsRefusedASecondAudit_WithTheReasonInTheErrorSummary()
    {
        var planId = await app.Plans.DraftAsync("ADV-AUDIT-2");
        var adviceId = await AdviceRecords.ReceivedAsync(app, planId, AdviceService.Paediatrics);
        var lead = await app.SignInAsync(DemoUsers.AgencyLead);
        var page = await lead.GetPageAsync($"/advice/{adviceId}");
        var form = FormFields.Of(page.QuerySelector($"form[action='/advice/{adviceId}/audit']")!);
        await StartAsync(lead, adviceId);

        var again = await lead.PostAsync($"/advice/{adviceId}/audit", form);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var refused = await SignedInClient.ParseAsync(again);
        Assert.Contains("already being audited", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.Gradings.CountAsync(g => g.AdviceRequestId == adviceId)));
    }

    [Fact]
    public async Task NoOneButTheLeadOfTheAdvicesAgency_StartsItsAudit()
    {
        var planId = await app.Plans.DraftAsync("ADV-AUDIT-3");
        var adviceId = await AdviceRecords.ReceivedAsync(app, planId, AdviceService.OccupationalTherapy);
        var socialCare = await AdviceRecords.ReceivedAsync(app, planId, AdviceService.SocialCare);
        var lead = await app.SignInAsync(DemoUsers.AgencyLead);
        var token = FormFields.Of((await lead.GetPageAsync($"/advice/{adviceId}")).QuerySelector($"form[action='/advice/{adviceId}/audit']")!);

        foreach (var email in new[] { DemoUsers.Caseworker, DemoUsers.QaLead })
        {
            var other = await app.SignInAsync(email);
            var page = await other.GetPageAsync($"/advice/{adviceId}");
            Assert.Null(page.QuerySelector($"form[action='/advice/{adviceId}/audit']"));
            var posted = await other.PostFormAsync($"/advice/{adviceId}/audit", [], $"/advice/{adviceId}");
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostAsync($"/advice/{socialCare}/audit", token)).StatusCode);
        Assert.False(await app.WithDatabaseAsync(db => db.Gradings.AnyAsync(g => g.AdviceRequestId == adviceId || g.AdviceRequestId == socialCare)));
    }

    [Fact]
    public async Task ASubmittedAudit_IsReadByTheQaLead_AndNotByTheCaseworkerOrAPanelMember()
    {
        var planId = await app.Plans.DraftAsync("ADV-AUDIT-4");
        var adviceId = await AdviceRecords.ReceivedAsync(app, planId, AdviceService.Camhs);
        var lead = await app.SignInAsync(DemoUsers.AgencyLead);
        var auditId = await StartAsync(lead, adviceId);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        Assert.Equal(HttpStatusCode.Forbidden, (await qaLead.GetAsync($"/gradings/{auditId}/summary")).StatusCode);

        await FillAndSubmitAsync(lead, auditId, "3");

        var summary = await qaLead.GetPageAsync($"/gradings/{auditId}/summary");
        Assert.Contains("Advice audit by Nadia Rahman", summary.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Advice from camhs", summary.QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.OrdinalIgnoreCase);
        foreach (var email in new[] { DemoUsers.Caseworker, DemoUsers.PanelMember })
        {
            var other = await app.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/gradings/{auditId}/summary")).StatusCode);
        }
    }
}
