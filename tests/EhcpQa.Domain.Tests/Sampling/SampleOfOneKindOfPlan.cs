using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>A sample draws from new plans, from plans amended after an annual review, or from both, and says which.</summary>
public sealed class SampleOfOneKindOfPlan
{
    private static readonly Plan Final = PlanData.Register(stage: PlanStage.Final);
    private static readonly Plan Amended = PlanData.Register(stage: PlanStage.Amended);
    private static readonly Plan Draft = PlanData.Register();

    [Fact]
    public void AmendedPlansTheme_AdmitsOnlyAmendedPlans()
    {
        var theme = new SampleTheme(Kind: PlanKind.Amended);

        Assert.True(theme.Admits(Amended, PlanData.Today));
        Assert.False(theme.Admits(Final, PlanData.Today));
        Assert.False(theme.Admits(Draft, PlanData.Today));
    }

    [Fact]
    public void NewPlansTheme_AdmitsOnlyNewPlans()
    {
        var theme = new SampleTheme(Kind: PlanKind.New);

        Assert.True(theme.Admits(Final, PlanData.Today));
        Assert.False(theme.Admits(Amended, PlanData.Today));
    }

    [Fact]
    public void NoKind_AdmitsBoth()
    {
        var theme = new SampleTheme();

        Assert.True(theme.Admits(Final, PlanData.Today));
        Assert.True(theme.Admits(Amended, PlanData.Today));
    }

    [Fact]
    public void TheThemeInWords_NamesTheKind()
    {
        Assert.Empty(new SampleTheme().Words());
        Assert.Equal(["Key Stage 2", "Amended plans after an annual review"], new SampleTheme(Phase: Phase.KeyStage2, Kind: PlanKind.Amended).Words());
        Assert.Equal(["North"], new SampleTheme(LocalityId: 1).Words("North"));
    }

    [Theory]
    [InlineData(null, "Dip sample, plans finalised in October 2026")]
    [InlineData(PlanKind.New, "Dip sample, new plans finalised in October 2026")]
    [InlineData(PlanKind.Amended, "Dip sample, amended plans finalised in October 2026")]
    public void SuggestedTitle_NamesTheMonthAndThePlans(PlanKind? kind, string expected)
    {
        Assert.Equal(expected, DipSample.SuggestedTitle(new DateOnly(2026, 10, 1), new SampleTheme(Kind: kind)));
    }
}
