using System.Net;
using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.SignOff;

public sealed class GradeSectionTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private readonly SignOffJourney _journey = new(app);

    [Fact]
    public async Task Post_WhenAnswersMissingAndGradeDiffersWithoutReason_ShowsErrorsAndKeepsInput()
    {
        var planId = await app.Plans.DraftAsync("EHC-GS-1");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);
        var url = $"/gradings/{gradingId}/sections/J";
        var page = await manager.GetPageAsync(url);
        var radios = page.QuerySelectorAll("input[type=radio][name^='Form.Answers[']").Select(r => r.GetAttribute("name")!).Distinct().ToList();
        Assert.Equal(3, radios.Count);

        var fields = FormFields.Of(page).Where(f => !f.Key.StartsWith("Form.Answers[", StringComparison.Ordinal)).ToList()
            .With("Form.Grade", "1")
            .With("Form.Strengths", "Clear statement that no personal budget was requested.");
        fields.Add(new(radios[0], "NotApplicable"));
        fields.Add(new(radios[1], "Yes"));

        var response = await manager.PostAsync(url, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await SignedInClient.ParseAsync(response);
        var summary = result.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Descriptor 1 applies to every plan: answer yes or no", summary, StringComparison.Ordinal);
        Assert.Contains("Answer descriptor 3", summary, StringComparison.Ordinal);
        Assert.Equal("Clear statement that no personal budget was requested.", result.QuerySelector("textarea[name='Form.Strengths']")!.TextContent.Trim());
        Assert.NotNull(result.QuerySelector("input[name='Form.Grade'][value='1'][checked]"));
        Assert.NotNull(result.QuerySelector($"input[name='{radios[1]}'][value='Yes'][checked]"));
        foreach (var link in result.QuerySelectorAll(".govuk-error-summary a"))
        {
            Assert.NotNull(result.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
        }

        // All answered, but Outstanding while the descriptors suggest Good: a reason is needed.
        fields = fields.Where(f => !f.Key.StartsWith("Form.Answers[", StringComparison.Ordinal)).ToList();
        fields.AddRange(radios.Select(r => new KeyValuePair<string, string>(r, "Yes")));
        var noReason = await manager.PostAsync(url, fields.With("Form.ConcurrencyToken", result.QuerySelector("input[name='Form.ConcurrencyToken']")!.GetAttribute("value")!));
        Assert.Contains("Explain why you have graded outstanding when the descriptors suggest good",
            (await SignedInClient.ParseAsync(noReason)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var withReason = await manager.PostAsync(url, fields
            .With("Form.ConcurrencyToken", result.QuerySelector("input[name='Form.ConcurrencyToken']")!.GetAttribute("value")!)
            .With("Form.OverrideReason", "Exceptionally clear, with the arrangements for direct payments set out."));
        Assert.Equal(HttpStatusCode.Redirect, withReason.StatusCode);

        var judgement = await app.WithDatabaseAsync(async db => (await db.Gradings.SingleAsync(g => g.Id == gradingId)).Judgement(SectionCode.J)!);
        Assert.Equal(1, judgement.Grade.Value);
        Assert.Equal(2, judgement.SuggestedGrade.Value);
        Assert.Equal("Exceptionally clear, with the arrangements for direct payments set out.", judgement.OverrideReason);
    }

    [Fact]
    public async Task Post_SameSectionFromTwoWindows_SecondSaveIsRefusedAndKeepsItsInput()
    {
        var planId = await app.Plans.DraftAsync("EHC-GS-2");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);
        var url = $"/gradings/{gradingId}/sections/B";
        var page = await manager.GetPageAsync(url);
        var radios = page.QuerySelectorAll("input[type=radio][name^='Form.Answers[']").Select(r => r.GetAttribute("name")!).Distinct().ToList();
        List<KeyValuePair<string, string>> Fields(string strengths) => FormFields.Of(page)
            .Where(f => !f.Key.StartsWith("Form.Answers[", StringComparison.Ordinal)).ToList()
            .With("Form.Grade", "2").With("Form.Strengths", strengths)
            .Concat(radios.Select(r => new KeyValuePair<string, string>(r, "Yes"))).ToList();

        var first = await manager.PostAsync(url, Fields("Written in the first window"));
        var second = await manager.PostAsync(url, Fields("Written in the second window"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var result = await SignedInClient.ParseAsync(second);
        Assert.Contains("has not been saved", result.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Written in the second window", result.QuerySelector("textarea[name='Form.Strengths']")!.TextContent.Trim());
        var saved = await app.WithDatabaseAsync(async db => (await db.Gradings.SingleAsync(g => g.Id == gradingId)).Judgement(SectionCode.B)!.Strengths);
        Assert.Equal("Written in the first window", saved);
    }

    [Fact]
    public async Task Get_OverallBeforeTheSections_IsNotOfferedAndPostIsRefused()
    {
        var planId = await app.Plans.DraftAsync("EHC-GS-3");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);

        var tasks = await manager.GetPageAsync($"/gradings/{gradingId}");
        var response = await SignOffJourney.GradeSectionAsync(manager, gradingId, SectionCode.Overall, 2);

        Assert.Null(tasks.QuerySelector($"a[href='/gradings/{gradingId}/sections/Overall']"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Grade every section before the plan overall", (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }
}
