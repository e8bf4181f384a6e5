using System.Net;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>QA leads and administrators import the register; nobody else reaches its pages.</summary>
public sealed class WhoImportsTheRegisterTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Theory]
    [InlineData(DemoUsers.QaLead, HttpStatusCode.OK)]
    [InlineData(DemoUsers.Administrator, HttpStatusCode.OK)]
    [InlineData(DemoUsers.Caseworker, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.LocalityManager, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.PanelMember, HttpStatusCode.Forbidden)]
    [InlineData(DemoUsers.BoardMember, HttpStatusCode.Forbidden)]
    public async Task TheImportPage_IsOpenOnlyToQaLeadsAndAdministrators(string email, HttpStatusCode expected)
    {
        var client = await app.SignInAsync(email);

        Assert.Equal(expected, (await client.GetAsync("/plans/import")).StatusCode);
    }

    [Fact]
    public async Task AnUploadOfAQaLead_CannotBeImportedByACaseworker()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var preview = await RegisterUploads.UploadAndChooseOfferedColumnsAsync(
            qaLead, RegisterUploads.Csv(RegisterUploads.Headings, RegisterUploads.Row("WHO-1")));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync(preview)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.PostAsync(preview, [])).StatusCode);
    }

    [Theory]
    [InlineData(DemoUsers.QaLead, "/plans")]
    [InlineData(DemoUsers.Administrator, "/")]
    public async Task TheImportPage_LeadsBackToAPageThePersonCanOpen(string email, string back)
    {
        var client = await app.SignInAsync(email);

        var page = await client.GetPageAsync("/plans/import");

        Assert.Equal(back, page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(back)).StatusCode);
    }
}
