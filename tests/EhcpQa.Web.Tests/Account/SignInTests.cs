using System.Net;

namespace EhcpQa.Web.Tests.Account;

public sealed class SignInTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Post_WithWrongPassword_ShowsErrorAndKeepsEmail()
    {
        var client = new SignedInClient(app.CreateClient());

        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = DemoUsers.Caseworker,
            ["Password"] = "not-the-password",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("Enter a correct email address and password", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(DemoUsers.Caseworker, page.QuerySelector("input[name=Email]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_WithNothingEntered_AsksForEmailAndPassword()
    {
        var client = new SignedInClient(app.CreateClient());

        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>());

        var summary = (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter your email address", summary, StringComparison.Ordinal);
        Assert.Contains("Enter your password", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AfterFiveWrongPasswords_IsRefusedEvenForTheRightPassword_SayingNothingOfWhy()
    {
        // From an address of its own: the held attempts are the address's at the account, and the host is shared.
        var client = app.ClientFrom(System.Net.IPAddress.Parse("192.0.2.99"));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
            {
                ["Email"] = DemoUsers.OtherLocalityManager,
                ["Password"] = "wrong-" + attempt,
            });
        }

        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = DemoUsers.OtherLocalityManager,
            ["Password"] = DemoData.Password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a correct email address and password", (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithReturnUrlToAnotherSite_GoesHomeInstead()
    {
        var client = new SignedInClient(app.CreateClient());

        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = DemoUsers.QaLead,
            ["Password"] = DemoData.Password,
            ["ReturnUrl"] = "https://evil.example/",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = await app.SignInAsync(DemoUsers.QaLead);

        var signOut = await client.PostFormAsync("/account/sign-out", [], formPage: "/");
        var after = await client.GetAsync("/plans");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
