using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Plans;

public class YearGroupNames
{
    [Theory]
    [InlineData(-4, "Pre-school")]
    [InlineData(-2, "Pre-school")]
    [InlineData(-1, "Nursery")]
    [InlineData(0, "Reception")]
    [InlineData(1, "Year 1")]
    [InlineData(7, "Year 7")]
    [InlineData(11, "Year 11")]
    [InlineData(13, "Year 13")]
    [InlineData(14, "Post-19 (year 14)")]
    [InlineData(16, "Post-19 (year 16)")]
    public void YearGroupName_NamesTheYearAsSchoolsDo(int yearGroup, string expected)
    {
        Assert.Equal(expected, SchoolYear.YearGroupName(yearGroup));
    }
}
