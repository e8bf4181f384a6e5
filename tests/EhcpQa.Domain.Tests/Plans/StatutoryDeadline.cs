using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class StatutoryDeadline
{
    [Fact]
    public void Timescale_IsTwentyWeeks()
    {
        Assert.Equal(20, StatutoryTimescale.Weeks);
    }

    [Theory]
    [InlineData("2026-01-05", "2026-05-25")]
    [InlineData("2025-12-01", "2026-04-20")]
    [InlineData("2024-01-01", "2024-05-20")]
    [InlineData("2025-09-30", "2026-02-17")]
    public void DeadlineFor_Is140DaysAfterTheRequest(string requestDate, string expected)
    {
        Assert.Equal(Dates.Parse(expected), StatutoryTimescale.DeadlineFor(Dates.Parse(requestDate)));
    }

    [Fact]
    public void DeadlineFor_FallsOnTheSameWeekdayAsTheRequest()
    {
        var request = Dates.Parse("2026-01-07");

        var deadline = StatutoryTimescale.DeadlineFor(request);

        Assert.Equal(request.DayOfWeek, deadline.DayOfWeek);
        Assert.Equal(140, deadline.DayNumber - request.DayNumber);
    }
}
