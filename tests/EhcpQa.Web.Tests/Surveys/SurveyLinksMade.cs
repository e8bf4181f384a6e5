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
    public static async Task<string> LinkAsync(SignedInClient staff, int planId, string respondent = "ParentOrCarer", string occasion = "PlanIssued") =>
        new Uri((await LinkPageAsync(staff, planId, respondent, occasion)).QuerySelector("#survey-link")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No survey link on the page.")).AbsolutePath;

    /// <summary>Makes a link on the plan's page as <paramref name="staff"/>, to be e-mailed to <paramref name="emailAddress"/> if given; returns the page showing it once.</summary>
    public static async Task<AngleSharp.Dom.IDocument> LinkPageAsync(
        SignedInClient staff, int planId, string respondent = "ParentOrCarer", string occasion = "PlanIssued", string emailAddress = "")
    {
        var response = await PostLinkAsync(staff, planId, respondent, occasion, emailAddress);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await SignedInClient.ParseAsync(response);
    }

    /// <summary>Sends the form asking for a link as <paramref name="staff"/> would, with the choices given.</summary>
    public static async Task<HttpResponseMessage> PostLinkAsync(SignedInClient staff, int planId, string respondent, string occasion, string emailAddress)
    {
        var form = await staff.GetPageAsync($"/plans/{planId}/surveys/new");
        return await staff.PostAsync($"/plans/{planId}/surveys/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.Respondent", respondent).With("Form.Occasion", occasion).With("Form.EmailAddress", emailAddress));
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
