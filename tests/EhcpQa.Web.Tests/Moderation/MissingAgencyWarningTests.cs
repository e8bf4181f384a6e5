namespace EhcpQa.Web.Tests.Moderation;

/// <summary>A session's warning about agencies no member represents names them as the service does everywhere else.</summary>
public sealed class MissingAgencyWarningTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ASessionWithoutSocialCare_NamesTheMissingAgencies_InTheirOwnCapitals()
    {
        var setup = await ModerationJourney.SessionAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync($"/panels/{setup.SessionId}");

        var warning = page.QuerySelector(".govuk-warning-text")!.TextContent;
        Assert.Contains("Social care", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("social care", warning, StringComparison.Ordinal);
    }
}
