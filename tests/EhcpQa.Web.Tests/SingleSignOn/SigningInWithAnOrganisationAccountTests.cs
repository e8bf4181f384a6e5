using System.Net;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Audit;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.SingleSignOn;

/// <summary>
/// A member of staff signs in with their organisation's account at a real OpenID Connect provider: matched to their
/// staff account by e-mail address the first time, by the account's object id from then on; roles stay the service's.
/// Someone the service has no usable account for is told so and gets no session; a provider that refuses, or an
/// answer that cannot be trusted, ends on a page of the service.
/// </summary>
public sealed class SigningInWithAnOrganisationAccountTests(SingleSignOnBesidePasswords service) : IClassFixture<SingleSignOnBesidePasswords>
{
    [Fact]
    public async Task AStaffMemberMatchedByEmail_SignsIn_AndIsKnownByTheirObjectIdNextTime()
    {
        var client = service.NewClient();
        var signedIn = await service.SignInAsync(client, new ProviderPerson("sub-qa-lead", "oid-qa-lead", "Quinn Lead", DemoUsers.QaLead));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        var home = await client.GetAsync("/samples");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var (userId, login) = await service.Host.WithDatabaseAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == DemoUsers.QaLead);
            return (user.Id, await db.UserLogins.SingleAsync(l => l.UserId == user.Id));
        });
        Assert.Equal((SingleSignOnOptions.Scheme, "oid-qa-lead"), (login.LoginProvider, login.ProviderKey));
        var recorded = await service.Host.WithDatabaseAsync(db => db.SecurityEvents.AsNoTracking()
            .Where(e => e.UserId == userId && e.Kind == SecurityEventKinds.SignedIn).Select(e => e.Detail).ToListAsync());
        Assert.Contains("organisation account", recorded);

        // The provider now gives another address (a change of name): the object id still finds the account.
        await client.PostFormAsync("/account/sign-out", [], formPage: "/");
        var again = service.NewClient();
        var renamed = await service.SignInAsync(again, new ProviderPerson("sub-qa-lead", "oid-qa-lead", "Quinn Married-Name", "quinn.married-name@council.example"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var account = await again.GetPageAsync("/account");
        Assert.Contains(DemoUsers.QaLead, account.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"You sign in with {ServiceWithSingleSignOn.AccountName}", account.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressGivenOnlyAsThePreferredUserName_IsMatched_AsEntraIdGivesItForAccountsWithNoMailbox()
    {
        var client = service.NewClient();
        var signedIn = await service.SignInAsync(client, new ProviderPerson("sub-board", "oid-board", "Bo Member", DemoUsers.BoardMember, EmailClaim: false));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task APersonWithNoStaffAccount_IsToldToAskTheirAdministrator_AndGetsNoSession()
    {
        var client = service.NewClient();
        var refused = await service.SignInAsync(client, new ProviderPerson("sub-stranger", "oid-stranger", "Sam Stranger", "sam.stranger@council.example"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await SignedInClient.ParseAsync(refused);
        Assert.Equal("You cannot sign in to EhcpQa with this account", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("sam.stranger@council.example", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var plans = await client.GetAsync("/plans");
        Assert.Equal(HttpStatusCode.Redirect, plans.StatusCode);
        Assert.Equal("/account/sign-in", plans.Headers.Location!.AbsolutePath);
        Assert.False(await service.Host.WithDatabaseAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey == "oid-stranger")));
    }

    [Fact]
    public async Task ADisabledStaffMember_GetsNoSession_ThoughTheirOrganisationAccountIsGood()
    {
        await service.Host.WithDatabaseAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == DemoUsers.OtherCaseworker);
            user.Disable(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return true;
        });

        var client = service.NewClient();
        var refused = await service.SignInAsync(client, new ProviderPerson("sub-other", "oid-other", "Other Caseworker", DemoUsers.OtherCaseworker));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("You cannot sign in to EhcpQa with this account", (await SignedInClient.ParseAsync(refused)).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/plans")).StatusCode);
    }

    [Fact]
    public async Task ASessionBegunWithTheOrganisationAccount_AsksForNoPasswordOrAuthenticatorAppOfTheService()
    {
        // The authority's policy is the default, a second factor for every role: its provider's second factor is the one asked.
        Assert.True(await service.Host.WithDatabaseAsync(async db => (await db.SecondFactorPolicyAsync(CancellationToken.None)).IsRequiredFor([Domain.Staff.StaffRole.LocalityManager])));

        var client = service.NewClient();
        await service.SignInAsync(client, new ProviderPerson("sub-manager", "oid-manager", "Lee Manager", DemoUsers.LocalityManager));

        var queue = await client.GetAsync("/sign-off");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
    }

    [Fact]
    public async Task TheProviderRefusing_EndsOnAPageSayingSigningInDidNotFinish()
    {
        var client = service.NewClient();
        var refused = await service.SignInAsync(client, person: null);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(SingleSignOnOptions.FailedPath, refused.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync(SingleSignOnOptions.FailedPath);
        Assert.Equal("Signing in did not finish", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/plans")).StatusCode);
    }

    [Fact]
    public async Task AForgedAnswerFromTheProvider_IsRefusedWithAPage_NotAnError()
    {
        var client = service.NewClient();
        var forged = await client.GetAsync("/signin-oidc?code=forged&state=forged");

        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Equal(SingleSignOnOptions.FailedPath, forged.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/plans")).StatusCode);
    }

    [Fact]
    public async Task WhereTheAuthorityMatchesByObjectIdOnly_AnAddressAloneFindsNoAccount()
    {
        var match = await WithObjectIdMatchingAsync((accounts, _) => accounts.MatchAsync(Principal("oid-unlinked", DemoUsers.Caseworker)));
        Assert.Null(match.User);
        Assert.Equal("no account linked", match.Refusal);

        await WithObjectIdMatchingAsync(async (accounts, users) =>
            await accounts.LinkAsync((await users.FindByEmailAsync(DemoUsers.Caseworker))!, "oid-entered-by-administrator"));
        var linked = await WithObjectIdMatchingAsync((accounts, _) => accounts.MatchAsync(Principal("oid-entered-by-administrator", "someone.else@council.example")));
        Assert.Equal(DemoUsers.Caseworker, linked.User?.Email);
    }

    /// <summary>The service's own matching, as an authority that matches by object id only has it.</summary>
    private async Task<T> WithObjectIdMatchingAsync<T>(Func<OrganisationAccounts, UserManager<ApplicationUser>, Task<T>> work)
    {
        await using var scope = service.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var accounts = new OrganisationAccounts(users, Microsoft.Extensions.Options.Options.Create(new SingleSignOnOptions { MatchBy = OrganisationAccountMatch.ObjectId }));
        return await work(accounts, users);
    }

    private static System.Security.Claims.ClaimsPrincipal Principal(string objectId, string email) =>
        new(new System.Security.Claims.ClaimsIdentity([new("sub", "sub-" + objectId), new("oid", objectId), new("email", email)], "test"));
}
