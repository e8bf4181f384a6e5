using EhcpQa.Domain.Reporting;

namespace EhcpQa.Domain.Tests.Reporting;

public sealed class BoardReportPublishing
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FirstReportOfAMonth_IsVersionOne_ForTheWholeMonth()
    {
        var report = BoardReport.Publish(new DateOnly(2026, 11, 17), [], [1, 2, 3], BoardReportTrigger.Scheduled, null, At);

        Assert.Equal(new DateOnly(2026, 11, 1), report.Month);
        Assert.Equal(1, report.Version);
        Assert.Equal(At, report.GeneratedAt);
        Assert.Null(report.GeneratedById);
        Assert.Equal("board-summary-2026-11-v1.pdf", report.FileName);
    }

    [Fact]
    public void Regeneration_IsANewVersion()
    {
        var report = BoardReport.Publish(new DateOnly(2026, 11, 1), [1, 2], [1], BoardReportTrigger.OnDemand, "qa-lead", At);

        Assert.Equal(3, report.Version);
        Assert.Equal("qa-lead", report.GeneratedById);
    }

    [Fact]
    public void MonthNotYetStarted_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => BoardReport.Publish(new DateOnly(2027, 1, 1), [], [1], BoardReportTrigger.OnDemand, "qa-lead", At));
    }

    [Fact]
    public void OnDemandWithoutWho_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => BoardReport.Publish(new DateOnly(2026, 11, 1), [], [1], BoardReportTrigger.OnDemand, null, At));
    }

    [Theory]
    [InlineData("2026-12-01", "2026-11-01")]
    [InlineData("2026-12-31", "2026-11-01")]
    [InlineData("2027-01-01", "2026-12-01")]
    public void Schedule_CoversLastMonth(string today, string month)
    {
        Assert.Equal(DateOnly.Parse(month, System.Globalization.CultureInfo.InvariantCulture), BoardReport.ScheduledMonthFor(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
