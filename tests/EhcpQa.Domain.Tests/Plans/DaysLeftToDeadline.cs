using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class DaysLeftToDeadline
{
    [Theory]
    [InlineData("2026-05-25", "2026-05-20", 5)]
    [InlineData("2026-05-25", "2026-04-25", 30)]
    [InlineData("2026-05-25", "2026-01-05", 140)]
    [InlineData("2026-05-25", "2026-05-25", 0)]
    [InlineData("2026-05-25", "2026-05-27", -2)]
    [InlineData("2026-05-25", "2027-05-25", -365)]
    public void DaysLeft_CountsDownThroughZeroToNegative(string deadline, string today, int expected)
    {
        Assert.Equal(expected, StatutoryTimescale.DaysLeft(Dates.Parse(deadline), Dates.Parse(today)));
    }
}
