using System.Net;
using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Quality;

/// <summary>
/// Once a panel has agreed a plan's grade, the plan's caseworker reads on the plan's page the agreed grade, the
/// level, when, and what the panel wrote section by section, without the panel's names unless the authority's QA
/// lead chooses to show them.
/// </summary>
public sealed class PanelFeedbackOnThePlansPageTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string Wording = "Quantify the speech and language therapy in section F.";

    private Task<ModerationSetup> AgreedAsync() => app.SharedAsync("agreed", async () =>
    {
        var setup = await ModerationJourney.SessionAsync(app);
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        var manager2 = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        await ModerationJourney.ModerateAsync(panel, setup, setup.PlanIds[0], sectionGrade: 2, overallGrade: 2);
        await ModerationJourney.ModerateAsync(manager2, setup, setup.PlanIds[0], sectionGrade: 3, overallGrade: 3);

        var chair = await app.SignInAsync(DemoUsers.LocalityManager);
        var gradingId = await ModerationJourney.StartAgreementAsync(chair, setup, setup.PlanIds[0]);
        await SignOffJourney.GradeEverySectionAsync(chair, gradingId, 3, 3, rationale: "The panel weighed the moderators' views.",
            wording: code => code == SectionCode.F ? Wording : null);
        await ModerationJourney.SubmitAsync(chair, gradingId);
        return setup;
    });

    private async Task<(SignedInClient Caseworker, int PlanId)> CaseworkerOfTheModeratedPlanAsync()
    {
        var setup = await AgreedAsync();
        var planId = setup.PlanIds[0];
        var email = await app.WithDatabaseAsync(db => db.Plans.Where(p => p.Id == planId)
            .Join(db.Users, p => p.CaseworkerId, u => u.Id, (p, u) => u.Email!).SingleAsync());
        return (await app.SignInAsync(email), planId);
    }

    private Task<string[]> PanelNamesAsync() => app.WithDatabaseAsync(db => db.Users
        .Where(u => u.Email == DemoUsers.LocalityManager || u.Email == DemoUsers.PanelMember || u.Email == DemoUsers.OtherLocalityManager)
        .Select(u => u.DisplayName).ToArrayAsync());

    [Fact]
    public async Task TheCaseworker_ReadsTheAgreedGradeAndThePanelsFeedback_OnTheirPlansPage()
    {
        var (caseworker, planId) = await CaseworkerOfTheModeratedPlanAsync();

        var moderation = (await caseworker.GetPageAsync($"/plans/{planId}")).QuerySelector("main")!.TextContent;

        Assert.Contains("Grade the panel agreed", moderation, StringComparison.Ordinal);
        Assert.Contains("3 Requires improvement", moderation, StringComparison.Ordinal);
        Assert.Contains("Multi-agency panel, 3 December 2026", moderation, StringComparison.Ordinal);
        Assert.Contains("re-graded by the panel", moderation, StringComparison.Ordinal);
        Assert.Contains("The panel weighed the moderators' views.", moderation, StringComparison.Ordinal);
        Assert.Contains(Wording, moderation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByDefault_NoOneOnThePanelIsNamed_NeitherBesideTheFeedbackNorInTheHistory()
    {
        var (caseworker, planId) = await CaseworkerOfTheModeratedPlanAsync();

        var page = await caseworker.GetPageAsync($"/plans/{planId}");

        var moderation = page.QuerySelector("#moderation")!.TextContent;
        var agreedInHistory = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("oderation panel of", StringComparison.Ordinal));
        Assert.Contains("The panel's members are not named", moderation, StringComparison.Ordinal);
        Assert.Equal("The moderation panel", agreedInHistory.QuerySelector("[data-label='Who']")!.TextContent.Trim());
        foreach (var name in await PanelNamesAsync())
        {
            Assert.DoesNotContain(name, moderation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OnceTheQaLeadChoosesToNameThePanel_TheChairAndMembersAreNamed_AndTheSettingIsKeptWithWhoMadeIt()
    {
        var (caseworker, planId) = await CaseworkerOfTheModeratedPlanAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/panels/feedback-names");
        Assert.NotNull(form.QuerySelector("input[name='Policy.ShowModeratorNames'][value='false'][checked]"));

        var saved = await qaLead.PostAsync("/panels/feedback-names", FormFields.Of(form).With("Policy.ShowModeratorNames", "true"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Alex Morgan", (await qaLead.GetPageAsync("/panels/feedback-names")).QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        var page = (await caseworker.GetPageAsync($"/plans/{planId}")).QuerySelector("#moderation")!.TextContent;
        Assert.Contains("Chaired by", page, StringComparison.Ordinal);
        foreach (var name in await PanelNamesAsync())
        {
            Assert.Contains(name, page, StringComparison.Ordinal);
        }

        // Put back as it was, so the other tests of the class read the default.
        await qaLead.PostAsync("/panels/feedback-names", FormFields.Of(await qaLead.GetPageAsync("/panels/feedback-names")).With("Policy.ShowModeratorNames", "false"));
    }

    [Fact]
    public async Task APlanNotModerated_ShowsNoPanelsFeedback()
    {
        var setup = await AgreedAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var other = await qaLead.GetPageAsync($"/plans/{setup.PlanIds[1]}");

        Assert.Null(other.QuerySelector("#moderation"));
        Assert.DoesNotContain(Wording, other.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASettingMadeFromAPageReadBeforeAnother_IsRefused()
    {
        var first = await app.SignInAsync(DemoUsers.QaLead);
        var second = await app.SignInAsync(DemoUsers.QaLead);
        var firstForm = await first.GetPageAsync("/panels/feedback-names");
        var secondForm = await second.GetPageAsync("/panels/feedback-names");
        await first.PostAsync("/panels/feedback-names", FormFields.Of(firstForm).With("Policy.ShowModeratorNames", "false"));
        var count = await app.WithDatabaseAsync(db => db.PanelFeedbackPolicyChanges.CountAsync());

        var refused = await SignedInClient.ParseAsync(await second.PostAsync("/panels/feedback-names", FormFields.Of(secondForm).With("Policy.ShowModeratorNames", "true")));

        Assert.Contains("Someone else changed whether panels are named", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, await app.WithDatabaseAsync(db => db.PanelFeedbackPolicyChanges.CountAsync()));
    }
}
