using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>Each window of a schedule is drawn at most once, only once it has closed, and with a seed fixed by the schedule and window.</summary>
public class ScheduledWindowDrawnOnce
{
    [Fact]
    public void DrawnWindow_IsNoLongerDue_AndTheNextWindowFollowsIt()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 9, 1));
        var september = schedule.DueWindows(new DateOnly(2026, 11, 2))[0];

        var draw = schedule.RecordDrawn(september, 41, Schedules.At(2026, 11, 2));

        Assert.Equal(new ScheduledDraw(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), 41, Schedules.At(2026, 11, 2)), draw);
        Assert.Equal(["October 2026"], schedule.DueWindows(new DateOnly(2026, 11, 2)).Select(w => w.Words()));
        Assert.Equal("October 2026", schedule.NextWindow().Words());
    }

    [Fact]
    public void DrawingAWindowASecondTime_IsRefused()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 10, 1));
        var october = SampleWindow.Month(new DateOnly(2026, 10, 1));
        schedule.RecordDrawn(october, 1, Schedules.At(2026, 11, 1));

        var refused = Assert.Throws<DomainRuleException>(() => schedule.RecordDrawn(october, 2, Schedules.At(2026, 11, 1)));

        Assert.Equal("The sample of October 2026 has been drawn already.", refused.Message);
        Assert.Single(schedule.Draws);
    }

    [Fact]
    public void WindowWithNothingToDraw_IsRecordedWithoutASample_AndNotDueAgain()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 10, 1));

        schedule.RecordDrawn(SampleWindow.Month(new DateOnly(2026, 10, 1)), null, Schedules.At(2026, 11, 1));

        Assert.Null(Assert.Single(schedule.Draws).DipSampleId);
        Assert.Empty(schedule.DueWindows(new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void WindowNotYetClosed_CannotBeDrawn()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 11, 1));

        var refused = Assert.Throws<DomainRuleException>(() => schedule.RecordDrawn(schedule.NextWindow(), 1, Schedules.At(2026, 11, 30)));

        Assert.Equal("November 2026 has not closed yet: its sample is drawn from 1 December 2026.", refused.Message);
    }

    [Fact]
    public void WindowThatIsNotTheSchedules_CannotBeDrawn()
    {
        var schedule = Schedules.Every(SampleWindowKind.SixWeeks, new DateOnly(2026, 9, 1));

        Assert.Throws<DomainRuleException>(() => schedule.RecordDrawn(SampleWindow.SixWeeksFrom(new DateOnly(2026, 9, 8)), 1, Schedules.At(2026, 12, 1)));
        Assert.Throws<DomainRuleException>(() => schedule.RecordDrawn(SampleWindow.Month(new DateOnly(2026, 9, 1)), 1, Schedules.At(2026, 12, 1)));
        Assert.True(schedule.Holds(SampleWindow.SixWeeksFrom(new DateOnly(2026, 10, 13))));
    }

    [Fact]
    public void Seed_IsTheSameForTheSameWindow_AndDiffersFromWindowToWindow()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 9, 1));
        var september = schedule.FirstWindow;

        Assert.Equal(schedule.SeedFor(september), schedule.SeedFor(SampleWindow.Month(new DateOnly(2026, 9, 30))));
        Assert.NotEqual(schedule.SeedFor(september), schedule.SeedFor(september.Following()));
        Assert.True(schedule.SeedFor(september) >= 0);
    }

    [Fact]
    public void OnceAWindowIsDrawn_TheRepeatCannotChange_ButTheRuleCan()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 9, 1));
        schedule.RecordDrawn(schedule.FirstWindow, 3, Schedules.At(2026, 10, 1));

        var refused = Assert.Throws<DomainRuleException>(() =>
            schedule.Change("Dip sample", SampleWindowKind.Quarter, new DateOnly(2026, 9, 1), new SampleTheme(), schedule.Rules, "other", Schedules.At(2026, 10, 2)));
        schedule.Change("Renamed", SampleWindowKind.Month, new DateOnly(2026, 9, 15), new SampleTheme(), new SampleRules(SampleSize.Of(30)), "other", Schedules.At(2026, 10, 2));

        Assert.Equal("Repeat", Assert.Single(refused.Problems).Field);
        Assert.Equal(("Renamed", 30, "other", Schedules.At(2026, 10, 2)), (schedule.Title, schedule.RequestedSize!.Value, schedule.ChangedById, schedule.ChangedAt));
        Assert.Equal(Schedules.QaLead, schedule.CreatedById);
    }
}
