using System.Net;
using EhcpQa.Web.Tests.Frameworks;

namespace EhcpQa.Web.Tests.Support;

/// <summary>Grades drafts on a framework's own form through the real pages: the form brought in, published and chosen for sign-off, then each part answered.</summary>
public static class FormGradingJourney
{
    /// <summary>Imports an example form under a key of the test's own, publishes it and sets it for the purpose ("DraftSignOff", "Moderation"); answers its version id.</summary>
    public static async Task<string> UseAsync(SignedInClient qaLead, string example, string key, string purpose = "DraftSignOff")
    {
        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example(example, key));
        await FrameworkImports.PressAsync(qaLead, versionPage, "publish");
        var id = versionPage.Split('/').Last();
        var uses = await qaLead.GetPageAsync("/frameworks/uses");
        var fields = FormFields.Of(uses.QuerySelector("form[action='/frameworks/uses']")!)
            .Where(f => f.Key != "__RequestVerificationToken")
            .ToList()
            .With($"Choices.{purpose}", id);
        var response = await qaLead.PostFormAsync("/frameworks/uses", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return id;
    }

    /// <summary>
    /// Answers every part of the grading, in the order the pages lead: each item with the option <paramref name="choose"/>
    /// picks from its values (free-text items written), the grade where the grader chooses one (the first, the best,
    /// with a reason in case it differs from the suggestion), the overall rating where asked.
    /// </summary>
    public static async Task JudgeEveryPartAsync(SignedInClient grader, int gradingId, Func<string, IReadOnlyList<string>, string> choose)
    {
        var taskList = await grader.GetPageAsync($"/gradings/{gradingId}");
        var url = taskList.QuerySelector("a.govuk-task-list__link")?.GetAttribute("href")
            ?? throw new InvalidOperationException($"Grading {gradingId} has no part to start: {taskList.QuerySelector("main")?.TextContent}");
        for (var guard = 0; url.Contains("/parts/", StringComparison.Ordinal) && guard < 100; guard++)
        {
            var response = await JudgePartAsync(grader, url, choose);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                var error = (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")?.TextContent;
                throw new InvalidOperationException($"Saving {url} answered {(int)response.StatusCode}: {error}");
            }

            url = response.Headers.Location!.OriginalString;
        }
    }

    /// <summary>Answers one part's page as <see cref="JudgeEveryPartAsync"/> does and posts it.</summary>
    public static async Task<HttpResponseMessage> JudgePartAsync(SignedInClient grader, string url, Func<string, IReadOnlyList<string>, string> choose)
    {
        var page = await grader.GetPageAsync(url);
        var form = page.QuerySelector("main form[method=post]")!;
        var fields = FormFields.Of(form)
            .Where(f => !f.Key.StartsWith("Form.Answers[", StringComparison.Ordinal) && f.Key is not "Form.Grade" and not "Form.Rating")
            .ToList()
            .With("Form.Strengths", "Clear about what matters to the child.")
            .With("Form.AreasForImprovement", "Quantify the provision.")
            .With("Form.Rationale", "Weighed against the criteria.");
        if (form.QuerySelector("[name='Form.OverrideReason']") is not null)
        {
            fields = fields.With("Form.OverrideReason", "The grader weighed the plan as a whole.");
        }

        foreach (var group in form.QuerySelectorAll("input[type=radio]").GroupBy(r => r.GetAttribute("name")!))
        {
            var values = group.Select(r => r.GetAttribute("value")!).ToList();
            fields.Add(new(group.Key, group.Key == "Form.Grade" ? values[0] : choose(group.Key, values)));
        }

        foreach (var text in form.QuerySelectorAll("textarea[name^='Form.Answers[']"))
        {
            fields = fields.With(text.GetAttribute("name")!, "Written in the family's words.");
        }

        return await grader.PostAsync(url, fields);
    }

    /// <summary>The first option of every item: the best answer on forms that list the best first.</summary>
    public static string First(string field, IReadOnlyList<string> values) => values[0];

    /// <summary>The option with the most points on scales listed from the lowest.</summary>
    public static string Last(string field, IReadOnlyList<string> values) => values[^1];
}
