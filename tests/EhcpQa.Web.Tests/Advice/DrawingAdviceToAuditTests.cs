using System.Net;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>An agency lead draws pieces of their agency's advice at random to audit; a count that is no count is refused with what was typed kept.</summary>
public sealed class DrawingAdviceToAuditTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Drawing_StartsAuditsOfTheAgencysAdviceNotYetAudited_ListedAsTheLeadsAuditsInProgress()
    {
        var lead = await app.SignInAsync(DemoUsers.AgencyLead);
        var leadId = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.AgencyLead).Select(u => u.Id).SingleAsync());
        var before = await app.WithDatabaseAsync(db => db.Gradings.Where(g => g.Purpose == GradingPurpose.AdviceAudit).Select(g => g.Id).ToListAsync());

        var drawn = await lead.PostFormAsync("/advice/audits/draw", [new("Form.Count", "2")], "/advice/audits");

        Assert.Equal(HttpStatusCode.Redirect, drawn.StatusCode);
        var started = await app.WithDatabaseAsync(db =>
            (from grading in db.Gradings
             join request in db.AdviceRequests on grading.AdviceRequestId equals request.Id
             where !before.Contains(grading.Id)
             select new { grading.Id, grading.GraderId, grading.SubmittedAt, request.Agency, request.ReceivedOn }).ToListAsync());
        Assert.Equal(2, started.Count);
        Assert.All(started, s => Assert.Equal((leadId, (DateTimeOffset?)null, Agency.Health, true), (s.GraderId, s.SubmittedAt, s.Agency, s.ReceivedOn is not null)));
        var page = await lead.GetPageAsync("/advice/audits");
        var links = page.QuerySelectorAll("main ul.govuk-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(started, s => Assert.Contains($"/gradings/{s.Id}", links));
    }

    [Theory]
    [InlineData("many", "Enter how many pieces of advice to draw")]
    [InlineData("0", "Draw between 1 and 20")]
    [InlineData("21", "Draw between 1 and 20")]
    public async Task ACountThatIsNoCount_OrOutOfRange_IsRefused_AndKeptOnThePage(string count, string message)
    {
        var lead = await app.SignInAsync(DemoUsers.AgencyLead);
        var before = await app.WithDatabaseAsync(db => db.Gradings.CountAsync(g => g.Purpose == GradingPurpose.AdviceAudit));

        var response = await lead.PostFormAsync("/advice/audits/draw", [new("Form.Count", count)], "/advice/audits");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, page.QuerySelector("input[name='Form.Count']")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDatabaseAsync(db => db.Gradings.CountAsync(g => g.Purpose == GradingPurpose.AdviceAudit)));
    }

    [Fact]
    public async Task OnlyAnAgencyLead_Draws()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var page = await qaLead.GetPageAsync("/advice/audits");
        Assert.Null(page.QuerySelector("form[action='/advice/audits/draw']"));

        var response = await qaLead.PostFormAsync("/advice/audits/draw", [new("Form.Count", "1")], "/advice/audits");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(DemoUsers.Caseworker)).GetAsync("/advice/audits")).StatusCode);
    }
}
