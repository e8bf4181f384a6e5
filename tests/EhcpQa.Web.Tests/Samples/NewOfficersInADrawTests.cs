using System.Globalization;
using System.Net;
using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Samples;

/// <summary>With the new-officer rule set, a sample drawn holds every plan of its population written by a caseworker on the rule.</summary>
public sealed class NewOfficersInADrawTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task EveryPlanOfANewOfficerInThePopulation_IsInTheSample_MarkedNewOfficer()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await qaLead.PostAsync("/samples/new-officers", FormFields.Of(await qaLead.GetPageAsync("/samples/new-officers")).With("Rule.InPostMonths", "6"));
        var newOfficer = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.OtherCaseworker).Select(u => u.Id).SingleAsync());
        var month = await app.WithDatabaseAsync(async db =>
        {
            var dates = await db.Plans.Where(p => p.IssuedOn != null && p.CaseworkerId == newOfficer).Select(p => p.IssuedOn!.Value).ToListAsync();
            return dates.GroupBy(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderByDescending(g => g.Count()).First().Key;
        });

        var response = await qaLead.PostFormAsync("/samples/new",
        [
            new("Form.Title", "New officers"), new("Form.Window", "Month"), new("Form.Month", month), new("Form.SizeBy", "Number"), new("Form.Size", "1"),
            new("Form.Seed", "7"), new("Form.PerCaseworker", "0"), new("Form.ProportionalSpread", "true"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = response.Headers.Location!.OriginalString;
        var id = int.Parse(url.Split('/').Last(), CultureInfo.InvariantCulture);
        var (sample, theirs) = await app.WithDatabaseAsync(async db =>
        {
            var sample = await db.DipSamples.AsNoTracking().SingleAsync(s => s.Id == id);
            var population = sample.PopulationPlanIds.ToList();
            var theirs = await db.Plans.Where(p => population.Contains(p.Id) && p.CaseworkerId == newOfficer).Select(p => p.Id).ToListAsync();
            return (sample, theirs);
        });
        Assert.NotEmpty(theirs);
        Assert.All(theirs, planId => Assert.Contains(sample.Items, i => i.PlanId == planId));
        Assert.Contains(sample.Items, i => i.Origin == SampleItemOrigin.NewOfficer && i.Reason!.StartsWith("New officer: In post since", StringComparison.Ordinal));
        var page = await qaLead.GetPageAsync(url);
        Assert.Contains("on the new-officer rule", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".govuk-tag"), t => t.TextContent.Trim() == "New officer");
    }
}
