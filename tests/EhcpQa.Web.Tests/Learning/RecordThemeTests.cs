using System.Net;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Web.Tests.Learning;

/// <summary>A QA lead records a session's strengths and areas for improvement against plan sections and agencies; the page groups them by section.</summary>
public sealed class RecordThemeTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Post_RecordsTheTheme_AndThePageListsThemesBySectionInPlanOrder()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/panels/{sessionId}/learning";

        var first = await qaLead.PostFormAsync($"{url}/themes",
            [new("Theme.Kind", "AreaForImprovement"), new("Theme.Section", "F"), new("Theme.RaisedBy", "EducationSetting"), new("Theme.Text", "Provision says 'access to' without hours")], formPage: url);
        var second = await qaLead.PostFormAsync($"{url}/themes",
            [new("Theme.Kind", "Strength"), new("Theme.Section", "A"), new("Theme.RaisedBy", "ParentCarerForum"), new("Theme.Text", "The young person's voice comes through")], formPage: url);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(url, first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var page = await qaLead.GetPageAsync(url);
        Assert.Contains("The theme has been recorded", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var headings = page.QuerySelectorAll("#themes ~ h3").Select(h => h.TextContent).Where(t => t.StartsWith("Section", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Section A: Views, interests and aspirations, and journey so far", "Section F: Special educational provision"], headings);
        var rows = page.QuerySelectorAll("table").First(t => t.TextContent.Contains("access to", StringComparison.Ordinal)).QuerySelectorAll("tbody tr");
        var row = Assert.Single(rows);
        Assert.Contains("Area for improvement", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Education setting", row.TextContent, StringComparison.Ordinal);

        var theme = (await LearningSessions.SessionAsync(app, sessionId)).Themes.Single(t => t.Section == SectionCode.F);
        Assert.Equal((ThemeKind.AreaForImprovement, Agency.EducationSetting), (theme.Kind, theme.RaisedBy));
        Assert.Equal(FixedClock.Default, theme.RecordedAt);
        Assert.False(string.IsNullOrEmpty(theme.RecordedById));
    }

    [Fact]
    public async Task Post_WithoutKindOrText_ShowsTheErrorSummary_AndKeepsWhatWasTyped()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = $"/panels/{sessionId}/learning";

        var response = await qaLead.PostFormAsync($"{url}/themes",
            [new("Theme.Section", "E"), new("Theme.RaisedBy", "Health"), new("Theme.Text", "  ")], formPage: url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var summary = LearningSessions.ErrorSummary(page);
        Assert.Contains("Select whether this is a strength or an area for improvement", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the theme", summary, StringComparison.Ordinal);
        Assert.Equal("#Theme_Kind", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("E", page.QuerySelector("select[name='Theme.Section'] option[selected]")!.GetAttribute("value"));
        Assert.Equal("Health", page.QuerySelector("select[name='Theme.RaisedBy'] option[selected]")!.GetAttribute("value"));
        Assert.Empty((await LearningSessions.SessionAsync(app, sessionId)).Themes);
    }

    [Fact]
    public async Task Get_ForASessionThatDoesNotExist_IsNotFound()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        Assert.Equal(HttpStatusCode.NotFound, (await qaLead.GetAsync("/panels/999999/learning")).StatusCode);
    }
}
