namespace EhcpQa.Web.Tests.Frameworks;

public sealed class FrameworkPageTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheVersionInUseForSignOff_ShowsTheSeededFrameworkWithEverySectionAndTheGradeScale()
    {
        var client = await app.SignInAsync(DemoUsers.PanelMember);

        var list = await client.GetPageAsync("/frameworks");
        var page = await client.GetPageAsync(list.QuerySelector(".govuk-summary-list a")!.GetAttribute("href")!);

        Assert.Contains("Wirral and Shropshire", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        foreach (var code in new[] { "A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K", "Overall" })
        {
            Assert.NotNull(page.GetElementById($"section-{code}"));
        }

        var text = page.Body!.TextContent;
        Assert.Contains("1 Outstanding", text, StringComparison.Ordinal);
        Assert.Contains("4 Inadequate", text, StringComparison.Ordinal);
        Assert.Contains("This section must not contain provision.", text, StringComparison.Ordinal);
        Assert.Contains("Yes, No or N/A (if applicable)", text, StringComparison.Ordinal);
        Assert.Equal(5, page.QuerySelectorAll("#standards + ol li").Length);
    }
}
