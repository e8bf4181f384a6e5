using System.Net;

namespace EhcpQa.Web.Tests.Account;

/// <summary>
/// A sign-in is checked against the account once a minute (not on every request) as well as against its session
/// on every request: a disabled account's sessions end at once; an account in good standing gets a renewed sign-in
/// cookie when the minute has passed, on the same session, and carries on.
/// </summary>
public sealed class SecurityStampCheckTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ADisabledAccount_IsSignedOutAtOnce_AndAnAccountInGoodStandingCarriesOnPastTheCheck()
    {
        var start = app.Clock.Now;
        try
        {
            var board = await app.SignInAsync(DemoUsers.BoardMember);
            var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
            await app.DisableAccountAsync(DemoUsers.BoardMember);

            var refused = await board.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/account/sign-in", refused.Headers.Location!.AbsolutePath);

            app.Clock.Now = start.AddMinutes(2);

            var renewed = await caseworker.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
            Assert.Contains(renewed.Headers.GetValues("Set-Cookie"), c => c.StartsWith("EhcpQa.Auth=", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, (await caseworker.GetAsync("/plans")).StatusCode);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }
}
