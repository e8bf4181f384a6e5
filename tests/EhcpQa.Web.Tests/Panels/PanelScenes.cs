using System.Globalization;
using System.Net;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Panels;

/// <summary>Dip samples made straight through the domain from plans a test names, and sessions set up on them through the QA lead's pages.</summary>
internal static class PanelScenes
{
    /// <summary>A dip sample of exactly these plans (issued in October 2026), with a theme; returns its id.</summary>
    public static Task<int> SampleAsync(EhcpQaApp app, IReadOnlyCollection<int> planIds, SampleTheme? theme = null) =>
        app.WithDatabaseAsync(async db =>
        {
            var qaLead = await db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync();
            var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToListAsync();
            var population = plans.Select(p => new SamplingCandidate(p.Id, p.CaseworkerId, p.PhaseOn(p.IssuedOn!.Value), p.PrimaryArea, p.Setting, p.LocalityId)).ToList();
            var sample = DipSample.Draw("Panel sample", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), theme ?? new SampleTheme(),
                population, new SampleRules(SampleSize.Of(population.Count), PerCaseworker: 0, ProportionalSpread: false), 7, qaLead, FixedClock.Default);
            db.DipSamples.Add(sample);
            await db.SaveChangesAsync();
            return sample.Id;
        });

    /// <summary>Issued plans, each written by the caseworker named, in the order given; returns their ids.</summary>
    public static async Task<int[]> IssuedPlansAsync(EhcpQaApp app, string prefix, params string[] caseworkers)
    {
        var ids = new List<int>();
        for (var i = 0; i < caseworkers.Length; i++)
        {
            ids.Add(await app.Plans.IssuedAsync($"{prefix}-{i + 1}", new DateOnly(2026, 10, 5 + i), Grade.Good, caseworker: caseworkers[i]));
        }

        return [.. ids];
    }

    /// <summary>Sets up a session on the sample as the QA lead, chaired by the QA lead; returns the session's address.</summary>
    public static async Task<HttpResponseMessage> SetUpAsync(SignedInClient qaLead, int sampleId, string level, string chairId) =>
        await qaLead.PostFormAsync("/panels/new",
            [new("Form.HeldOn.Day", "3"), new("Form.HeldOn.Month", "12"), new("Form.HeldOn.Year", "2026"), new("Form.Level", level),
             new("Form.Theme", string.Empty), new("Form.DipSampleId", sampleId.ToString(CultureInfo.InvariantCulture)), new("Form.ChairId", chairId)]);

    public static string SessionUrl(HttpResponseMessage created) =>
        created.StatusCode == HttpStatusCode.Redirect
            ? created.Headers.Location!.OriginalString
            : throw new InvalidOperationException($"Setting up the session answered {(int)created.StatusCode}");

    public static Task<string> UserIdAsync(EhcpQaApp app, string email) =>
        app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>The concurrency token the session's page carries in its forms.</summary>
    public static async Task<string> TokenAsync(SignedInClient qaLead, string sessionUrl) =>
        (await qaLead.GetPageAsync(sessionUrl)).QuerySelector("input[name='Reassign.ConcurrencyToken'], input[name='ConcurrencyToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No concurrency token on {sessionUrl}");

    public static async Task<string> ErrorSummaryAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")?.TextContent
            ?? throw new InvalidOperationException("The page has no error summary");
    }
}
