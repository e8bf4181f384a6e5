using System.Net;
using EhcpQa.Web.Persistence.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Security;

/// <summary>Every route answers each role as the role allows: anonymous people go to sign in, wrong roles get 403.</summary>
public sealed class RouteAuthorisationTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string Ok = "200";
    private const string Forbidden = "403";

    /// <summary>Route, then the answer for caseworker, locality manager, QA lead, panel member, board member, administrator, agency lead.</summary>
    public static TheoryData<string, string, string, string, string, string, string, string> Routes => new()
    {
        { "/", Ok, Ok, Ok, Ok, Ok, Ok, Ok },
        { "/plans", Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/plans/new", Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/plans/{plan}", Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/plans/{plan}/edit", Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/plans/{plan}/twenty-week-exception", Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/frameworks", Ok, Ok, Ok, Ok, Ok, Ok, Ok },
        { "/frameworks/versions/{version}", Ok, Ok, Ok, Ok, Ok, Ok, Ok },
        { "/sign-off", Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/samples", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/samples/new", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/samples/schedules", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/samples/schedules/new", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/samples/forward-plan", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/samples/forward-plan/new", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/panels", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/panels/new", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/moderation", Forbidden, Ok, Ok, Ok, Forbidden, Forbidden, Forbidden },
        { "/moderation/sessions/{session}/plans/{moderated}/advice/{advice}/document", Forbidden, Ok, Ok, Ok, Forbidden, Forbidden, Forbidden },
        { "/quality", Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/quality/caseworkers/{user}", Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/panels/feedback-names", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/admin/users", Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden },
        { "/admin/users/new", Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden },
        { "/admin/users/{user}/edit", Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden },
        { "/advice", Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Ok },
        { "/advice/scorecard", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Ok },
        { "/advice/audits", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Ok },
        { "/advice/policy", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/advice/school-closures", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/plans/{plan}/advice/new", Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/plans/{plan}/surveys/new", Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/surveys/policy", Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden, Forbidden },
        { "/account/password", Ok, Ok, Ok, Ok, Ok, Ok, Ok },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_AsEachRole_AnswersAsTheRoleAllows(string route, string caseworker, string manager, string qaLead, string panel, string board, string administrator, string agencyLead)
    {
        var url = await ResolveAsync(route);
        var expected = new Dictionary<string, string>
        {
            [DemoUsers.Caseworker] = caseworker,
            [DemoUsers.LocalityManager] = manager,
            [DemoUsers.QaLead] = qaLead,
            [DemoUsers.PanelMember] = panel,
            [DemoUsers.BoardMember] = board,
            [DemoUsers.Administrator] = administrator,
            [DemoUsers.AgencyLead] = agencyLead,
        };

        foreach (var (email, status) in expected)
        {
            var client = await app.SignInAsync(email);
            var response = await client.GetAsync(url);
            Assert.True(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) == status,
                $"{email} GET {url}: expected {status}, got {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Get_WhenNotSignedIn_RedirectsToSignIn(string route, string caseworker, string manager, string qaLead, string panel, string board, string administrator, string agencyLead)
    {
        _ = (caseworker, manager, qaLead, panel, board, administrator, agencyLead);
        var url = await ResolveAsync(route);
        var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/accessibility")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/survey/thanks")]
    public async Task Get_PublicPage_WhenNotSignedIn_IsServed(string url)
    {
        var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A family's survey link is answered without signing in: one the service does not know gets its page, not the sign-in.</summary>
    [Fact]
    public async Task Get_SurveyLink_WhenNotSignedIn_IsAnsweredWithoutSignIn()
    {
        var response = await app.CreateClient().GetAsync(new Uri("/survey/no-such-link", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This survey link is not recognised", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> ResolveAsync(string route)
    {
        if (route.Contains("{session}", StringComparison.Ordinal))
        {
            // A session showing advice, chaired by the locality manager, the panel member moderating its plans, one with advice uploaded.
            var (setup, adviceId) = await app.SharedAsync("moderated advice", async () =>
            {
                var session = await ModerationJourney.SessionAsync(app, showsAdvice: true);
                return (session, await Advice.AdviceRecords.ReceivedAsDocumentAsync(app, session.PlanIds[0], Domain.Advice.AdviceService.Paediatrics,
                    Advice.AdviceRecords.Pdf("Made-up advice"), "advice.pdf"));
            });
            route = route.Replace("{session}", setup.SessionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{moderated}", setup.PlanIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{advice}", adviceId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var planId = await app.SharedAsync("draft", () => app.Plans.DraftAsync("EHC-ROUTES-1"));
        var (versionId, userId) = await app.WithDatabaseAsync(async db => (
            (await db.VersionForAsync(Domain.Frameworks.FrameworkPurpose.DraftSignOff, CancellationToken.None))!.Id,
            await db.Users.Where(u => u.Email == DemoUsers.Caseworker).Select(u => u.Id).SingleAsync()));
        return route.Replace("{plan}", planId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{version}", versionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{user}", userId, StringComparison.Ordinal);
    }
}
