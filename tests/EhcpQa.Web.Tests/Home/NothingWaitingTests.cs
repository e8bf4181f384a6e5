using static EhcpQa.Web.Tests.Home.WorkLists;

namespace EhcpQa.Web.Tests.Home;

/// <summary>When nothing waits for a person the home page says so plainly; roles without work lists keep the links to what they use.</summary>
public sealed class NothingWaitingTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task APanelMemberWithNothingAssigned_IsToldNothingIsWaiting()
    {
        var panel = await app.SignInAsync("panel-social@ehcpqa.test");

        var home = await HomeAsync(panel);

        Assert.Equal("Nothing is waiting for you.", home.QuerySelector("#nothing-waiting")?.TextContent.Trim());
        Assert.Empty(home.QuerySelectorAll("main .govuk-task-list"));
        Assert.NotNull(home.QuerySelector("main a[href='/moderation']"));
    }

    [Theory]
    [InlineData(DemoUsers.BoardMember, new[] { "/dashboard", "/reports", "/frameworks", "/account/password" })]
    [InlineData(DemoUsers.Administrator, new[] { "/admin/users", "/frameworks", "/account/password" })]
    public async Task ABoardMemberOrAdministrator_KeepsTheLinksToWhatTheyUse(string email, string[] links)
    {
        var client = await app.SignInAsync(email);

        var home = await HomeAsync(client);

        Assert.Null(home.QuerySelector("#nothing-waiting"));
        Assert.Empty(home.QuerySelectorAll("main .govuk-task-list"));
        Assert.All(links, href => Assert.NotNull(home.QuerySelector($"main a[href='{href}']")));
        Assert.Null(home.QuerySelector("main a[href='/plans']"));
    }

    [Fact]
    public async Task ACaseworker_KeepsTheFrameworkAndPasswordLinks_BelowTheWork()
    {
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var home = await HomeAsync(caseworker);

        var main = home.QuerySelector("main")!.InnerHtml;
        Assert.True(main.IndexOf("govuk-task-list", StringComparison.Ordinal) < main.IndexOf("href=\"/frameworks\"", StringComparison.Ordinal));
        Assert.NotNull(home.QuerySelector("main a[href='/account/password']"));
    }
}
