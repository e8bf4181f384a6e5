using System.Net;
using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Web.Tests.Advice;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Moderation;

/// <summary>
/// When its session shows advice, a moderated plan's page shows the advice received for the plan, pseudonymised as the page
/// is (months, not days; nobody's name; the file under the plan's pseudonym); otherwise it shows none. The advice's document
/// is refused to a panel member not in the session, in a session not showing advice, and through another plan.
/// </summary>
public sealed class AdviceBesideTheModeratedPlanTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string PastedText = "Made-up social care advice: the family has support from early help.";
    private const string ChildsName = "Zebedee Quillfeather";
    private const string OtherPanelMember = "panel-social@ehcpqa.test";

    private sealed record Scene(ModerationSetup Showing, ModerationSetup NotShowing, int PastedId, int DocumentId, byte[] Document, int OtherPlansAdviceId);

    private Task<Scene> SceneAsync() => app.SharedAsync("scene", async () =>
    {
        var showing = await ModerationJourney.SessionAsync(app, showsAdvice: true);
        var notShowing = await ModerationJourney.SessionAsync(app);
        var planId = showing.PlanIds[0];
        var pasted = await AdviceRecords.RequestedAsync(app, planId, AdviceService.SocialCare, daysAgo: 40);
        await app.WithDatabaseAsync(async db =>
        {
            var today = ServiceCalendar.DateOf(app.Clock.GetUtcNow());
            var request = await db.AdviceRequests.SingleAsync(r => r.Id == pasted);
            request.RecordReceipt(today.AddDays(-5), null, PastedText, today, request.RequestedById, app.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        var bytes = AdviceRecords.Pdf("Made-up paediatric advice");
        var document = await AdviceRecords.ReceivedAsDocumentAsync(app, planId, AdviceService.Paediatrics, bytes, $"{ChildsName} paediatrics.pdf");
        var otherPlans = await AdviceRecords.ReceivedAsync(app, showing.PlanIds[1], AdviceService.Camhs);
        return new Scene(showing, notShowing, pasted, document, bytes, otherPlans);
    });

    [Fact]
    public async Task SessionShowingAdvice_ShowsTheAdviceReceived_ByMonth_WithTheTextPasted()
    {
        var scene = await SceneAsync();
        var panel = await app.SignInAsync(DemoUsers.PanelMember);

        var page = await panel.GetPageAsync(scene.Showing.PlanUrl(scene.Showing.PlanIds[0]));

        var advice = page.QuerySelector("#advice");
        Assert.NotNull(advice);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains(PastedText, main, StringComparison.Ordinal);
        Assert.Contains("Social care", main, StringComparison.Ordinal);
        var today = ServiceCalendar.DateOf(app.Clock.GetUtcNow());
        Assert.Contains(today.AddDays(-5).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), main, StringComparison.Ordinal);
        Assert.DoesNotContain(today.AddDays(-5).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), main, StringComparison.Ordinal);
        var link = page.QuerySelector($"a[href='{scene.Showing.PlanUrl(scene.Showing.PlanIds[0])}/advice/{scene.DocumentId}/document']");
        Assert.NotNull(link);
        Assert.DoesNotContain(ChildsName, main, StringComparison.Ordinal);
        Assert.DoesNotContain("Made-up social care", page.QuerySelector("a[href*='/advice/']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdvicePage_NamesNobodyWhoRequestedOrRecordedTheAdvice_NorItsAudit()
    {
        var scene = await SceneAsync();
        var requester = await app.WithDatabaseAsync(async db =>
        {
            var ids = await db.AdviceRequests.Where(r => r.Id == scene.PastedId || r.Id == scene.DocumentId).Select(r => r.RequestedById).ToListAsync();
            return await db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.DisplayName).ToListAsync();
        });
        var panel = await app.SignInAsync(DemoUsers.PanelMember);

        var main = (await panel.GetPageAsync(scene.Showing.PlanUrl(scene.Showing.PlanIds[0]))).QuerySelector("main")!.TextContent;

        Assert.NotEmpty(requester);
        Assert.All(requester, name => Assert.DoesNotContain(name, main, StringComparison.Ordinal));
        Assert.DoesNotContain("recorded by", main, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("audit", main, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SessionNotShowingAdvice_ShowsNone()
    {
        var scene = await SceneAsync();
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var samePlanElsewhere = scene.NotShowing.PlanIds.Contains(scene.Showing.PlanIds[0]) ? scene.Showing.PlanIds[0] : scene.NotShowing.PlanIds[0];

        var page = await panel.GetPageAsync(scene.NotShowing.PlanUrl(samePlanElsewhere));

        Assert.Null(page.QuerySelector("#advice"));
        Assert.DoesNotContain(PastedText, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignedPanelMember_DownloadsTheDocument_UnderThePlansPseudonym()
    {
        var scene = await SceneAsync();
        var panel = await app.SignInAsync(DemoUsers.PanelMember);

        var response = await panel.GetAsync($"{scene.Showing.PlanUrl(scene.Showing.PlanIds[0])}/advice/{scene.DocumentId}/document");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(scene.Document, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var fileName = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!;
        Assert.StartsWith($"Plan S{scene.Showing.SessionId}-", fileName, StringComparison.Ordinal);
        Assert.DoesNotContain(ChildsName, fileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadingTheAdvice_WritesNeitherItsTextNorItsFileNameToTheLog()
    {
        var scene = await SceneAsync();
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var planUrl = scene.Showing.PlanUrl(scene.Showing.PlanIds[0]);

        await panel.GetPageAsync(planUrl);
        Assert.Equal(HttpStatusCode.OK, (await panel.GetAsync($"{planUrl}/advice/{scene.DocumentId}/document")).StatusCode);

        var log = app.ReadLog();
        Assert.Contains("read in session {SessionId}", log, StringComparison.Ordinal);
        Assert.DoesNotContain(ChildsName, log, StringComparison.Ordinal);
        Assert.DoesNotContain(PastedText, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_IsRefused_ToAPanelMemberNotInTheSession()
    {
        var scene = await SceneAsync();
        var other = await app.SignInAsync(OtherPanelMember);

        var response = await other.GetAsync($"{scene.Showing.PlanUrl(scene.Showing.PlanIds[0])}/advice/{scene.DocumentId}/document");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Document_IsRefused_InASessionNotShowingAdvice()
    {
        var scene = await SceneAsync();
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var planId = scene.Showing.PlanIds[0];
        Assert.Contains(planId, scene.NotShowing.PlanIds);

        var response = await panel.GetAsync($"{scene.NotShowing.PlanUrl(planId)}/advice/{scene.DocumentId}/document");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Document_IsRefused_ThroughAnotherPlan_OrForAdviceThatDoesNotExist()
    {
        var scene = await SceneAsync();
        var panel = await app.SignInAsync(DemoUsers.PanelMember);

        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"{scene.Showing.PlanUrl(scene.Showing.PlanIds[1])}/advice/{scene.DocumentId}/document")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"{scene.Showing.PlanUrl(scene.Showing.PlanIds[0])}/advice/{scene.OtherPlansAdviceId}/document")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"{scene.Showing.PlanUrl(scene.Showing.PlanIds[0])}/advice/999999/document")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await panel.GetAsync($"{scene.Showing.PlanUrl(scene.Showing.PlanIds[0])}/advice/{scene.PastedId}/document")).StatusCode);
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker)]
    [InlineData(DemoUsers.BoardMember)]
    [InlineData(DemoUsers.AgencyLead)]
    public async Task Document_IsRefused_ToWhoeverModeratesNothing(string email)
    {
        var scene = await SceneAsync();
        var user = await app.SignInAsync(email);

        var response = await user.GetAsync($"{scene.Showing.PlanUrl(scene.Showing.PlanIds[0])}/advice/{scene.DocumentId}/document");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
