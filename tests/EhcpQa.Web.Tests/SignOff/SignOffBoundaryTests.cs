using System.Net;

namespace EhcpQa.Web.Tests.SignOff;

/// <summary>Who may reach the sign-off pages of a North plan, its grading and its feedback.</summary>
public sealed class SignOffBoundaryTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>, IAsyncLifetime
{
    private readonly SignOffJourney _journey = new(app);
    private int _planId;
    private int _gradingId;

    public async ValueTask InitializeAsync() => (_planId, _gradingId) = await app.SharedAsync("draft being graded", async () =>
    {
        var planId = await app.Plans.DraftAsync("EHC-SOB-1");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        return (planId, await SignOffJourney.StartGradingAsync(await app.SignInAsync(DemoUsers.LocalityManager), planId));
    });

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData(DemoUsers.OtherLocalityManager, "/sign-off/{plan}")]
    [InlineData(DemoUsers.OtherLocalityManager, "/gradings/{grading}")]
    [InlineData(DemoUsers.OtherLocalityManager, "/gradings/{grading}/sections/B")]
    [InlineData(DemoUsers.Caseworker, "/sign-off")]
    [InlineData(DemoUsers.Caseworker, "/sign-off/{plan}")]
    [InlineData(DemoUsers.Caseworker, "/gradings/{grading}")]
    [InlineData(DemoUsers.OtherCaseworker, "/plans/{plan}/versions/1/feedback")]
    [InlineData(DemoUsers.PanelMember, "/sign-off")]
    [InlineData(DemoUsers.PanelMember, "/gradings/{grading}")]
    [InlineData(DemoUsers.PanelMember, "/plans/{plan}/versions/1/feedback")]
    [InlineData(DemoUsers.BoardMember, "/sign-off")]
    [InlineData(DemoUsers.BoardMember, "/sign-off/{plan}")]
    [InlineData(DemoUsers.BoardMember, "/plans/{plan}/versions/1/feedback.pdf")]
    [InlineData(DemoUsers.QaLead, "/gradings/{grading}/sections/B")]
    public async Task Get_OutsideTheirPart_IsForbidden(string email, string route)
    {
        var client = await app.SignInAsync(email);

        var response = await client.GetAsync(route.Replace("{plan}", _planId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{grading}", _gradingId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_SectionOfAnotherPersonsGrading_IsForbiddenAndChangesNothing()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.PostFormAsync($"/gradings/{_gradingId}/sections/B", [new("Form.Grade", "1")], formPage: "/sign-off");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var page = await manager.GetPageAsync($"/gradings/{_gradingId}");
        Assert.Contains("Not yet graded", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_ShowsTheDraftToItsLocalityManagerOnly()
    {
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var other = await app.SignInAsync(DemoUsers.OtherLocalityManager);

        var mine = await manager.GetPageAsync("/sign-off");
        var theirs = await other.GetPageAsync("/sign-off");

        Assert.NotNull(mine.QuerySelector($"a[href='/sign-off/{_planId}']"));
        Assert.Null(theirs.QuerySelector($"a[href='/sign-off/{_planId}']"));
    }
}
