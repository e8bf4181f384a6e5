using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Users;

public sealed class ManageUsersTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Create_ThenSignInAsTheNewUser_Works()
    {
        var admin = await app.SignInAsync(DemoUsers.Administrator);
        var healthAgency = "Health";

        var response = await admin.PostFormAsync("/admin/users/new", new List<KeyValuePair<string, string>>
        {
            new("Form.DisplayName", "Nadia Khan"),
            new("Form.Email", "nadia.khan@ehcpqa.test"),
            new("Form.Roles", "PanelMember"),
            new("Form.Agency", healthAgency),
            new("Form.LocalityId", string.Empty),
            new("Form.Password", "heron over the quiet canal lock"),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var client = new SignedInClient(app.CreateClient());
        var signIn = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = "nadia.khan@ehcpqa.test",
            ["Password"] = "heron over the quiet canal lock",
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/plans")).StatusCode);
    }

    [Fact]
    public async Task Create_WhenCaseworkerHasNoLocalityAndPasswordIsWeak_ShowsErrorsAndKeepsInput()
    {
        var admin = await app.SignInAsync(DemoUsers.Administrator);

        var response = await admin.PostFormAsync("/admin/users/new", new List<KeyValuePair<string, string>>
        {
            new("Form.DisplayName", "Lee Grant"),
            new("Form.Email", "not-an-email"),
            new("Form.Roles", "Caseworker"),
            new("Form.Agency", "SendTeam"),
            new("Form.LocalityId", string.Empty),
            new("Form.Password", "short"),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter an email address in the correct format", summary, StringComparison.Ordinal);
        Assert.Contains("Select the locality", summary, StringComparison.Ordinal);
        Assert.Equal("Lee Grant", page.QuerySelector("input[name='Form.DisplayName']")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name='Form.Roles'][value='Caseworker'][checked]"));
    }

    [Fact]
    public async Task Disable_StopsThePersonSigningIn()
    {
        var admin = await app.SignInAsync(DemoUsers.Administrator);
        var boardId = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.BoardMember).Select(u => u.Id).SingleAsync());
        var fields = FormFields.Of(await admin.GetPageAsync($"/admin/users/{boardId}/edit")).With("Form.Disabled", "true");

        var response = await admin.PostAsync($"/admin/users/{boardId}/edit", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var client = new SignedInClient(app.CreateClient());
        var signIn = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = DemoUsers.BoardMember,
            ["Password"] = DemoData.Password,
        });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Enter a correct email address and password", (await SignedInClient.ParseAsync(signIn)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(signIn.Headers.Location);
    }

    [Fact]
    public async Task Edit_OwnAccountToRemoveAdministratorRole_IsRefused()
    {
        var admin = await app.SignInAsync(DemoUsers.Administrator);
        var adminId = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.Administrator).Select(u => u.Id).SingleAsync());
        var fields = FormFields.Of(await admin.GetPageAsync($"/admin/users/{adminId}/edit"))
            .Where(f => f.Key != "Form.Roles").ToList().With("Form.Roles", "BoardMember");

        var response = await admin.PostAsync($"/admin/users/{adminId}/edit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot disable your own account", (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }
}
