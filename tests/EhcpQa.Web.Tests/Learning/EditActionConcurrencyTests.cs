using System.Net;

namespace EhcpQa.Web.Tests.Learning;

/// <summary>Two people changing the same action: the second save is refused and keeps what they typed.</summary>
public sealed class EditActionConcurrencyTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Post_WhenTheActionChangedSinceTheFormOpened_RefusesAndKeepsInput()
    {
        var sessionId = await LearningSessions.CreateAsync(app);
        var actionId = await LearningSessions.RaiseActionAsync(app, sessionId, "Review Section E outcomes", new DateOnly(2026, 12, 31));
        var url = $"/actions/{actionId}";
        var first = await app.SignInAsync(DemoUsers.QaLead);
        var second = await app.SignInAsync(DemoUsers.QaLead);
        var firstFields = FormFields.Of(LearningSessions.EditForm(await first.GetPageAsync(url)));
        var secondFields = FormFields.Of(LearningSessions.EditForm(await second.GetPageAsync(url)));

        var firstSave = await first.PostAsync(url, firstFields.With("Form.Owner", "Sam Lee"));
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        var secondSave = await second.PostAsync(url, secondFields.With("Form.Owner", "Priya Shah"));

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var page = await SignedInClient.ParseAsync(secondSave);
        Assert.Contains("Someone else changed this action", LearningSessions.ErrorSummary(page), StringComparison.Ordinal);
        Assert.Equal("Priya Shah", page.QuerySelector("input[name='Form.Owner']")!.GetAttribute("value"));
        Assert.Equal("Sam Lee", (await LearningSessions.ActionAsync(app, actionId)).Owner);

        // Saving again, now knowingly over the other change, goes through.
        var third = await second.PostAsync(url, FormFields.Of(LearningSessions.EditForm(page)));
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        Assert.Equal("Priya Shah", (await LearningSessions.ActionAsync(app, actionId)).Owner);
    }
}
