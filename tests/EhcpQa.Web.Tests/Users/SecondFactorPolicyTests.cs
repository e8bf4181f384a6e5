using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Users;

/// <summary>
/// An administrator sets which roles must use a second factor, on a page that keeps every setting with who and
/// when; someone whose roles are all exempt signs in with a password alone; the page is the administrator's.
/// </summary>
public sealed class SecondFactorPolicyTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ARoleTheAdministratorTicks_MustSetUpAnApp_AndOneLeftUnticked_SignsInWithAPassword()
    {
        var admin = await app.SignInAsync(DemoUsers.Administrator);
        var page = await admin.GetPageAsync("/admin/second-factor");
        var fields = FormFields.Of(page).Where(f => f.Key != "Policy.RolesRequired").Append(new("Policy.RolesRequired", Domain.Staff.StaffRole.QaLead)).ToList();

        var saved = await admin.PostAsync("/admin/second-factor", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var history = await admin.GetPageAsync("/admin/second-factor");
        var latest = history.QuerySelector("table tbody tr")!.TextContent;
        Assert.Contains("QA lead", latest, StringComparison.Ordinal);
        Assert.Contains("Dana Admin", latest, StringComparison.Ordinal);
        Assert.Equal([Domain.Staff.StaffRole.QaLead], history.QuerySelectorAll("input[name='Policy.RolesRequired'][checked]").Select(i => i.GetAttribute("value")));

        var qaLead = await SecondFactorJourney.NewPersonAsync(app, Domain.Staff.StaffRole.QaLead);
        var board = await SecondFactorJourney.NewPersonAsync(app, Domain.Staff.StaffRole.BoardMember);
        var asQaLead = app.ClientFrom(SecondFactorJourney.NewAddress());
        await SecondFactorJourney.GivePasswordAsync(asQaLead, qaLead);
        Assert.Equal("/account/two-factor/set-up", (await asQaLead.GetAsync("/")).Headers.Location?.OriginalString);
        var asBoard = app.ClientFrom(SecondFactorJourney.NewAddress());
        await SecondFactorJourney.GivePasswordAsync(asBoard, board);
        Assert.Equal(HttpStatusCode.OK, (await asBoard.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task ASettingMadeOverSomeoneElsesNewerOne_IsRefused_AndNothingIsSaved()
    {
        var admin = await app.SignInAsync(DemoUsers.Administrator);
        var stale = FormFields.Of(await admin.GetPageAsync("/admin/second-factor"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/admin/second-factor", stale)).StatusCode);
        var count = await app.WithDatabaseAsync(db => db.SecondFactorPolicyChanges.CountAsync());

        var refused = await admin.PostAsync("/admin/second-factor", stale);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Someone else changed the second-factor policy", (await SignedInClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, await app.WithDatabaseAsync(db => db.SecondFactorPolicyChanges.CountAsync()));
    }

    [Theory]
    [InlineData(DemoUsers.QaLead)]
    [InlineData(DemoUsers.Caseworker)]
    public async Task OnlyAnAdministrator_SeesOrSetsThePolicy(string email)
    {
        var someone = await app.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync("/admin/second-factor")).StatusCode);
    }
}
