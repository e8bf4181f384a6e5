using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Account;

/// <summary>
/// Someone whose role needs a second factor sets up an authenticator app before anything else: its QR code and
/// key, a code from it to prove it, then ten recovery codes shown once; the session begun with the password alone
/// ends and a new one goes on.
/// </summary>
public sealed class SettingUpASecondFactorTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AfterTheirPassword_APersonWhoseRoleNeedsOne_IsSentToSetUpAnApp_AndReachesNothingElse()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var client = app.ClientFrom(SecondFactorJourney.NewAddress());

        var signIn = await SecondFactorJourney.GivePasswordAsync(client, email);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        foreach (var url in new[] { "/", "/dashboard", "/reports", "/account" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/two-factor/set-up", response.Headers.Location?.OriginalString);
        }

        var page = await client.GetPageAsync("/account/two-factor/set-up");
        Assert.Equal("Set up an authenticator app", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".app-qr-code svg"));
        Assert.Matches("^[A-Z2-7 ]{39}$", page.QuerySelector("[data-secret-key]")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll(".govuk-service-navigation__link"));
    }

    [Fact]
    public async Task AWrongCode_IsRefusedWithAMessage_AndTheSameKeyIsShownAgain()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var client = app.ClientFrom(SecondFactorJourney.NewAddress());
        await SecondFactorJourney.GivePasswordAsync(client, email);
        var before = await client.GetPageAsync("/account/two-factor/set-up");
        var phone = SecondFactorJourney.AppFrom(before);
        var wrong = phone.CodeAt(app.Clock.Now.AddMinutes(10));

        foreach (var (code, message) in new[]
        {
            (wrong, "The code is not correct"),
            ("12a456", "Enter the 6-digit code from your authenticator app"),
            ("", "Enter the code your authenticator app shows"),
        })
        {
            var refused = await client.PostFormAsync("/account/two-factor/set-up", new Dictionary<string, string> { ["Code"] = code });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await SignedInClient.ParseAsync(refused);
            Assert.Contains(message, page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(before.QuerySelector("[data-secret-key]")!.TextContent, page.QuerySelector("[data-secret-key]")!.TextContent);
        }

        Assert.False(await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task ARightCode_ShowsTenRecoveryCodes_OpensTheirPages_AndEndsTheSessionBegunWithThePasswordAlone()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);

        var (client, _, codes) = await SecondFactorJourney.SetUpAsync(app, email);

        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);
        var account = await client.GetPageAsync("/account");
        Assert.Contains("10 left", account.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        var sessions = await app.WithDatabaseAsync(db => db.StaffSessions.AsNoTracking()
            .Where(s => s.UserId == db.Users.Single(u => u.Email == email).Id)
            .Select(s => s.EndedBecause)
            .ToListAsync());
        Assert.Equal(2, sessions.Count);
        Assert.Contains(Web.Persistence.Identity.SessionEndings.Renewed, sessions);
        Assert.Contains(null, sessions);
        Assert.True(await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task TheAppsKey_IsKeptEncrypted_NeverAsTheAppReadsIt()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var (_, phone, _) = await SecondFactorJourney.SetUpAsync(app, email);

        var stored = await app.WithDatabaseAsync(db => db.UserTokens
            .Where(t => t.UserId == db.Users.Single(u => u.Email == email).Id && t.Name == "AuthenticatorKey")
            .Select(t => t.Value)
            .SingleAsync());

        Assert.False(string.IsNullOrEmpty(stored));
        Assert.DoesNotContain(phone.Key, stored, StringComparison.OrdinalIgnoreCase);
    }
}
