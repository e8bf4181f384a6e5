using System.Net;

namespace EhcpQa.Web.Tests.Account;

/// <summary>
/// Someone with an authenticator app gives a code from it after their password, and is signed in only then; a
/// code is accepted once; a recovery code works once instead; wrong codes are refused with the same message and
/// counted like wrong passwords.
/// </summary>
public sealed class SigningInWithASecondFactorTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ThePasswordAlone_SignsNobodyIn_AndTheCodeOfNow_Does()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var (_, phone, _) = await SecondFactorJourney.SetUpAsync(app, email);
        app.Clock.Now = app.Clock.Now.AddMinutes(1);

        var client = app.ClientFrom(SecondFactorJourney.NewAddress());
        var password = await SecondFactorJourney.GivePasswordAsync(client, email);
        Assert.Equal("/account/two-factor", password.Headers.Location?.OriginalString);
        var before = await client.GetAsync("/dashboard");
        Assert.Equal("/account/sign-in", before.Headers.Location?.AbsolutePath);
        var page = await client.GetPageAsync("/account/two-factor");
        Assert.Equal("Enter the code from your authenticator app", page.QuerySelector("h1")!.TextContent.Trim());

        var code = await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = phone.CodeAt(app.Clock.Now) });

        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/", code.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task ACodeAlreadyUsed_IsRefused_EvenWithinItsHalfMinute()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var (_, phone, _) = await SecondFactorJourney.SetUpAsync(app, email);
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var code = phone.CodeAt(app.Clock.Now);
        var (_, first) = await SecondFactorJourney.SignInWithCodeAsync(app, email, code);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var (replay, again) = await SecondFactorJourney.SignInWithCodeAsync(app, email, code);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("has been used already", (await SignedInClient.ParseAsync(again)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/account/sign-in", (await replay.GetAsync("/dashboard")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task ACodeOfTheSetUpsHalfMinute_CannotSignInAfterIt()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var (_, phone, _) = await SecondFactorJourney.SetUpAsync(app, email);

        var (_, answer) = await SecondFactorJourney.SignInWithCodeAsync(app, email, phone.CodeAt(app.Clock.Now));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Theory]
    [InlineData(-60)]
    [InlineData(90)]
    public async Task ACodeOfAnotherMinute_IsRefused(int seconds)
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var (_, phone, _) = await SecondFactorJourney.SetUpAsync(app, email);
        app.Clock.Now = app.Clock.Now.AddMinutes(3);

        var (client, answer) = await SecondFactorJourney.SignInWithCodeAsync(app, email, phone.CodeAt(app.Clock.Now.AddSeconds(seconds)));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("/account/sign-in", (await client.GetAsync("/dashboard")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task ARecoveryCode_SignsInOnce_AndNotAgain()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var (_, _, codes) = await SecondFactorJourney.SetUpAsync(app, email);

        var first = app.ClientFrom(SecondFactorJourney.NewAddress());
        await SecondFactorJourney.GivePasswordAsync(first, email);
        var used = await first.PostFormAsync("/account/two-factor/recovery", new Dictionary<string, string> { ["Code"] = codes[0].ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Contains("9 recovery codes left", (await first.GetPageAsync("/")).QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);

        var second = app.ClientFrom(SecondFactorJourney.NewAddress());
        await SecondFactorJourney.GivePasswordAsync(second, email);
        var again = await second.PostFormAsync("/account/two-factor/recovery", new Dictionary<string, string> { ["Code"] = codes[0] });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("The recovery code is not correct, or it has been used already",
            (await SignedInClient.ParseAsync(again)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCodePages_WithoutAPasswordFirst_SendThePersonToSignIn()
    {
        var client = app.ClientFrom(SecondFactorJourney.NewAddress());

        foreach (var url in new[] { "/account/two-factor", "/account/two-factor/recovery" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/sign-in", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task FiveWrongCodes_HoldTheAccountsSignInFromThatAddress_EvenWithTheRightCodeAfter()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var (_, phone, _) = await SecondFactorJourney.SetUpAsync(app, email);
        app.Clock.Now = app.Clock.Now.AddMinutes(5);
        var client = app.ClientFrom(SecondFactorJourney.NewAddress());
        await SecondFactorJourney.GivePasswordAsync(client, email);

        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = phone.CodeAt(app.Clock.Now.AddHours(i + 1)) });
        }

        var right = await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = phone.CodeAt(app.Clock.Now) });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("/account/sign-in", (await client.GetAsync("/dashboard")).Headers.Location?.AbsolutePath);
    }
}
