using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>How pressing a deadline is: overdue once passed, close within two weeks (or the days given), due today included.</summary>
public sealed class DeadlineUrgencyOnADay
{
    [Theory]
    [InlineData(-30, DeadlineUrgency.Overdue)]
    [InlineData(-1, DeadlineUrgency.Overdue)]
    [InlineData(0, DeadlineUrgency.Close)]
    [InlineData(14, DeadlineUrgency.Close)]
    [InlineData(15, DeadlineUrgency.NotYetClose)]
    [InlineData(120, DeadlineUrgency.NotYetClose)]
    public void WithinTwoWeeks_IsClose(int daysLeft, DeadlineUrgency expected) =>
        Assert.Equal(expected, StatutoryTimescale.UrgencyOf(daysLeft));

    [Theory]
    [InlineData(7, DeadlineUrgency.Close)]
    [InlineData(8, DeadlineUrgency.NotYetClose)]
    [InlineData(-1, DeadlineUrgency.Overdue)]
    public void WithADifferentWindow_IsCloseWithinIt(int daysLeft, DeadlineUrgency expected) =>
        Assert.Equal(expected, StatutoryTimescale.UrgencyOf(daysLeft, closeDays: 7));
}
