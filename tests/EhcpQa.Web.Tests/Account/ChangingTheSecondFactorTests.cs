using System.Net;

namespace EhcpQa.Web.Tests.Account;

/// <summary>
/// Setting up a different app and getting new recovery codes ask for the password again; the app in use keeps
/// working until the new one is proved; new recovery codes end the old ones.
/// </summary>
public sealed class ChangingTheSecondFactorTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ADifferentApp_AsksThePasswordFirst_AndTheOldAppWorksUntilTheNewOneIsProved()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var (client, oldPhone, _) = await SecondFactorJourney.SetUpAsync(app, email);

        var straight = await client.GetAsync("/account/two-factor/set-up");
        Assert.Equal("/account/two-factor/change", straight.Headers.Location?.OriginalString);
        var wrong = await client.PostFormAsync("/account/two-factor/change", new Dictionary<string, string> { ["Password"] = "not my password at all" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Your password is not correct", (await SignedInClient.ParseAsync(wrong)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var right = await client.PostFormAsync("/account/two-factor/change", new Dictionary<string, string> { ["Password"] = SecondFactorJourney.Password });
        Assert.Equal("/account/two-factor/set-up", right.Headers.Location?.OriginalString);
        var setUp = await client.GetPageAsync("/account/two-factor/set-up");
        Assert.Equal("Set up a different authenticator app", setUp.QuerySelector("h1")!.TextContent.Trim());
        var newPhone = SecondFactorJourney.AppFrom(setUp);
        Assert.NotEqual(oldPhone.Key, newPhone.Key);

        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var (_, withOld) = await SecondFactorJourney.SignInWithCodeAsync(app, email, oldPhone.CodeAt(app.Clock.Now));
        Assert.Equal(HttpStatusCode.Redirect, withOld.StatusCode);

        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var proved = await client.PostFormAsync("/account/two-factor/set-up", new Dictionary<string, string> { ["Code"] = newPhone.CodeAt(app.Clock.Now) });
        Assert.Equal(HttpStatusCode.OK, proved.StatusCode);

        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var (_, oldRefused) = await SecondFactorJourney.SignInWithCodeAsync(app, email, oldPhone.CodeAt(app.Clock.Now));
        Assert.Equal(HttpStatusCode.OK, oldRefused.StatusCode);
        var (_, withNew) = await SecondFactorJourney.SignInWithCodeAsync(app, email, newPhone.CodeAt(app.Clock.Now));
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Fact]
    public async Task NewRecoveryCodes_AskThePasswordFirst_AndTheOldOnesStopWorking()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var (client, _, oldCodes) = await SecondFactorJourney.SetUpAsync(app, email);

        var page = await client.GetPageAsync("/account/two-factor/recovery-codes");
        Assert.Equal("Get new recovery codes", page.QuerySelector("h1")!.TextContent.Trim());
        var made = await client.PostFormAsync("/account/two-factor/recovery-codes", new Dictionary<string, string> { ["Password"] = SecondFactorJourney.Password });
        var newCodes = (await SignedInClient.ParseAsync(made)).QuerySelectorAll("[data-recovery-codes] code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));

        var other = app.ClientFrom(SecondFactorJourney.NewAddress());
        await SecondFactorJourney.GivePasswordAsync(other, email);
        var old = await other.PostFormAsync("/account/two-factor/recovery", new Dictionary<string, string> { ["Code"] = oldCodes[0] });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        var fresh = await other.PostFormAsync("/account/two-factor/recovery", new Dictionary<string, string> { ["Code"] = newCodes[0] });
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }
}
