using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.SingleSignOn;

/// <summary>
/// An authority that turns local accounts off: nobody signs in with a password of the service, the password pages
/// are closed, the first administrator signs in with their organisation's account, and an administrator adds
/// colleagues by their organisation account's object id, with no password to give them.
/// </summary>
public sealed class OnlyOrganisationAccountsSignInTests(OrganisationAccountsOnly service) : IClassFixture<OrganisationAccountsOnly>
{
    private static readonly ProviderPerson Administrator = new("sub-admin", "oid-admin", "Ira Administrator", OrganisationAccountsOnly.AdministratorEmail);

    [Fact]
    public async Task TheSignInPage_OffersOnlyTheOrganisationAccount_AndAPostedPasswordIsNeverChecked()
    {
        var client = service.NewClient();
        var page = await client.GetPageAsync("/account/sign-in");
        Assert.Null(page.QuerySelector("input[name=Password]"));
        Assert.Equal($"Sign in with {ServiceWithSingleSignOn.AccountName}", page.QuerySelector("main a.govuk-button")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("main form"));


        // A password posted with a good antiforgery token (from a signed-in page) is never checked.
        var admin = service.NewClient();
        await service.SignInAsync(admin, Administrator);
        var posted = await admin.PostFormAsync("/account/sign-in", [new("Email", OrganisationAccountsOnly.AdministratorEmail), new("Password", "anything at all 12")], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/account", posted.Headers.Location!.OriginalString);
        Assert.False(await service.Host.WithDatabaseAsync(db => db.SecurityEvents.AnyAsync(e => e.Detail == "wrong password")));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task TheFirstAdministrator_AddsAColleagueByObjectId_WhoSignsInWithNoPasswordToChoose()
    {
        var admin = service.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await service.SignInAsync(admin, Administrator)).StatusCode);
        var form = await admin.GetPageAsync("/admin/users/new");
        Assert.Null(form.QuerySelector("input[name='Form.Password']"));
        Assert.NotNull(form.QuerySelector("input[name='Form.OrganisationAccountId']"));

        var created = await admin.PostFormAsync("/admin/users/new",
        [
            new("Form.DisplayName", "Cal Caseworker"),
            new("Form.Email", "cal.caseworker@council.example"),
            new("Form.Roles", Domain.Staff.StaffRole.QaLead),
            new("Form.Agency", nameof(Domain.Staff.Agency.SendTeam)),
            new("Form.OrganisationAccountId", "7f0c2a9e-0d5b-4c1e-9a57-1d2e3f4a5b6c"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.False(await service.Host.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == "cal.caseworker@council.example" && u.PasswordHash != null)));

        // The provider knows the colleague by another address: the object id the administrator entered finds them.
        var colleague = service.NewClient();
        var signedIn = await service.SignInAsync(colleague, new ProviderPerson("sub-cal", "7f0c2a9e-0d5b-4c1e-9a57-1d2e3f4a5b6c", "Cal", "c.caseworker@council.example"));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/samples")).StatusCode);

        var account = await colleague.GetPageAsync("/account");
        Assert.DoesNotContain("Password", account.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/account", (await colleague.GetAsync("/account/password")).Headers.Location!.OriginalString);
        Assert.Equal("/account", (await colleague.GetAsync("/account/two-factor/set-up")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnObjectIdLinkedToAnotherAccount_IsRefusedOnTheForm_WithWhatWasTypedKept()
    {
        var admin = service.NewClient();
        await service.SignInAsync(admin, Administrator);
        var adminId = await service.Host.WithDatabaseAsync(db => db.Users.Where(u => u.Email == OrganisationAccountsOnly.AdministratorEmail).Select(u => u.Id).SingleAsync());

        var refused = await admin.PostFormAsync("/admin/users/new",
        [
            new("Form.DisplayName", "Dee Duplicate"),
            new("Form.Email", "dee.duplicate@council.example"),
            new("Form.Roles", Domain.Staff.StaffRole.BoardMember),
            new("Form.Agency", nameof(Domain.Staff.Agency.SendTeam)),
            new("Form.OrganisationAccountId", Administrator.ObjectId!),
        ]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await SignedInClient.ParseAsync(refused);
        Assert.Contains("This organisation account ID is linked to another account already", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("dee.duplicate@council.example", page.QuerySelector("input[name='Form.Email']")!.GetAttribute("value"));
        Assert.Equal(Administrator.ObjectId, page.QuerySelector("input[name='Form.OrganisationAccountId']")!.GetAttribute("value"));
        Assert.Equal([adminId], await service.Host.WithDatabaseAsync(db => db.UserLogins.Where(l => l.ProviderKey == Administrator.ObjectId).Select(l => l.UserId).ToListAsync()));
    }
}
