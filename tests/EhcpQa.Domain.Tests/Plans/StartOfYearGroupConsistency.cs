using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class StartOfYearGroupConsistency
{
    [Theory]
    [InlineData("2015-08-31", 1, "2020-09-01")]
    [InlineData("2015-09-01", 0, "2020-09-01")]
    [InlineData("2015-09-01", 1, "2021-09-01")]
    [InlineData("2010-03-15", 7, "2021-09-01")]
    [InlineData("2004-06-10", 14, "2022-09-01")]
    public void StartOfYearGroup_HandWorked(string dateOfBirth, int yearGroup, string expected)
    {
        Assert.Equal(Dates.Parse(expected), SchoolYear.StartOfYearGroup(Dates.Parse(dateOfBirth), yearGroup));
    }

    [Theory]
    [InlineData("2015-08-31")]
    [InlineData("2015-09-01")]
    [InlineData("2016-02-29")]
    [InlineData("2010-03-15")]
    [InlineData("2001-12-31")]
    [InlineData("2020-01-01")]
    public void StartOfYearGroup_IsThe1SeptemberOnWhichYearGroupBegins(string dateOfBirth)
    {
        var born = Dates.Parse(dateOfBirth);

        for (var yearGroup = -2; yearGroup <= 16; yearGroup++)
        {
            var start = SchoolYear.StartOfYearGroup(born, yearGroup);

            Assert.Equal((9, 1), (start.Month, start.Day));
            Assert.Equal(yearGroup, SchoolYear.YearGroup(born, start));
            Assert.Equal(yearGroup, SchoolYear.YearGroup(born, start.AddMonths(6)));
            Assert.Equal(yearGroup, SchoolYear.YearGroup(born, start.AddYears(1).AddDays(-1)));
            Assert.Equal(yearGroup - 1, SchoolYear.YearGroup(born, start.AddDays(-1)));
        }
    }
}
