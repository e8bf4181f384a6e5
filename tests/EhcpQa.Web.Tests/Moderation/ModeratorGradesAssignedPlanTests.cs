using System.Net;
using EhcpQa.Domain.Grades;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Moderation;

/// <summary>
/// A panel member grades an assigned plan's final text with the framework form, seeing only its session
/// code, and sees the sign-off grade and the other moderator's grading only once theirs is submitted.
/// </summary>
public sealed class ModeratorGradesAssignedPlanTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Moderator_GradesTheFinalText_UnderTheSessionCode_AndSeesOthersOnlyAfterSubmitting()
    {
        var setup = await ModerationJourney.SessionAsync(app);
        var planId = setup.PlanIds[0];
        var plan = await app.WithDatabaseAsync(db => db.Plans.Include(p => p.Versions).SingleAsync(p => p.Id == planId));
        var manager2 = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        await ModerationJourney.ModerateAsync(manager2, setup, planId, sectionGrade: 3, overallGrade: 3);

        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var before = await panel.GetPageAsync(setup.PlanUrl(planId));
        var beforeText = before.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Signed off at", beforeText, StringComparison.Ordinal);
        Assert.DoesNotContain("Jordan Price", beforeText, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Reference, beforeText, StringComparison.Ordinal);
        Assert.Contains("You will see the grade it was signed off at", beforeText, StringComparison.Ordinal);

        var gradingId = await ModerationJourney.StartModerationAsync(panel, setup, planId);
        var grading = await app.WithDatabaseAsync(db => db.Gradings.AsNoTracking().SingleAsync(g => g.Id == gradingId));
        Assert.Equal(GradingPurpose.Moderation, grading.Purpose);
        Assert.Equal(setup.SessionId, grading.PanelSessionId);
        Assert.Equal(plan.FinalVersion!.Id, grading.PlanVersionId);

        var section = await panel.GetPageAsync($"/gradings/{gradingId}/sections/F");
        var sectionText = section.QuerySelector("main")!.TextContent;
        Assert.Contains("The final plan's text", sectionText, StringComparison.Ordinal);
        Assert.Contains(plan.FinalVersion.TextOf(Domain.Frameworks.SectionCode.F), sectionText, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Reference, sectionText, StringComparison.Ordinal);
        Assert.Contains($"S{setup.SessionId}-", sectionText, StringComparison.Ordinal);

        await SignOffJourney.GradeEverySectionAsync(panel, gradingId, sectionGrade: 2, overallGrade: 2);
        var submitted = await SignOffJourney.SubmitGradingAsync(panel, gradingId);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(setup.PlanUrl(planId), submitted.Headers.Location!.OriginalString);

        var after = (await panel.GetPageAsync(setup.PlanUrl(planId))).QuerySelector("main")!.TextContent;
        Assert.Contains("Signed off at", after, StringComparison.Ordinal);
        Assert.Contains(plan.SignOffGrade!.Value.ToString(), after, StringComparison.Ordinal);
        Assert.Contains("Jordan Price (SEND team)", after, StringComparison.Ordinal);
        Assert.Contains("3 Requires improvement", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderator_CannotStartTheSamePlanTwice()
    {
        var setup = await ModerationJourney.SessionAsync(app, seed: 8);
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        await ModerationJourney.StartModerationAsync(panel, setup, setup.PlanIds[0]);

        var again = await panel.PostFormAsync($"{setup.PlanUrl(setup.PlanIds[0])}/moderation", [], formPage: setup.PlanUrl(setup.PlanIds[0]));

        // The page no longer offers it; a stale form posted again is refused with the reason, not a second grading.
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var page = await SignedInClient.ParseAsync(again);
        Assert.Contains("You have already started moderating this plan.", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.Gradings.CountAsync(g => g.PanelSessionId == setup.SessionId && g.PlanId == setup.PlanIds[0] && g.Purpose == GradingPurpose.Moderation)));
    }
}
