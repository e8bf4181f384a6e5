using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>Every plan in the population of a caseworker on the new-officer rule is put in the sample, marked with why.</summary>
public class NewOfficersPlansAllSampled
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EveryPlanOfANewOfficer_IsInTheSample_OnceEach_MarkedWithWhy()
    {
        var population = Populations.Varied(300, caseworkers: 6);
        var sample = DipSample.Draw("Autumn", SampleWindow.Term(SchoolTerm.Autumn, 2026), new SampleTheme(), population, new SampleRules(SampleSize.Of(10)), 5, "qa", At);
        var drawn = sample.Items.Select(i => i.PlanId).ToHashSet();
        var theirs = population.Where(c => c.CaseworkerId == "cw-002").Select(c => c.PlanId).ToList();

        var added = sample.AddNewOfficersPlans(population, new Dictionary<string, string> { ["cw-002"] = "In post since 1 September 2026: 3 months of 6." }, "qa", At);

        Assert.Equal(theirs.Where(id => !drawn.Contains(id)).Order(), added.Select(i => i.PlanId));
        Assert.All(theirs, id => Assert.Single(sample.Items, i => i.PlanId == id));
        Assert.All(added, i => Assert.Equal((SampleItemOrigin.NewOfficer, "New officer: In post since 1 September 2026: 3 months of 6."), (i.Origin, i.Reason)));
        Assert.Contains(sample.Notes, n => n.StartsWith("1 caseworker is on the new-officer rule", StringComparison.Ordinal));
    }

    [Fact]
    public void NobodyOnTheRule_AddsNothing_AndSaysNothing()
    {
        var population = Populations.Varied(100, caseworkers: 4);
        var sample = DipSample.Draw("Autumn", SampleWindow.Term(SchoolTerm.Autumn, 2026), new SampleTheme(), population, new SampleRules(SampleSize.Of(10)), 5, "qa", At);
        var notes = sample.Notes.Count;

        Assert.Empty(sample.AddNewOfficersPlans(population, new Dictionary<string, string>(), "qa", At));
        Assert.Equal(notes, sample.Notes.Count);
    }
}
