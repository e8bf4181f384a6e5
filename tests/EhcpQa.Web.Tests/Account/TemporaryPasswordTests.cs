using System.Net;

namespace EhcpQa.Web.Tests.Account;

/// <summary>
/// Someone whose account an administrator made signs in with the temporary password they were given and must
/// choose their own before they can reach any other page; demo users, who share a known password, are not asked.
/// </summary>
public sealed class TemporaryPasswordTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string ChoosePassword = "/account/password";

    [Fact]
    public async Task ANewAccount_AtFirstSignIn_IsSentToChooseAPassword_AndReachesNothingElse()
    {
        const string email = "tariq.board@ehcpqa.test";
        await CreateBoardMemberAsync(email, "temporary lantern gravel 41");
        var person = new SignedInClient(app.CreateClient());

        var signIn = await SignInAsync(person, email, "temporary lantern gravel 41");

        Assert.Equal(ChoosePassword, signIn.Headers.Location?.OriginalString);
        foreach (var url in new[] { "/", "/dashboard", "/reports", "/frameworks" })
        {
            var response = await person.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(ChoosePassword, response.Headers.Location?.OriginalString);
        }

        var page = await person.GetPageAsync(ChoosePassword);
        Assert.Equal("Choose your own password", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll(".govuk-service-navigation__link"));
        Assert.NotNull(page.QuerySelector("form[action$='/account/sign-out']"));
    }

    [Fact]
    public async Task OnceTheyHaveChosenTheirOwnPassword_ThePersonReachesTheirPages_AndIsNotAskedAgain()
    {
        const string email = "uma.board@ehcpqa.test";
        await CreateBoardMemberAsync(email, "temporary lantern gravel 42");
        var person = new SignedInClient(app.CreateClient());
        await SignInAsync(person, email, "temporary lantern gravel 42");

        var change = await ChooseAsync(person, "temporary lantern gravel 42", "their own orchard kettle 9");

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal("/", change.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/dashboard")).StatusCode);

        var again = new SignedInClient(app.CreateClient());
        var signIn = await SignInAsync(again, email, "their own orchard kettle 9");
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task KeepingTheTemporaryPassword_IsRefused_AndThePersonIsStillAsked()
    {
        const string email = "vic.board@ehcpqa.test";
        await CreateBoardMemberAsync(email, "temporary lantern gravel 43");
        var person = new SignedInClient(app.CreateClient());
        await SignInAsync(person, email, "temporary lantern gravel 43");

        var change = await ChooseAsync(person, "temporary lantern gravel 43", "temporary lantern gravel 43");

        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Contains("must be different from your current password",
            (await SignedInClient.ParseAsync(change)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ChoosePassword, (await person.GetAsync("/dashboard")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ADemoUser_SigningIn_IsNotAskedToChangeTheirPassword()
    {
        var person = new SignedInClient(app.CreateClient());

        var signIn = await SignInAsync(person, DemoUsers.BoardMember, DemoData.Password);

        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/dashboard")).StatusCode);
    }

    private async Task CreateBoardMemberAsync(string email, string temporaryPassword)
    {
        var admin = await app.SignInAsync(DemoUsers.Administrator);
        var response = await admin.PostFormAsync("/admin/users/new",
        [
            new("Form.DisplayName", "New Board Member"),
            new("Form.Email", email),
            new("Form.Roles", "BoardMember"),
            new("Form.Agency", "SendTeam"),
            new("Form.LocalityId", string.Empty),
            new("Form.Password", temporaryPassword),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SignInAsync(SignedInClient person, string email, string password) =>
        person.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    private static Task<HttpResponseMessage> ChooseAsync(SignedInClient person, string current, string chosen) =>
        person.PostFormAsync(ChoosePassword,
        [
            new("CurrentPassword", current),
            new("NewPassword", chosen),
            new("ConfirmPassword", chosen),
        ]);
}
