using System.Net;
using EhcpQa.Web.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Security;

/// <summary>
/// The security and access log records who did what, when and from where: refused and accepted sign-ins, reads of a
/// child's plan, refused pages, files handed out, sign-outs, and changes to accounts.
/// </summary>
public sealed class SecurityLogRecordsTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private static readonly IPAddress From = IPAddress.Parse("198.51.100.23");

    [Fact]
    public async Task AWrongPassword_ThenASignIn_AreRecordedAgainstTheAccount_WithTheAddress()
    {
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var client = app.ClientFrom(From);
        await SecondFactorJourney.GivePasswordAsync(client, email, "not the password at all");
        await SecondFactorJourney.GivePasswordAsync(client, email);

        var entries = await EntriesOfAsync(email);

        Assert.Contains(entries, e => e.Kind == SecurityEventKinds.SignInRefused && e.Detail == "wrong password" && e.Address == From.ToString());
        Assert.Contains(entries, e => e.Kind == SecurityEventKinds.SignedIn && e.Detail == "password" && e.Address == From.ToString());
    }

    [Fact]
    public async Task OpeningAChildsPlan_IsRecordedAsARead_AndAPageRefused_AsRefused()
    {
        var planId = await app.Plans.DraftAsync("EHC-LOG-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var otherCaseworker = await app.SignInAsync(DemoUsers.OtherCaseworker);

        Assert.Equal(HttpStatusCode.OK, (await caseworker.GetAsync($"/plans/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCaseworker.GetAsync("/admin/users")).StatusCode);

        Assert.Contains(await EntriesOfAsync(DemoUsers.Caseworker), e => e.Kind == SecurityEventKinds.Read && e.Subject == $"/plans/{planId}");
        Assert.Contains(await EntriesOfAsync(DemoUsers.OtherCaseworker), e => e.Kind == SecurityEventKinds.Refused && e.Subject == "/admin/users" && e.Detail == "GET");
    }

    [Fact]
    public async Task AListOfPlans_IsNotARead_ButAFileHandedOut_IsADownload()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var before = (await EntriesOfAsync(DemoUsers.QaLead)).Count(e => e.Kind == SecurityEventKinds.Read);

        Assert.Equal(HttpStatusCode.OK, (await qaLead.GetAsync("/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await qaLead.GetAsync("/dashboard/gradings.csv")).StatusCode);

        var entries = await EntriesOfAsync(DemoUsers.QaLead);
        Assert.Equal(before, entries.Count(e => e.Kind == SecurityEventKinds.Read));
        Assert.Contains(entries, e => e.Kind == SecurityEventKinds.Download && e.Subject == "/dashboard/gradings.csv");
    }

    [Fact]
    public async Task SigningOut_IsRecorded()
    {
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var client = app.ClientFrom(From);
        await SecondFactorJourney.GivePasswordAsync(client, email);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/account/sign-out", [], formPage: "/")).StatusCode);

        Assert.Contains(await EntriesOfAsync(email), e => e.Kind == SecurityEventKinds.SignedOut && e.Address == From.ToString());
    }

    [Fact]
    public async Task AnAdministratorsChangeToAnAccount_IsRecordedAgainstTheAdministrator_NamingTheAccount()
    {
        var email = await SecondFactorJourney.NewPersonAsync(app);
        await app.DisableAccountAsync(email);
        var id = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        Assert.Contains(await EntriesOfAsync(DemoUsers.Administrator),
            e => e.Kind == SecurityEventKinds.AccountChanged && e.Subject == $"account {id}" && e.Detail!.Contains("disabled", StringComparison.Ordinal));
    }

    private Task<List<SecurityEvent>> EntriesOfAsync(string email) => app.WithDatabaseAsync(db =>
        db.SecurityEvents.AsNoTracking().Where(e => e.UserId == db.Users.Single(u => u.Email == email).Id).OrderBy(e => e.Id).ToListAsync());
}
