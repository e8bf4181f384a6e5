using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>A paused schedule draws nothing; resumed, it draws from the windows that close from then, not those that closed while it was paused.</summary>
public class PausedScheduleDrawsNothing
{
    [Fact]
    public void PausedSchedule_HasNoWindowDue()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 9, 1));

        schedule.Pause("other", Schedules.At(2026, 9, 20));

        Assert.True(schedule.IsPaused);
        Assert.Empty(schedule.DueWindows(new DateOnly(2026, 12, 1)));
        Assert.Equal("other", schedule.ChangedById);
        Assert.Throws<DomainRuleException>(() => schedule.Pause("other", Schedules.At(2026, 9, 21)));
    }

    [Fact]
    public void Resumed_WindowsThatClosedWhilePaused_AreNotDrawn()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 9, 1));
        schedule.Pause(Schedules.QaLead, Schedules.At(2026, 9, 20));

        schedule.Resume(Schedules.QaLead, Schedules.At(2026, 12, 15));

        Assert.Empty(schedule.DueWindows(new DateOnly(2026, 12, 31)));
        Assert.Equal("December 2026", schedule.NextWindow().Words());
        Assert.Equal(["December 2026"], schedule.DueWindows(new DateOnly(2027, 1, 1)).Select(w => w.Words()));
    }

    [Fact]
    public void Resumed_OnTheDayAWindowCloses_DrawsThatWindow()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 10, 1));
        schedule.Pause(Schedules.QaLead, Schedules.At(2026, 10, 20));

        schedule.Resume(Schedules.QaLead, Schedules.At(2026, 11, 1));

        Assert.Equal(["October 2026"], schedule.DueWindows(new DateOnly(2026, 11, 1)).Select(w => w.Words()));
    }

    [Fact]
    public void ResumingAScheduleNotPaused_IsRefused()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 10, 1));

        Assert.Throws<DomainRuleException>(() => schedule.Resume(Schedules.QaLead, Schedules.At(2026, 10, 2)));
    }
}
