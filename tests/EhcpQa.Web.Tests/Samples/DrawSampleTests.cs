using System.Globalization;
using System.Net;
using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Samples;

/// <summary>A QA lead draws a dip sample of finalised plans: recorded seed, reproducible, representative, additions marked.</summary>
public sealed class DrawSampleTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Draw_WithTheSameSeedTwice_GivesTheSameSampleWithEachCaseworkerCovered()
    {
        var month = await BusiestMonthAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var first = await DrawAsync(qaLead, month, seed: "4242");
        var second = await DrawAsync(qaLead, month, seed: "4242");

        var ids = new[] { first, second }.Select(url => int.Parse(url.Split('/').Last(), CultureInfo.InvariantCulture)).ToList();
        var samples = await app.WithDatabaseAsync(db => db.DipSamples.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(2, samples.Count);
        Assert.NotEqual(samples[0].Id, samples[1].Id);
        Assert.Equal(samples[0].Items.Select(i => i.PlanId), samples[1].Items.Select(i => i.PlanId));
        Assert.Equal(4242, samples[0].Seed);
        Assert.All(samples[0].Items, i => Assert.Equal(SampleItemOrigin.Drawn, i.Origin));
        var caseworkersInPopulation = await app.WithDatabaseAsync(db => db.Plans.Where(p => samples[0].PopulationPlanIds.Contains(p.Id)).Select(p => p.CaseworkerId).Distinct().CountAsync());
        var caseworkersInSample = await app.WithDatabaseAsync(db => db.Plans.Where(p => samples[0].Items.Select(i => i.PlanId).Contains(p.Id)).Select(p => p.CaseworkerId).Distinct().CountAsync());
        Assert.Equal(caseworkersInPopulation, caseworkersInSample);

        var page = await qaLead.GetPageAsync(first);
        Assert.Contains("4242", page.Body!.TextContent, StringComparison.Ordinal);
        // Five coverage tables, and whether the rule of a plan for each caseworker was met.
        Assert.Equal(6, page.QuerySelectorAll("caption.govuk-table__caption--s").Length);
    }

    [Fact]
    public async Task AddPlan_WithoutAReason_IsRefused_WithAReason_IsMarkedAdded()
    {
        var month = await BusiestMonthAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var url = await DrawAsync(qaLead, month, seed: "7");
        var id = int.Parse(url.Split('/').Last(), CultureInfo.InvariantCulture);
        var outsider = await app.WithDatabaseAsync(async db =>
        {
            var sample = await db.DipSamples.AsNoTracking().SingleAsync(s => s.Id == id);
            var inSample = sample.Items.Select(i => i.PlanId).ToList();
            return await db.Plans.Where(p => !inSample.Contains(p.Id)).Select(p => p.Reference).FirstAsync();
        });

        var refused = await qaLead.PostFormAsync($"/samples/{id}/plans", [new("AddPlan.Reference", outsider), new("AddPlan.Reason", " ")], formPage: url);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give a reason", (await SignedInClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var added = await qaLead.PostFormAsync($"/samples/{id}/plans", [new("AddPlan.Reference", outsider), new("AddPlan.Reason", "Complex health needs: the panel asked to see it.")], formPage: url);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var item = await app.WithDatabaseAsync(async db =>
        {
            var planId = await db.Plans.Where(p => p.Reference == outsider).Select(p => p.Id).SingleAsync();
            return (await db.DipSamples.AsNoTracking().SingleAsync(s => s.Id == id)).Items.Single(i => i.PlanId == planId);
        });
        Assert.Equal(SampleItemOrigin.Added, item.Origin);
        Assert.Equal("Complex health needs: the panel asked to see it.", item.Reason);
    }

    [Fact]
    public async Task Draw_WithBadInput_ShowsErrorsAndKeepsWhatWasTyped()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await qaLead.PostFormAsync("/samples/new", [new("Form.Title", "October panel"), new("Form.Month", "2026-10"), new("Form.Size", "lots"), new("Form.Seed", "abc")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter the number of plans as a whole number", summary, StringComparison.Ordinal);
        Assert.Contains("The seed must be a whole number", summary, StringComparison.Ordinal);
        Assert.Equal("lots", page.QuerySelector("input[name='Form.Size']")!.GetAttribute("value"));
        Assert.Equal("October panel", page.QuerySelector("input[name='Form.Title']")!.GetAttribute("value"));
    }

    private Task<string> BusiestMonthAsync() => app.WithDatabaseAsync(async db =>
    {
        var dates = await db.Plans.Where(p => p.IssuedOn != null).Select(p => p.IssuedOn!.Value).ToListAsync();
        return dates.GroupBy(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderByDescending(g => g.Count()).First().Key;
    });

    private static async Task<string> DrawAsync(SignedInClient qaLead, string month, string seed)
    {
        var response = await qaLead.PostFormAsync("/samples/new",
        [
            new("Form.Title", $"Sample of {month}"), new("Form.Month", month), new("Form.Size", "3"), new("Form.Seed", seed),
            new("Form.PerCaseworker", "1"), new("Form.ProportionalSpread", "true"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
