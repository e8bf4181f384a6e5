using static EhcpQa.Domain.Tests.Frameworks.Forms.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

public class CustomGradeScale
{
    [Fact]
    public void WhenTheBestGradeIsListedLast_TheHighestValueRanksBest()
    {
        Assert.Equal(["5", "4", "3", "2", "1"], PoorToExcellent.BestToWorst.Select(g => g.Value));
        Assert.True(PoorToExcellent.IsSameOrBetter("5", "4"));
        Assert.False(PoorToExcellent.IsSameOrBetter("2", "3"));
    }

    [Theory]
    [InlineData("5", true)]
    [InlineData("3", true)]
    [InlineData("2", false)]
    [InlineData("1", false)]
    public void ThePassBar_IsReachedAtItsGradeOrBetter_OnABestLastScale(string grade, bool passes)
    {
        Assert.Equal(passes, PoorToExcellent.Passes(grade));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("2", true)]
    [InlineData("3", false)]
    [InlineData("4", false)]
    public void ThePassBar_IsReachedAtItsGradeOrBetter_OnABestFirstScale(string grade, bool passes)
    {
        Assert.Equal(passes, OneToFour.Passes(grade));
    }

    [Fact]
    public void TheWorseOfTwoGrades_FollowsTheScalesDirection()
    {
        Assert.Equal("2", PoorToExcellent.WorseOf("2", "4"));
        Assert.Equal("4", OneToFour.WorseOf("2", "4"));
        Assert.Equal(2, PoorToExcellent.StepsBetween("2", "4"));
    }

    [Fact]
    public void AValueNotOnTheScale_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => PoorToExcellent.Rank("6"));
    }
}
