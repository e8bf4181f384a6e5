using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Users;

/// <summary>
/// An administrator resets the second factor of someone who lost their phone: the person's sessions end, their
/// old app and recovery codes stop working, and they set up an app at their next sign-in; nobody resets their own.
/// </summary>
public sealed class ResettingASecondFactorTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AfterAReset_ThePersonIsSignedOut_AndSetsUpAnAppAgainAtTheirNextSignIn()
    {
        await SecondFactorJourney.RequireForEveryRoleButAdministratorAsync(app);
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var (person, _, codes) = await SecondFactorJourney.SetUpAsync(app, email);
        var id = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var admin = await app.SignInAsync(DemoUsers.Administrator);
        var edit = await admin.GetPageAsync($"/admin/users/{id}/edit");
        Assert.NotNull(edit.QuerySelector($"form[action='/admin/users/{id}/second-factor/reset']"));

        var reset = await admin.PostFormAsync($"/admin/users/{id}/second-factor/reset", [], formPage: $"/admin/users/{id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/account/sign-in", (await person.GetAsync("/dashboard")).Headers.Location?.AbsolutePath);
        var again = app.ClientFrom(SecondFactorJourney.NewAddress());
        var signIn = await SecondFactorJourney.GivePasswordAsync(again, email);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Equal("/account/two-factor/set-up", (await again.GetAsync("/")).Headers.Location?.OriginalString);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.UserTokens.CountAsync(t => t.UserId == id)));
        Assert.NotEmpty(codes);
    }

    [Fact]
    public async Task AnAdministrator_CannotResetTheirOwn()
    {
        var admin = await app.SignInAsync(DemoUsers.Administrator);
        var id = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.Administrator).Select(u => u.Id).SingleAsync());

        var refused = await admin.PostFormAsync($"/admin/users/{id}/second-factor/reset", [], formPage: $"/admin/users/{id}/edit");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
