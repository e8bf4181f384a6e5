using System.Net;
using System.Text.Json;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Tests.Gradings;

/// <summary>
/// As a grader answers a section's descriptors, the page's script asks which grade the answers suggest and
/// whether the grade chosen needs a reason; only the grader may ask, and no text written is sent.
/// </summary>
public sealed class LiveGradeSuggestionTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheSuggestion_FollowsTheAnswers_AndSaysWhenAReasonIsNeeded()
    {
        var (manager, gradingId) = await GradingStartedAsync("EHC-LIVE-1");
        var descriptors = (await manager.GetPageAsync($"/gradings/{gradingId}/sections/B"))
            .QuerySelectorAll("input[type=radio][name^='Form.Answers[']").Select(r => r.GetAttribute("name")!).Distinct().ToList();
        Assert.True(descriptors.Count > 1);

        var partly = await SuggestionAsync(manager, gradingId, $"{Uri.EscapeDataString(descriptors[0])}=Yes");
        Assert.StartsWith($"So far (1 of {descriptors.Count} answered) your answers suggest 2 Good.", partly.Text, StringComparison.Ordinal);

        var allYes = string.Join("&", descriptors.Select(d => $"{Uri.EscapeDataString(d)}=Yes"));
        var chosenBelow = await SuggestionAsync(manager, gradingId, $"{allYes}&Form.Grade=3");
        Assert.True(chosenBelow.ReasonNeeded);
        Assert.Contains("Your answers suggest 2 Good. You have chosen 3 Requires improvement: Explain why", chosenBelow.Text, StringComparison.Ordinal);

        var withReason = await SuggestionAsync(manager, gradingId, $"{allYes}&Form.Grade=3&Form.OverrideReason=given");
        Assert.False(withReason.ReasonNeeded);

        var oneNo = string.Join("&", descriptors.Select((d, i) => $"{Uri.EscapeDataString(d)}={(i == 0 ? "No" : "Yes")}"));
        var asSuggested = await SuggestionAsync(manager, gradingId, $"{oneNo}&Form.Grade=3");
        Assert.False(asSuggested.ReasonNeeded);
        Assert.Equal("Your answers suggest 3 Requires improvement. You have chosen 3 Requires improvement.", asSuggested.Text);
    }

    [Fact]
    public async Task SomeoneOtherThanTheGrader_IsRefused()
    {
        var (_, gradingId) = await GradingStartedAsync("EHC-LIVE-2");
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var refused = await qaLead.GetAsync($"/gradings/{gradingId}/sections/B/suggestion?Form.Grade=2");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task AnUnknownSection_AnswersNotFound()
    {
        var (manager, gradingId) = await GradingStartedAsync("EHC-LIVE-3");

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/gradings/{gradingId}/sections/Z9/suggestion")).StatusCode);
    }

    private async Task<(SignedInClient Manager, int GradingId)> GradingStartedAsync(string reference)
    {
        var planId = await app.Plans.DraftAsync(reference);
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        return (manager, await SignOffJourney.StartGradingAsync(manager, planId));
    }

    private static async Task<(string Text, bool ReasonNeeded)> SuggestionAsync(SignedInClient grader, int gradingId, string query)
    {
        var response = await grader.GetAsync($"/gradings/{gradingId}/sections/{SectionCode.B}/suggestion?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("text").GetString()!, json.RootElement.GetProperty("reasonNeeded").GetBoolean());
    }
}
