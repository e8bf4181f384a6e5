using EhcpQa.Web.Infrastructure.Wording;

namespace EhcpQa.Web.Tests.Infrastructure;

/// <summary>The days to a deadline read as English: one day, not "1 days".</summary>
public sealed class DeadlineWordingTests
{
    [Theory]
    [InlineData(12, "12 days left")]
    [InlineData(1, "1 day left")]
    [InlineData(0, "due today")]
    [InlineData(-1, "1 day overdue")]
    [InlineData(-30, "30 days overdue")]
    public void DaysToTheDeadline_ReadAsEnglish(int daysLeft, string expected)
    {
        Assert.Equal(expected, DeadlineWords.DaysLeft(daysLeft));
    }
}
