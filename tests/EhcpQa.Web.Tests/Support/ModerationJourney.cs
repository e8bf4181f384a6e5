using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Support;

/// <summary>
/// A moderation session set up through the QA lead's pages: a dip sample of plans issued in the demo's
/// busiest month, chaired by the North locality manager, with the Health panel member and the South
/// locality manager as members, every plan assigned to both.
/// </summary>
public sealed record ModerationSetup(int SessionId, IReadOnlyList<int> PlanIds, string PanelMemberId, string OtherManagerId, string ChairId)
{
    public string PlanUrl(int planId) => $"/moderation/sessions/{SessionId}/plans/{planId}";

    public string SessionUrl => $"/moderation/sessions/{SessionId}";
}

public static class ModerationJourney
{
    /// <summary>
    /// A multi-agency panel session on a dip sample of <paramref name="month"/> ("yyyy-MM"; by default the month with the
    /// most issued plans), chaired by the locality manager, with the panel member and the other locality manager assigned;
    /// showing the plans' advice when <paramref name="showsAdvice"/>.
    /// </summary>
    public static async Task<ModerationSetup> SessionAsync(EhcpQaApp app, int size = 2, int seed = 5, string? month = null, bool showsAdvice = false)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        month ??= await app.WithDatabaseAsync(async db =>
            (await db.Plans.Where(p => p.IssuedOn != null).Select(p => p.IssuedOn!.Value).ToListAsync())
            .GroupBy(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderByDescending(g => g.Count()).First().Key);
        var drawn = await qaLead.PostFormAsync("/samples/new",
            [new("Form.Title", "Moderation sample"), new("Form.Month", month), new("Form.Size", size.ToString(CultureInfo.InvariantCulture)),
             new("Form.Seed", seed.ToString(CultureInfo.InvariantCulture)), new("Form.PerCaseworker", "0"), new("Form.ProportionalSpread", "false")]);
        var sampleId = drawn.Headers.Location?.OriginalString.Split('/').Last() ?? throw new InvalidOperationException($"Drawing the sample answered {(int)drawn.StatusCode}");
        var (panelId, chairId, otherManagerId) = await app.WithDatabaseAsync(async db => (
            await db.Users.Where(u => u.Email == DemoUsers.PanelMember).Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == DemoUsers.LocalityManager).Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == DemoUsers.OtherLocalityManager).Select(u => u.Id).SingleAsync()));

        var created = await qaLead.PostFormAsync("/panels/new",
            [new("Form.HeldOn.Day", "3"), new("Form.HeldOn.Month", "12"), new("Form.HeldOn.Year", "2026"), new("Form.Level", "MultiAgencyPanel"),
             new("Form.Theme", string.Empty), new("Form.DipSampleId", sampleId), new("Form.ChairId", chairId),
             new("Form.ShowsAdvice", showsAdvice ? "true" : "false")]);
        if (created.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Creating the session answered {(int)created.StatusCode}");
        }

        var sessionUrl = created.Headers.Location!.OriginalString;
        await qaLead.PostFormAsync($"{sessionUrl}/members", [new("Member.UserId", panelId), new("Member.Agency", "Health")], formPage: sessionUrl);
        await qaLead.PostFormAsync($"{sessionUrl}/members", [new("Member.UserId", otherManagerId), new("Member.Agency", "SendTeam")], formPage: sessionUrl);
        await qaLead.PostFormAsync($"{sessionUrl}/assignments", [], formPage: sessionUrl);
        var sessionId = int.Parse(sessionUrl.Split('/').Last(), CultureInfo.InvariantCulture);
        var session = await app.WithDatabaseAsync(db => db.PanelSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId));
        return new ModerationSetup(sessionId, session.PlanIds, panelId, otherManagerId, chairId);
    }

    /// <summary>Starts the signed-in moderator's grading of a plan of the session; returns the grading's id.</summary>
    public static Task<int> StartModerationAsync(SignedInClient moderator, ModerationSetup setup, int planId) =>
        StartAsync(moderator, setup, planId, "moderation");

    /// <summary>Starts recording the agreed grade of a plan (as the chair); returns the grading's id.</summary>
    public static Task<int> StartAgreementAsync(SignedInClient chair, ModerationSetup setup, int planId) =>
        StartAsync(chair, setup, planId, "agreement");

    /// <summary>Moderates a plan: starts, grades every section and the overall, and submits.</summary>
    public static async Task<int> ModerateAsync(SignedInClient moderator, ModerationSetup setup, int planId, int sectionGrade, int overallGrade)
    {
        var gradingId = await StartModerationAsync(moderator, setup, planId);
        await SignOffJourney.GradeEverySectionAsync(moderator, gradingId, sectionGrade, overallGrade);
        await SubmitAsync(moderator, gradingId);
        return gradingId;
    }

    /// <summary>Records the agreed grade of a plan, with a rationale for each section, and submits it.</summary>
    public static async Task<int> AgreeAsync(SignedInClient chair, ModerationSetup setup, int planId, int sectionGrade, int overallGrade)
    {
        var gradingId = await StartAgreementAsync(chair, setup, planId);
        await SignOffJourney.GradeEverySectionAsync(chair, gradingId, sectionGrade, overallGrade, rationale: "The panel weighed the moderators' views.");
        await SubmitAsync(chair, gradingId);
        return gradingId;
    }

    public static async Task SubmitAsync(SignedInClient grader, int gradingId)
    {
        var submitted = await SignOffJourney.SubmitGradingAsync(grader, gradingId);
        if (submitted.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Submitting grading {gradingId} answered {(int)submitted.StatusCode}");
        }
    }

    private static async Task<int> StartAsync(SignedInClient who, ModerationSetup setup, int planId, string what)
    {
        var response = await who.PostFormAsync($"{setup.PlanUrl(planId)}/{what}", [], formPage: setup.PlanUrl(planId));
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        if (response.StatusCode != HttpStatusCode.Redirect || !location.StartsWith("/gradings/", StringComparison.Ordinal))
        {
            var error = response.StatusCode == HttpStatusCode.OK ? (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")?.TextContent : null;
            throw new InvalidOperationException($"Starting the {what} of plan {planId} answered {(int)response.StatusCode} {location} {error}");
        }

        return int.Parse(location["/gradings/".Length..], CultureInfo.InvariantCulture);
    }
}
