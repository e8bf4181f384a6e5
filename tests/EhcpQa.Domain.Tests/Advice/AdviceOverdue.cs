using EhcpQa.Domain.Advice;

namespace EhcpQa.Domain.Tests.Advice;

/// <summary>Advice not received by its due date is overdue from the next day, by the days since; advice received is never overdue.</summary>
public class AdviceOverdue
{
    private static readonly AdviceRequest Request = Requests.Of(AdviceService.SpeechAndLanguageTherapy, new DateOnly(2026, 10, 1));

    [Theory]
    [InlineData("2026-11-11", 0)]
    [InlineData("2026-11-12", 0)]
    [InlineData("2026-11-13", 1)]
    [InlineData("2026-12-07", 25)]
    public void AdviceAwaited_IsOverdueFromTheDayAfterItsDueDate(string today, int daysOverdue)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(new DateOnly(2026, 11, 12), Request.DueOn);
        Assert.Equal(daysOverdue, Request.DaysOverdue(day));
        Assert.Equal(daysOverdue > 0, Request.IsOverdue(day));
        Assert.Equal(daysOverdue > 0, AdviceRequest.OverdueOn(day).Compile()(Request));
    }

    [Fact]
    public void AdviceReceivedLate_IsNotOverdue_ButLate()
    {
        var request = Requests.Of(AdviceService.Camhs, new DateOnly(2026, 10, 1));

        request.RecordReceipt(new DateOnly(2026, 11, 20), null, "Advice.", Requests.Today, Requests.Caseworker, Requests.Now);

        Assert.Equal(0, request.DaysOverdue(Requests.Today));
        Assert.False(AdviceRequest.OverdueOn(Requests.Today).Compile()(request));
        Assert.Equal((false, 50), (request.ReceivedOnTime!.Value, request.DaysTaken!.Value));
    }
}
