using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class YearGroupFromDateOfBirth
{
    [Fact]
    public void ChildBornOn31August_IsAYearAheadOfChildBornOn1September()
    {
        var on = Dates.Parse("2020-09-01");

        var bornOn31August = SchoolYear.YearGroup(Dates.Parse("2015-08-31"), on);
        var bornOn1September = SchoolYear.YearGroup(Dates.Parse("2015-09-01"), on);

        Assert.Equal(1, bornOn31August);
        Assert.Equal(SchoolYear.Reception, bornOn1September);
    }

    [Fact]
    public void ChildOn31August_MovesUpAYearGroupOn1September()
    {
        var dateOfBirth = Dates.Parse("2010-03-15");

        Assert.Equal(6, SchoolYear.YearGroup(dateOfBirth, Dates.Parse("2021-08-31")));
        Assert.Equal(7, SchoolYear.YearGroup(dateOfBirth, Dates.Parse("2021-09-01")));
    }

    [Fact]
    public void ChildrenBornOn1SeptemberAnd31AugustNextYear_AreInTheSameYearGroup()
    {
        var on = Dates.Parse("2026-03-02");

        Assert.Equal(
            SchoolYear.YearGroup(Dates.Parse("2014-09-01"), on),
            SchoolYear.YearGroup(Dates.Parse("2015-08-31"), on));
    }

    // Hand-worked: a child starts Reception in the academic year (1 September to 31 August) in which
    // they turn five, and goes up one year group each 1 September.
    [Theory]
    [InlineData("2015-08-31", "2019-09-01", 0)]
    [InlineData("2015-08-31", "2020-08-31", 0)]
    [InlineData("2015-08-31", "2020-09-01", 1)]
    [InlineData("2015-09-01", "2019-09-01", -1)]
    [InlineData("2015-09-01", "2020-09-01", 0)]
    [InlineData("2015-09-01", "2021-08-31", 0)]
    [InlineData("2012-01-01", "2026-03-02", 9)]
    [InlineData("2016-05-14", "2026-03-02", 5)]
    [InlineData("2004-06-10", "2023-10-01", 15)]
    [InlineData("2025-12-25", "2026-01-10", -5)]
    public void HandWorkedDates_GiveTheExpectedYearGroup(string dateOfBirth, string on, int expected)
    {
        Assert.Equal(expected, SchoolYear.YearGroup(Dates.Parse(dateOfBirth), Dates.Parse(on)));
    }

    [Theory]
    [InlineData("2020-08-31", 2019)]
    [InlineData("2020-09-01", 2020)]
    [InlineData("2021-01-01", 2020)]
    [InlineData("2020-12-31", 2020)]
    public void AcademicYearStarting_TurnsOver1September(string date, int expected)
    {
        Assert.Equal(expected, SchoolYear.AcademicYearStarting(Dates.Parse(date)));
    }
}
