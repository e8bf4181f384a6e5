using System.Net;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Support;

/// <summary>Drives the sign-off journey through the real pages, the way people do it.</summary>
public sealed class SignOffJourney(EhcpQaApp app)
{
    public static Dictionary<string, string> DraftText(string marker = "") => PlanSections.Statutory
        .ToDictionary(s => $"Form.{s.Code}", s => s.Code == SectionCode.I ? string.Empty : $"Text of section {s.Code}. {marker}");

    public static async Task<HttpResponseMessage> SubmitDraftAsync(SignedInClient caseworker, int planId, string marker = "")
    {
        var response = await caseworker.PostFormAsync($"/plans/{planId}/draft", DraftText(marker));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Submitting the draft of plan {planId} answered {(int)response.StatusCode}");
        }

        return response;
    }

    public static async Task<int> StartGradingAsync(SignedInClient grader, int planId)
    {
        var response = await grader.PostFormAsync($"/sign-off/{planId}/gradings", [], formPage: $"/sign-off/{planId}");
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        if (response.StatusCode != HttpStatusCode.Redirect || !location.StartsWith("/gradings/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Starting a grading of plan {planId} answered {(int)response.StatusCode} {location}");
        }

        return int.Parse(location["/gradings/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Answers every descriptor of a section and saves the given grade (with a reason, in case it differs from the suggestion).</summary>
    public static async Task<HttpResponseMessage> GradeSectionAsync(
        SignedInClient grader, int gradingId, SectionCode section, int grade, string answer = "Yes", string? strengths = null, string? rationale = null, string? wording = null)
    {
        var url = $"/gradings/{gradingId}/sections/{section}";
        var page = await grader.GetPageAsync(url);
        var fields = FormFields.Of(page)
            .Where(f => !f.Key.StartsWith("Form.Answers[", StringComparison.Ordinal))
            .ToList()
            .With("Form.Grade", grade.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Form.OverrideReason", "The descriptors do not capture the quality of this section.")
            .With("Form.Strengths", strengths ?? $"Strengths of section {section}.")
            .With("Form.AreasForImprovement", $"Improve section {section}.")
            .With("Form.Rationale", rationale ?? string.Empty)
            .With("Form.SuggestedWording", wording ?? string.Empty);
        foreach (var radio in page.QuerySelectorAll("input[type=radio][name^='Form.Answers[']").Select(r => r.GetAttribute("name")!).Distinct())
        {
            fields.Add(new(radio, answer));
        }

        return await grader.PostAsync(url, fields);
    }

    public static async Task GradeEverySectionAsync(
        SignedInClient grader, int gradingId, int sectionGrade, int overallGrade, string? rationale = null, Func<SectionCode, string?>? wording = null)
    {
        foreach (var section in PlanSections.All)
        {
            var response = await GradeSectionAsync(
                grader, gradingId, section.Code, section.Code == SectionCode.Overall ? overallGrade : sectionGrade, rationale: rationale, wording: wording?.Invoke(section.Code));
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                var error = (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")?.TextContent;
                throw new InvalidOperationException($"Saving {section.Label} answered {(int)response.StatusCode}: {error}");
            }
        }
    }

    public static async Task<HttpResponseMessage> SubmitGradingAsync(SignedInClient grader, int gradingId)
    {
        var page = await grader.GetPageAsync($"/gradings/{gradingId}");
        var token = page.QuerySelector("input[name=concurrencyToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"Grading {gradingId} has no submit form: {page.QuerySelector("main")?.TextContent}");
        return await grader.PostFormAsync($"/gradings/{gradingId}/submit", [new("concurrencyToken", token)], formPage: $"/gradings/{gradingId}");
    }

    public static async Task<int> GradeAndSubmitAsync(SignedInClient grader, int planId, int sectionGrade, int overallGrade)
    {
        var gradingId = await StartGradingAsync(grader, planId);
        await GradeEverySectionAsync(grader, gradingId, sectionGrade, overallGrade);
        var submitted = await SubmitGradingAsync(grader, gradingId);
        if (submitted.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Submitting grading {gradingId} answered {(int)submitted.StatusCode}: {(await SignedInClient.ParseAsync(submitted)).QuerySelector(".govuk-error-summary")?.TextContent}");
        }

        return gradingId;
    }

    /// <summary>
    /// Sends the plan's draft and has it graded Requires improvement throughout by <paramref name="firstGrader"/> and
    /// again, as a second opinion, by <paramref name="secondGrader"/>: the draft waits for its agreed grade.
    /// </summary>
    public static async Task GradedTwiceBelowGoodAsync(SignedInClient caseworker, SignedInClient firstGrader, SignedInClient secondGrader, int planId, string marker = "")
    {
        await SubmitDraftAsync(caseworker, planId, marker);
        await GradeAndSubmitAsync(firstGrader, planId, sectionGrade: 3, overallGrade: 3);
        await GradeAndSubmitAsync(secondGrader, planId, sectionGrade: 3, overallGrade: 3);
    }

    /// <summary>
    /// Has the plan's draft graded twice below Good (<see cref="GradedTwiceBelowGoodAsync"/>), its agreed grade recorded
    /// by <paramref name="firstGrader"/> at Requires improvement and the draft returned to the caseworker.
    /// </summary>
    public static async Task ReturnedAsync(SignedInClient caseworker, SignedInClient firstGrader, SignedInClient secondGrader, int planId, string marker = "")
    {
        await GradedTwiceBelowGoodAsync(caseworker, firstGrader, secondGrader, planId, marker);
        await GradeAndSubmitAsync(firstGrader, planId, sectionGrade: 3, overallGrade: 3);
        await DecideAsync(firstGrader, planId, "Return", "Quantify the provision in section F.");
    }

    public static async Task<HttpResponseMessage> DecideAsync(SignedInClient manager, int planId, string outcome, string note = "")
    {
        var page = await manager.GetPageAsync($"/sign-off/{planId}");
        var token = page.QuerySelector("input[name='Decision.ConcurrencyToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The draft is not ready for a decision");
        return await manager.PostFormAsync($"/sign-off/{planId}/decision",
            [new("Decision.ConcurrencyToken", token), new("Decision.Outcome", outcome), new("Decision.Note", note)], formPage: $"/sign-off/{planId}");
    }

    public Task<PlanVersion> CurrentVersionAsync(int planId) => app.WithDatabaseAsync(async db =>
        (await db.Plans.Include(p => p.Versions).AsNoTracking().SingleAsync(p => p.Id == planId)).CurrentVersion!);

    public Task<Plan> PlanAsync(int planId) => app.WithDatabaseAsync(db =>
        db.Plans.Include(p => p.Versions).Include(p => p.Events).AsNoTracking().SingleAsync(p => p.Id == planId));
}
