using System.Net;

namespace EhcpQa.Web.Tests.Learning;

/// <summary>A QA lead adds rows to the session's summary of learning (area, feedback, learning, learning from tribunals) and removes them.</summary>
public sealed class RecordLearningTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Post_AddsTheRow_AndRemovingItTakesItAway()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/panels/{sessionId}/learning";

        var added = await qaLead.PostFormAsync($"{url}/summary",
            [new("Summary.Area", "Preparation for adulthood"), new("Summary.Feedback", ""), new("Summary.Learning", "Start PfA outcomes in Year 9"), new("Summary.FromTribunals", "Tribunals expect PfA outcomes")], formPage: url);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var row = Assert.Single((await qaLead.GetPageAsync(url)).QuerySelectorAll("table").Single(t => t.TextContent.Contains("Learning from tribunals", StringComparison.Ordinal)).QuerySelectorAll("tbody tr"));
        Assert.Equal(["Preparation for adulthood", "–", "Start PfA outcomes in Year 9", "Tribunals expect PfA outcomes"],
            row.QuerySelectorAll("th, td").Take(4).Select(c => c.TextContent.Trim()));
        var entry = Assert.Single((await LearningSessions.SessionAsync(app, sessionId)).Learning);
        Assert.Null(entry.Feedback);

        var removed = await qaLead.PostFormAsync($"{url}/summary/{entry.Id}/remove", [], formPage: url);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await LearningSessions.SessionAsync(app, sessionId)).Learning);
    }

    [Fact]
    public async Task Post_WithOnlyAnArea_AsksForOneOfTheOtherThree_AndKeepsTheArea()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/panels/{sessionId}/learning";

        var response = await qaLead.PostFormAsync($"{url}/summary", [new("Summary.Area", "Section K: advice"), new("Summary.Feedback", " ")], formPage: url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("Enter the feedback, the learning or the learning from tribunals", LearningSessions.ErrorSummary(page), StringComparison.Ordinal);
        Assert.Equal("#Summary_Feedback", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("Section K: advice", page.QuerySelector("input[name='Summary.Area']")!.GetAttribute("value"));
        Assert.Empty((await LearningSessions.SessionAsync(app, sessionId)).Learning);
    }

    [Fact]
    public async Task Post_WithoutAnArea_AsksForIt()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/panels/{sessionId}/learning";

        var response = await qaLead.PostFormAsync($"{url}/summary", [new("Summary.Feedback", "Name the setting in Section I")], formPage: url);

        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("Enter the area the learning is about", LearningSessions.ErrorSummary(page), StringComparison.Ordinal);
        Assert.Contains("Name the setting in Section I", page.QuerySelector("textarea[name='Summary.Feedback']")!.TextContent, StringComparison.Ordinal);
    }
}
