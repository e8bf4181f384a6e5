using System.Net;

namespace EhcpQa.Web.Tests.Security;

public sealed class ErrorPageTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Get_UnknownPage_ShowsFriendlyNotFoundPage()
    {
        var client = await app.SignInAsync(DemoUsers.QaLead);

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("Page not found", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ForbiddenPage_ExplainsInsteadOfShowingABlankPage()
    {
        var client = await app.SignInAsync(DemoUsers.BoardMember);

        var response = await client.GetAsync("/plans");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("permission", page.QuerySelector("h1")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_MalformedFilter_IsNotAServerError()
    {
        var client = await app.SignInAsync(DemoUsers.QaLead);

        var response = await client.GetAsync("/plans?stage=Nonsense&page=-4&phase=99&need=area:Nope&locality=abc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
