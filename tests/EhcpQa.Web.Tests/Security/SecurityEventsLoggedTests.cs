using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Security;

/// <summary>What a security team looks for reaches the log, by the account's id: refused sign-ins, sign-outs and refused pages.</summary>
public sealed class SecurityEventsLoggedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ARefusedSignIn_ASignOut_AndARefusedPage_AreEachLoggedWithTheAccount()
    {
        var caseworkerId = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.OtherCaseworker).Select(u => u.Id).SingleAsync());
        var guesser = app.ClientFrom(IPAddress.Parse("192.0.2.201"));
        await guesser.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = DemoUsers.OtherCaseworker, ["Password"] = "not the password at all" });

        var caseworker = await app.SignInAsync(DemoUsers.OtherCaseworker);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.PostFormAsync("/account/sign-out", [], formPage: "/")).StatusCode);

        var events = app.ReadLog().Split('\n').Where(line => line.Contains(caseworkerId, StringComparison.Ordinal)).ToList();
        Assert.Contains(events, e => e.Contains("wrong password", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Contains("Refused {Method} {Path} to user {UserId}", StringComparison.Ordinal) && e.Contains("/admin/users", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Contains("signed out", StringComparison.Ordinal));
    }
}
