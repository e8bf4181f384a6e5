using System.Net;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>Issued plans and survey links made through the pages, as staff make them, for the survey tests.</summary>
internal static class SurveyLinksMade
{
    /// <summary>A plan issued on 2 November 2026 at Good (its child born on <paramref name="bornOn"/>, by default aged 9).</summary>
    public static Task<int> IssuedPlanAsync(EhcpQaApp app, string reference, DateOnly? bornOn = null, string caseworker = DemoUsers.Caseworker) =>
        app.Plans.IssuedAsync(reference, new DateOnly(2026, 11, 2), Grade.Good, caseworker, bornOn: bornOn);

    /// <summary>Makes a link on the plan's page as <paramref name="staff"/>; returns the link's path (/survey/…) as the page shows it once.</summary>
    public static async Task<string> LinkAsync(SignedInClient staff, int planId, string respondent = "ParentOrCarer", string occasion = "PlanIssued")
    {
        var form = await staff.GetPageAsync($"/plans/{planId}/surveys/new");
        var response = await staff.PostAsync($"/plans/{planId}/surveys/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.Respondent", respondent).With("Form.Occasion", occasion));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var url = page.QuerySelector("#survey-link")?.GetAttribute("value") ?? throw new InvalidOperationException("No survey link on the page.");
        return new Uri(url).AbsolutePath;
    }

    /// <summary>A client with no one signed in, as a family opens the link.</summary>
    public static SignedInClient Family(EhcpQaApp app) => new(app.CreateClient());

    /// <summary>Opens the survey and sends the answers given (field → value), as the family's browser would.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(SignedInClient family, string path, params (string Field, string Value)[] answers)
    {
        var page = await family.GetPageAsync(path);
        var fields = FormFields.Of(page.QuerySelector("main form")!);
        foreach (var (field, value) in answers)
        {
            fields = fields.With($"Survey.Answers[{field}]", value);
        }

        return await family.PostAsync(path, fields);
    }
}
