using System.Net;

namespace EhcpQa.Web.Tests.Learning;

/// <summary>Learning and actions are QA lead work: other roles get 403 on every route, anonymous people are sent to sign in.</summary>
public sealed class LearningRouteAuthorisationTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    public static TheoryData<string> Others => [DemoUsers.Caseworker, DemoUsers.PanelMember, DemoUsers.BoardMember, DemoUsers.LocalityManager, DemoUsers.Administrator];

    private Task<(int Session, int Action)> DataAsync() => app.SharedAsync("data", async () =>
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        return (sessionId, await LearningSessions.RaiseActionAsync(app, sessionId, "An action", new DateOnly(2026, 12, 31)));
    });

    private async Task<(string[] Gets, string[] Posts)> RoutesAsync()
    {
        var (session, action) = await DataAsync();
        var learning = $"/panels/{session}/learning";
        return (
            [learning, "/actions", "/actions?show=overdue", $"/actions/{action}"],
            [$"{learning}/themes", $"{learning}/themes/1/remove", $"{learning}/summary", $"{learning}/summary/1/remove", $"{learning}/actions", $"/actions/{action}",
             $"/actions/{action}/reaudit", $"/actions/{action}/reaudit/sample", $"/actions/{action}/reaudit/remove"]);
    }

    [Fact]
    public async Task QaLead_MayUseEveryPage()
    {
        var (gets, _) = await RoutesAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        foreach (var url in gets)
        {
            Assert.True((await qaLead.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"QA lead GET {url}");
        }
    }

    [Theory]
    [MemberData(nameof(Others))]
    public async Task OtherRoles_AreForbiddenEveryRoute(string email)
    {
        var (gets, posts) = await RoutesAsync();
        var client = await app.SignInAsync(email);

        foreach (var url in gets)
        {
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.Forbidden, $"{email} GET {url}");
        }

        foreach (var url in posts)
        {
            // A valid antiforgery token (from the sign-out form on the home page), so only authorisation can refuse.
            var response = await client.PostFormAsync(url, [new("Theme.Text", "x"), new("Form.Status", "Done")], formPage: "/");
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{email} POST {url}: {(int)response.StatusCode}");
        }

        Assert.Equal("Open", (await LearningSessions.ActionAsync(app, (await DataAsync()).Action)).Status.ToString());
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var (gets, posts) = await RoutesAsync();
        var anonymous = app.CreateClient();

        foreach (var url in gets)
        {
            var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var url in posts)
        {
            var response = await anonymous.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([]));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }
}
