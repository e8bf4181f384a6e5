using System.Net;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Support;

/// <summary>
/// The steps of the second factor through the pages: an administrator requiring it (as the service does for every
/// role by default; the tests' authority exempts every role), a person setting up their app, and signing
/// in with a code. People are made for each test, so one test's failed codes hold no one else's sign-in.
/// </summary>
public static class SecondFactorJourney
{
    public const string Password = "violet harbour tandem 6";

    /// <summary>
    /// The administrator ticks every role on the second-factor page but their own (once per test class), so the
    /// demo administrator can still act in one step.
    /// </summary>
    public static Task RequireForEveryRoleButAdministratorAsync(EhcpQaApp app) => app.SharedAsync("second factor for every role", async () =>
    {
        var admin = await app.SignInAsync(DemoUsers.Administrator);
        var fields = FormFields.Of(await admin.GetPageAsync("/admin/second-factor"))
            .Where(f => f.Key != "Policy.RolesRequired")
            .Concat(Domain.Staff.StaffRole.All.Where(r => r != Domain.Staff.StaffRole.Administrator)
                .Select(r => new KeyValuePair<string, string>("Policy.RolesRequired", r)))
            .ToList();
        var response = await admin.PostAsync("/admin/second-factor", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return true;
    });

    /// <summary>
    /// The demo administrator exempts every role, as an authority's administrator may, so people sign in with a
    /// password alone (the set-up of the tests' hosts; the tests of the second factor require it again).
    /// </summary>
    public static async Task<int> LetEveryRoleSignInWithAPasswordAsync(Web.Persistence.EhcpQaDbContext db, DateTimeOffset at)
    {
        var admin = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users.Where(u => u.Email == DemoUsers.Administrator).Select(u => u.Id));
        db.SecondFactorPolicyChanges.Add(Domain.Staff.SecondFactorPolicyChange.Make(
            new Domain.Staff.SecondFactorPolicy(Domain.Staff.StaffRole.All), null, null, admin, at));
        return await db.SaveChangesAsync();
    }

    /// <summary>A new member of staff with this role and a password of their own (made as the administrator's page makes one).</summary>
    public static async Task<string> NewPersonAsync(EhcpQaApp app, string role = Domain.Staff.StaffRole.BoardMember)
    {
        var email = $"person-{Guid.NewGuid():N}@ehcpqa.test";
        await app.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = ApplicationUser.Create(email, "Pat Example", Domain.Staff.Agency.SendTeam, null, [role]);
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return true;
        });
        return email;
    }

    /// <summary>The app, given the key the set-up page shows under "I cannot scan the QR code".</summary>
    public static AuthenticatorApp AppFrom(AngleSharp.Dom.IDocument setUpPage)
    {
        ArgumentNullException.ThrowIfNull(setUpPage);
        return new AuthenticatorApp(setUpPage.QuerySelector("[data-secret-key]")?.TextContent
            ?? throw new InvalidOperationException("The set-up page shows no key"));
    }

    /// <summary>Posts the sign-in form with the person's password (the first step only).</summary>
    public static Task<HttpResponseMessage> GivePasswordAsync(SignedInClient client, string email, string password = Password) =>
        client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    /// <summary>Signs in with the password, is sent to set up an app, and sets it up: the app, and the recovery codes shown.</summary>
    public static async Task<(SignedInClient Client, AuthenticatorApp App, IReadOnlyList<string> RecoveryCodes)> SetUpAsync(EhcpQaApp app, string email)
    {
        var client = app.ClientFrom(NewAddress());
        Assert.Equal(HttpStatusCode.Redirect, (await GivePasswordAsync(client, email)).StatusCode);
        var phone = SecondFactorJourney.AppFrom(await client.GetPageAsync("/account/two-factor/set-up"));
        var done = await client.PostFormAsync("/account/two-factor/set-up", new Dictionary<string, string> { ["Code"] = phone.CodeAt(app.Clock.Now) });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var codes = (await SignedInClient.ParseAsync(done)).QuerySelectorAll("[data-recovery-codes] code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        return (client, phone, codes);
    }

    /// <summary>A fresh browser gives the password, then this code: the answer to the code.</summary>
    public static async Task<(SignedInClient Client, HttpResponseMessage Answer)> SignInWithCodeAsync(EhcpQaApp app, string email, string code)
    {
        var client = app.ClientFrom(NewAddress());
        var password = await GivePasswordAsync(client, email);
        Assert.Equal("/account/two-factor", password.Headers.Location?.OriginalString.Split('?')[0]);
        return (client, await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = code }));
    }

    /// <summary>An address of its own for each browser, so one test's failed attempts hold no other test's.</summary>
    public static IPAddress NewAddress() => new([10, (byte)Random.Shared.Next(256), (byte)Random.Shared.Next(256), (byte)Random.Shared.Next(1, 255)]);
}
