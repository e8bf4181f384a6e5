using System.Net;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Tests.Reporting;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Moderation;

/// <summary>
/// Once the moderators have graded a plan, the session's chair records the agreed grade with a rationale
/// for each section; an agreed grade different from the sign-off grade counts as re-graded, shows in the
/// plan's history, and the session's results, agreement figures and report follow.
/// </summary>
public sealed class ChairAgreesGradeTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private Task<ModerationSetup> ModeratedAsync() => app.SharedAsync("moderated", async () =>
    {
        var setup = await ModerationJourney.SessionAsync(app);
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var manager2 = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        foreach (var planId in setup.PlanIds)
        {
            await ModerationJourney.ModerateAsync(panel, setup, planId, sectionGrade: 2, overallGrade: 2);
            await ModerationJourney.ModerateAsync(manager2, setup, planId, sectionGrade: 3, overallGrade: 3);
        }

        var chair = await app.SignInAsync(DemoUsers.LocalityManager);
        await ModerationJourney.AgreeAsync(chair, setup, setup.PlanIds[0], sectionGrade: 3, overallGrade: 3);

        // The QA lead records what the session found, for the report.
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var learning = $"/panels/{setup.SessionId}/learning";
        await qaLead.PostFormAsync($"{learning}/themes",
            [new("Theme.Kind", "AreaForImprovement"), new("Theme.Section", "F"), new("Theme.RaisedBy", "Health"), new("Theme.Text", "Therapy provision is not quantified")], formPage: learning);
        await qaLead.PostFormAsync($"{learning}/summary",
            [new("Summary.Area", "Section F"), new("Summary.Feedback", "Vague provision"), new("Summary.Learning", "Quantify every provision")], formPage: learning);
        await qaLead.PostFormAsync($"{learning}/actions",
            [new("NewAction.Description", "Run a workshop on writing section F"), new("NewAction.OwnerAgency", "SendTeam"), new("NewAction.Owner", "Alex Morgan"),
             new("NewAction.DueOn.Day", "15"), new("NewAction.DueOn.Month", "1"), new("NewAction.DueOn.Year", "2027")], formPage: learning);
        return setup;
    });

    [Fact]
    public async Task AgreedGradeBelowSignOff_IsRecordedAsReGraded_InThePlansHistory()
    {
        var setup = await ModeratedAsync();
        var planId = setup.PlanIds[0];

        var plan = await app.WithDatabaseAsync(db => db.Plans.Include(p => p.Events).Include(p => p.Versions).SingleAsync(p => p.Id == planId));
        var agreed = plan.Events.Single(e => e.Kind == PlanEventKind.PanelGradeAgreed);
        Assert.StartsWith("Re-graded by the moderation panel of 3 December 2026: agreed 3 Requires improvement", agreed.Detail, StringComparison.Ordinal);
        Assert.Equal(setup.ChairId, agreed.ActorId);

        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var history = (await qaLead.GetPageAsync($"/plans/{planId}")).QuerySelector("main")!.TextContent;
        Assert.Contains("Re-graded by the moderation panel", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgreedGrade_CountsOnTheMultiAgencyPanelDashboard_AsARegrade()
    {
        await ModeratedAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync("/dashboard?Query.From=2026-11&Query.To=2026-11&Query.Level=MultiAgencyPanel");
        var dipSample = await qaLead.GetPageAsync("/dashboard?Query.From=2026-11&Query.To=2026-11&Query.Level=LeadershipDipSample");

        Assert.Equal("1", Dashboard.SignOffCounts.Headline(page, "Grades given"));
        Assert.Equal("1", Dashboard.SignOffCounts.Headline(page, "Re-graded"));
        Assert.Equal("0", Dashboard.SignOffCounts.Headline(dipSample, "Grades given"));
    }

    [Fact]
    public async Task AgreedSectionWithoutRationale_ShowsTheErrorAndKeepsTheAnswers()
    {
        var setup = await ModeratedAsync();
        var chair = await app.SignInAsync(DemoUsers.LocalityManager);
        var gradingId = await ModerationJourney.StartAgreementAsync(chair, setup, setup.PlanIds[1]);

        var response = await SignOffJourney.GradeSectionAsync(chair, gradingId, Domain.Frameworks.SectionCode.A, grade: 2, strengths: "Kept strengths text");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("Give the panel's rationale for the agreed grade", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept strengths text", page.QuerySelector("textarea[name='Form.Strengths']")!.TextContent.Trim());
        Assert.Equal("2", page.QuerySelector("input[name='Form.Grade'][checked]")!.GetAttribute("value"));

        // The moderators' judgements are shown beside the form, to agree from.
        Assert.Contains("Moderation by Ruth Evans", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionResults_CountTheReGradedPlan_AndMeasureAgreement()
    {
        var setup = await ModeratedAsync();
        var chair = await app.SignInAsync(DemoUsers.LocalityManager);

        var page = await chair.GetPageAsync(setup.SessionUrl);

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("1 plan agreed at a different grade from sign-off", text, StringComparison.Ordinal);
        Assert.Contains("Re-graded", text, StringComparison.Ordinal);

        // Two moderators, one grade apart on every unit: no exact agreement, all within one grade.
        var overall = page.QuerySelectorAll("table tr").Single(r => r.TextContent.Contains("Plan overall", StringComparison.Ordinal));
        var cells = overall.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["2", "0%", "100%"], cells.Take(3));
        Assert.Contains("In line with the panel", text, StringComparison.Ordinal);
        Assert.Contains("More lenient than the panel", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModerationReport_ReadsBackWithTheSessionsFigures()
    {
        var setup = await ModeratedAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.GetAsync($"{setup.SessionUrl}/report.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = PdfReading.AllText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Moderation report: 3 December 2026", text, StringComparison.Ordinal);
        Assert.Contains("Multi-agency panel", text, StringComparison.Ordinal);
        Assert.Contains("Health", text, StringComparison.Ordinal);
        Assert.Contains("Agreed grades recorded 1 of 2", text, StringComparison.Ordinal);
        Assert.Contains("1 plan agreed at a different grade from sign-off", text, StringComparison.Ordinal);
        Assert.Contains($"S{setup.SessionId}-", text, StringComparison.Ordinal);
        Assert.Contains("Agreement between moderators", text, StringComparison.Ordinal);
        Assert.Contains("Ruth Evans", text, StringComparison.Ordinal);
        Assert.Contains("Therapy provision is not quantified", text, StringComparison.Ordinal);
        Assert.Contains("Quantify every provision", text, StringComparison.Ordinal);
        Assert.Contains("workshop", text, StringComparison.Ordinal);
        Assert.Contains("Alex Morgan", text, StringComparison.Ordinal);
        Assert.Contains("15 Jan 2027", text, StringComparison.Ordinal);
        var references = await app.WithDatabaseAsync(db => db.Plans.Where(p => setup.PlanIds.Contains(p.Id)).Select(p => p.Reference).ToListAsync());
        Assert.All(references, reference => Assert.DoesNotContain(reference, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AgreementAcrossSessions_IncludesThisSession()
    {
        var setup = await ModeratedAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync("/moderation/agreement");

        Assert.NotNull(page.QuerySelector($"a[href='{setup.SessionUrl}']"));
        var gradings = await app.WithDatabaseAsync(db => db.Gradings.CountAsync(g => g.PanelSessionId != null && g.Purpose == GradingPurpose.Moderation && g.SubmittedAt != null));
        Assert.Contains($"From {gradings} submitted moderations", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
