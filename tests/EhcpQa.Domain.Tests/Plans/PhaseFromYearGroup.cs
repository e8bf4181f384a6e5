using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class PhaseFromYearGroup
{
    [Theory]
    [InlineData(-3, Phase.EarlyYears)]
    [InlineData(-1, Phase.EarlyYears)]
    [InlineData(0, Phase.EarlyYears)]
    [InlineData(1, Phase.KeyStage1)]
    [InlineData(2, Phase.KeyStage1)]
    [InlineData(3, Phase.KeyStage2)]
    [InlineData(6, Phase.KeyStage2)]
    [InlineData(7, Phase.KeyStage3)]
    [InlineData(9, Phase.KeyStage3)]
    [InlineData(10, Phase.KeyStage4)]
    [InlineData(11, Phase.KeyStage4)]
    [InlineData(12, Phase.Post16)]
    [InlineData(13, Phase.Post16)]
    [InlineData(14, Phase.Post19)]
    [InlineData(20, Phase.Post19)]
    public void YearGroup_FallsInItsPhase(int yearGroup, Phase expected)
    {
        Assert.Equal(expected, SchoolYear.PhaseOf(yearGroup));
    }

    // A child born on 15 March 2015 is in Reception in 2019/20, so in Year n in the academic year
    // starting September 2019 + n. Each row is the last day of one year group and the first of the next.
    [Theory]
    [InlineData("2020-08-31", 0, Phase.EarlyYears, "2020-09-01", 1, Phase.KeyStage1)]
    [InlineData("2022-08-31", 2, Phase.KeyStage1, "2022-09-01", 3, Phase.KeyStage2)]
    [InlineData("2026-08-31", 6, Phase.KeyStage2, "2026-09-01", 7, Phase.KeyStage3)]
    [InlineData("2029-08-31", 9, Phase.KeyStage3, "2029-09-01", 10, Phase.KeyStage4)]
    [InlineData("2031-08-31", 11, Phase.KeyStage4, "2031-09-01", 12, Phase.Post16)]
    [InlineData("2033-08-31", 13, Phase.Post16, "2033-09-01", 14, Phase.Post19)]
    public void PhaseChanges_On1SeptemberAtEachBoundary(
        string lastDay, int yearGroupBefore, Phase phaseBefore, string firstDay, int yearGroupAfter, Phase phaseAfter)
    {
        var dateOfBirth = Dates.Parse("2015-03-15");

        Assert.Equal(yearGroupBefore, SchoolYear.YearGroup(dateOfBirth, Dates.Parse(lastDay)));
        Assert.Equal(phaseBefore, SchoolYear.PhaseOn(dateOfBirth, Dates.Parse(lastDay)));
        Assert.Equal(yearGroupAfter, SchoolYear.YearGroup(dateOfBirth, Dates.Parse(firstDay)));
        Assert.Equal(phaseAfter, SchoolYear.PhaseOn(dateOfBirth, Dates.Parse(firstDay)));
    }

    [Fact]
    public void ChildInNursery_IsInEarlyYears()
    {
        var dateOfBirth = Dates.Parse("2015-03-15");
        var on = Dates.Parse("2019-01-10");

        Assert.Equal(-1, SchoolYear.YearGroup(dateOfBirth, on));
        Assert.Equal(Phase.EarlyYears, SchoolYear.PhaseOn(dateOfBirth, on));
    }

    [Theory]
    [InlineData(Phase.EarlyYears, "Early Years")]
    [InlineData(Phase.KeyStage1, "Key Stage 1")]
    [InlineData(Phase.KeyStage2, "Key Stage 2")]
    [InlineData(Phase.KeyStage3, "Key Stage 3")]
    [InlineData(Phase.KeyStage4, "Key Stage 4")]
    [InlineData(Phase.Post16, "Post-16")]
    [InlineData(Phase.Post19, "Post-19")]
    public void EachPhase_HasItsReportName(Phase phase, string expected)
    {
        Assert.Equal(expected, phase.Name());
    }
}
