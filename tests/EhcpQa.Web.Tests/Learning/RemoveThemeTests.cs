using System.Net;

namespace EhcpQa.Web.Tests.Learning;

/// <summary>A QA lead removes a theme recorded by mistake; removing it twice explains rather than fails.</summary>
public sealed class RemoveThemeTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Post_RemovesOnlyThatTheme_AndASecondRemovalExplains()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/panels/{sessionId}/learning";
        foreach (var text in new[] { "Outcomes are SMART", "Outcomes link to aspirations" })
        {
            await qaLead.PostFormAsync($"{url}/themes",
                [new("Theme.Kind", "Strength"), new("Theme.Section", "E"), new("Theme.RaisedBy", "SendTeam"), new("Theme.Text", text)], formPage: url);
        }

        var themeId = (await LearningSessions.SessionAsync(app, sessionId)).Themes.Single(t => t.Text == "Outcomes are SMART").Id;
        var removed = await qaLead.PostFormAsync($"{url}/themes/{themeId}/remove", [], formPage: url);
        var again = await qaLead.PostFormAsync($"{url}/themes/{themeId}/remove", [], formPage: url);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var page = await qaLead.GetPageAsync(url);
        Assert.Contains("may have been removed already", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Outcomes link to aspirations", Assert.Single((await LearningSessions.SessionAsync(app, sessionId)).Themes).Text);
    }
}
