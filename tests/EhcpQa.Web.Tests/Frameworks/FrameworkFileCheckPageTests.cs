using System.Net;
using System.Text;
using System.Text.Json;
using EhcpQa.Web.Features.Frameworks;

namespace EhcpQa.Web.Tests.Frameworks;

/// <summary>A QA lead checks a framework file on its page: every problem with its place, or the form it describes.</summary>
public sealed class FrameworkFileCheckPageTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AGoodFile_ShowsTheFormItDescribes_WithItsPoints()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await SignedInClient.ParseAsync(await CheckAsync(qaLead, await File.ReadAllBytesAsync(FrameworkExamples.PathOf("marks-form.json")!), "marks-form.json"));

        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        Assert.Contains("The file has no problems", page.QuerySelector(".govuk-panel")!.TextContent, StringComparison.Ordinal);
        var text = page.Body!.TextContent;
        Assert.Contains("Part 2 Statutory minimum", text, StringComparison.Ordinal);
        Assert.Contains("An item answered N/A earns its full points", text, StringComparison.Ordinal);
        Assert.Contains("None: the form gives points only", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWithProblems_ListsEachWithItsPlace_InTheErrorSummaryAndTheTable()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var file = JsonDocument.Parse(await File.ReadAllBytesAsync(FrameworkExamples.PathOf("points-form.json")!)).RootElement.GetRawText()
            .Replace("\"answers\": \"compliance\"", "\"answers\": \"stars\"", StringComparison.Ordinal);
        var broken = Encoding.UTF8.GetBytes(file.Replace("\"format\": 2", "\"format\": 2, \"colour\": \"red\"", StringComparison.Ordinal));

        var response = await CheckAsync(qaLead, broken, "points-form.json");
        var page = await SignedInClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("problem", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Upload_File-error"));
        var places = page.QuerySelectorAll("table code").Select(c => c.TextContent).ToList();
        Assert.Contains("colour", places);
        Assert.Null(page.QuerySelector(".govuk-panel"));
    }

    [Fact]
    public async Task NoFileChosen_AsksForOne()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/frameworks/check");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await qaLead.PostAsync("/frameworks/check", [new("__RequestVerificationToken", token)]);

        Assert.Contains("Select a framework file", (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheShippedVersion_Downloads_AsAFileThatChecksWithoutAProblem()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var list = await qaLead.GetPageAsync("/frameworks");
        var framework = await qaLead.GetPageAsync(list.QuerySelector(".govuk-summary-list a")!.GetAttribute("href")!);
        var link = framework.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h is not null && h.EndsWith("/file", StringComparison.Ordinal))!;

        var download = await qaLead.GetAsync(link);
        var bytes = await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".json", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var checkedPage = await SignedInClient.ParseAsync(await CheckAsync(qaLead, bytes, "shipped.json"));
        Assert.NotNull(checkedPage.QuerySelector(".govuk-panel"));
        Assert.Contains("Section B", checkedPage.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExample_Downloads_AndANameThatIsNotAnExample_IsNotFound()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var example = await qaLead.GetAsync("/frameworks/examples/advice-form.json");
        var unknown = await qaLead.GetAsync("/frameworks/examples/..%2Fframework.schema.json");

        Assert.Equal(HttpStatusCode.OK, example.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker)]
    [InlineData(DemoUsers.PanelMember)]
    [InlineData(DemoUsers.BoardMember)]
    public async Task OnlyQaLeads_WorkWithFrameworkFiles(string email)
    {
        var user = await app.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/frameworks/check")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/frameworks/examples/advice-form.json")).StatusCode);
    }

    private static Task<HttpResponseMessage> CheckAsync(SignedInClient client, byte[] bytes, string fileName) =>
        client.PostFileAsync("/frameworks/check", "/frameworks/check", "Upload.File", bytes, fileName, "application/json");
}
