using System.Net;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Account;

/// <summary>
/// A sign-in is a session held by the service: signing out ends it wherever a copy of its cookie is; it ends after
/// 30 minutes idle and 10 hours in all, however busy; a new password ends every session of the account; and every
/// sign-in is a session of its own.
/// </summary>
public sealed class SessionsThatEndTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ACookieCopiedBeforeSignOut_OpensNothingAfterIt()
    {
        var (caseworker, cookie) = await SignInKeepingCookieAsync(DemoUsers.Caseworker);
        using var copy = ClientWith(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(new Uri("/plans", UriKind.Relative))).StatusCode);

        var signedOut = await caseworker.PostFormAsync("/account/sign-out", [], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var refused = await copy.GetAsync(new Uri("/plans", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/sign-in", refused.Headers.Location!.AbsolutePath);
        var ended = await app.WithDatabaseAsync(db => db.StaffSessions.AsNoTracking()
            .Where(s => s.UserId == db.Users.Single(u => u.Email == DemoUsers.Caseworker).Id)
            .Select(s => s.EndedBecause)
            .ToListAsync());
        Assert.Equal([SessionEndings.SignedOut], ended);
    }

    [Fact]
    public async Task ASessionInUse_GoesOn_AndOneIdleForHalfAnHour_IsRefused()
    {
        var start = app.Clock.Now;
        try
        {
            var client = await app.SignInAsync(DemoUsers.QaLead);

            app.Clock.Now = start.AddMinutes(29);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/plans")).StatusCode);
            app.Clock.Now = start.AddMinutes(58);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/plans")).StatusCode);

            app.Clock.Now = start.AddMinutes(88);
            var refused = await client.GetAsync("/plans");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/account/sign-in", refused.Headers.Location!.AbsolutePath);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    [Fact]
    public async Task ASessionInUseAllDay_EndsTenHoursAfterSigningIn()
    {
        var start = app.Clock.Now;
        try
        {
            var client = await app.SignInAsync(DemoUsers.PanelMember);
            for (var minutes = 20; minutes < 600; minutes += 20)
            {
                app.Clock.Now = start.AddMinutes(minutes);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            }

            app.Clock.Now = start.AddHours(10);
            var refused = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/account/sign-in", refused.Headers.Location!.AbsolutePath);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    [Fact]
    public async Task ANewPassword_EndsTheAccountsOtherSessions_AndThisOneGoesOn()
    {
        var elsewhere = await app.SignInAsync(DemoUsers.OtherCaseworker);
        var here = await app.SignInAsync(DemoUsers.OtherCaseworker);

        var changed = await here.PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = DemoData.Password,
            ["NewPassword"] = "A much longer pass phrase 2026",
            ["ConfirmPassword"] = "A much longer pass phrase 2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/plans")).StatusCode);
    }

    [Fact]
    public async Task EachSignIn_IsASessionOfItsOwn()
    {
        var first = await app.SignInAsync(DemoUsers.BoardMember);
        var second = await app.SignInAsync(DemoUsers.BoardMember);

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync("/account/sign-out", [], formPage: "/")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/dashboard")).StatusCode);
    }

    /// <summary>Signs in, keeping the sign-in cookie as someone copying it would.</summary>
    private async Task<(SignedInClient Client, string Cookie)> SignInKeepingCookieAsync(string email)
    {
        var client = new SignedInClient(app.CreateClient());
        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = DemoData.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("EhcpQa.Auth=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    /// <summary>Another client, elsewhere, that sends only the given cookie.</summary>
    private HttpClient ClientWith(string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://ehcpqa.test"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
