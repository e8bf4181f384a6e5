using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>A dip sample records the rule it was drawn by: its window and every number, stated in words and drawn again the same.</summary>
public class DipSampleRecordsItsRule
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sample_StatesItsRuleInWords()
    {
        var rules = new SampleRules(SampleSize.OneInEvery(5), PerCaseworker: 2) { Minimum = 20 };

        var sample = DipSample.Draw("Autumn", SampleWindow.Term(SchoolTerm.Autumn, 2026), new SampleTheme(), Populations.Varied(300, caseworkers: 4), rules, 3, "qa", At);

        Assert.Equal(
            "At least 2 plans for each caseworker; 1 in 5 of all plans; at least 20 plans; spread in proportion to the population; autumn term 2026",
            sample.RuleWords());
        Assert.Equal(rules, sample.Rules);
        Assert.Equal(SampleWindowKind.Term, sample.WindowKind);
        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 31)), (sample.PeriodStart, sample.PeriodEnd));
        Assert.Equal(60, sample.Items.Count);
    }

    [Fact]
    public void RecordedRuleAndSeed_DrawTheSameSampleAgain()
    {
        var population = Populations.Varied(2_000);
        var rules = new SampleRules(12, PerCaseworker: 2, ProportionalSpread: false) { PerPhase = 3, Minimum = 15 };
        var sample = DipSample.Draw("Q3", SampleWindow.Quarter(2026, 3), new SampleTheme(), population, rules, 77, "qa", At);

        var again = SampleDraw.Draw(Populations.Shuffled(population, seed: 1), sample.Rules, sample.Seed);

        Assert.Equal(sample.Items.Select(i => i.PlanId), again.Drawn.Select(c => c.PlanId));
        Assert.Equal(sample.Notes, again.Notes);
    }

    [Fact]
    public void SuggestedTitle_NamesTheWindow()
    {
        Assert.Equal("Dip sample, plans finalised in autumn term 2026", DipSample.SuggestedTitle(SampleWindow.Term(SchoolTerm.Autumn, 2026), new SampleTheme()));
        Assert.Equal("Dip sample, plans finalised in October 2026", DipSample.SuggestedTitle(new DateOnly(2026, 10, 1), new SampleTheme()));
        Assert.Equal(
            "Dip sample, plans finalised in the 6 weeks from 1 December 2026",
            DipSample.SuggestedTitle(SampleWindow.SixWeeksFrom(new DateOnly(2026, 12, 1)), new SampleTheme()));
        Assert.Equal(
            "Dip sample, new plans finalised from 3 October 2026 to 4 November 2026",
            DipSample.SuggestedTitle(SampleWindow.Custom(new DateOnly(2026, 10, 3), new DateOnly(2026, 11, 4)), new SampleTheme(Kind: PlanKind.New)));
    }
}
