using System.Net;

namespace EhcpQa.Web.Tests.Moderation;

/// <summary>A moderator's list of assigned plans shows each plan's state, including a moderation they have started.</summary>
public sealed class ModerationListTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task APanelMemberWithAModerationInProgress_SeesItMarkedInProgress()
    {
        var setup = await ModerationJourney.SessionAsync(app);
        var panel = await app.SignInAsync(DemoUsers.PanelMember);
        await ModerationJourney.StartModerationAsync(panel, setup, setup.PlanIds[0]);

        var response = await panel.GetAsync("/moderation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tags = (await SignedInClient.ParseAsync(response)).QuerySelectorAll("main .govuk-tag").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains("In progress", tags);
    }
}
