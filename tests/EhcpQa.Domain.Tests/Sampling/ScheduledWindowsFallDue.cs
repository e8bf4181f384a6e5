using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>A schedule's window falls due the day after it closes, once, and windows missed are caught up oldest first.</summary>
public class ScheduledWindowsFallDue
{
    [Fact]
    public void MonthlyWindow_FallsDueTheDayAfterItsLastDay()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 10, 14));

        Assert.Empty(schedule.DueWindows(new DateOnly(2026, 10, 31)));
        var due = Assert.Single(schedule.DueWindows(new DateOnly(2026, 11, 1)));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), due.Dates);
        Assert.Equal(new DateOnly(2026, 10, 1), schedule.FirstWindowStart);
    }

    [Fact]
    public void TwoMissedWindows_AreBothDue_OldestFirst()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 9, 1));

        var due = schedule.DueWindows(new DateOnly(2026, 11, 15));

        Assert.Equal(["September 2026", "October 2026"], due.Select(w => w.Words()));
    }

    [Fact]
    public void SixWeekWindows_FollowOneAnother_AcrossTheTurnOfTheYear()
    {
        var schedule = Schedules.Every(SampleWindowKind.SixWeeks, new DateOnly(2026, 12, 1));

        var due = schedule.DueWindows(new DateOnly(2027, 2, 23));

        Assert.Equal(
            [(new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 11)), (new DateOnly(2027, 1, 12), new DateOnly(2027, 2, 22))],
            due.Select(w => w.Dates));
        Assert.Equal((new DateOnly(2027, 2, 23), new DateOnly(2027, 4, 5)), due[1].Following().Dates);
    }

    [Fact]
    public void TermlySchedule_FromAnAutumnDay_DrawsTheAutumnTerm_ThenSpringOfTheNextYear()
    {
        var schedule = Schedules.Every(SampleWindowKind.Term, new DateOnly(2026, 10, 15));

        Assert.Empty(schedule.DueWindows(new DateOnly(2026, 12, 31)));
        var autumn = Assert.Single(schedule.DueWindows(new DateOnly(2027, 1, 1)));
        Assert.Equal((new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 31)), autumn.Dates);
        schedule.RecordDrawn(autumn, 7, Schedules.At(2027, 1, 1));

        var spring = schedule.NextWindow();
        Assert.Equal("spring term 2027", spring.Words());
        Assert.Equal(new DateOnly(2027, 4, 1), spring.ClosedOn);
        Assert.Equal(["spring term 2027", "summer term 2027"], schedule.DueWindows(new DateOnly(2027, 9, 1)).Select(w => w.Words()));
    }

    [Fact]
    public void QuarterlySchedule_DrawsEachCalendarQuarter()
    {
        var schedule = Schedules.Every(SampleWindowKind.Quarter, new DateOnly(2026, 8, 20));

        Assert.Equal(["July to September 2026", "October to December 2026"], schedule.DueWindows(new DateOnly(2027, 1, 1)).Select(w => w.Words()));
    }

    [Fact]
    public void NextWindow_IsTheFirstNotDrawn_EvenBeforeItCloses()
    {
        var schedule = Schedules.Every(SampleWindowKind.Month, new DateOnly(2026, 11, 1));

        Assert.Equal("November 2026", schedule.NextWindow().Words());
        Assert.Equal(new DateOnly(2026, 12, 1), schedule.NextWindow().ClosedOn);
    }

    [Fact]
    public void DetailsThatCannotMakeASchedule_AreEachAProblem()
    {
        var problems = SampleSchedule.Problems(new string('x', SampleSchedule.TitleMaxLength + 1), SampleWindowKind.Custom, new DateOnly(2023, 1, 1), new DateOnly(2026, 11, 23)).ToList();

        Assert.Equal(["Title", "Repeat", "FirstWindowStart"], problems.Select(p => p.Field));
        var refused = Assert.Throws<DomainRuleException>(() =>
            SampleSchedule.Make(" ", SampleWindowKind.Month, new DateOnly(2026, 11, 1), new SampleTheme(), new SampleRules(SampleSize.Of(5)), Schedules.QaLead, Schedules.At(2026, 11, 23)));
        Assert.Equal("Enter a title for the schedule's samples", Assert.Single(refused.Problems).Message);
    }

    [Fact]
    public void Schedule_KeepsItsComposedRuleAndTheme()
    {
        var rules = new SampleRules(SampleSize.OneInEvery(5), 2, false) { PerPhase = 1, Minimum = 20 };
        var theme = new SampleTheme(Phase: Phase.KeyStage3, Kind: PlanKind.Amended);

        var schedule = SampleSchedule.Make("Secondary reviews", SampleWindowKind.Month, new DateOnly(2026, 11, 1), theme, rules, Schedules.QaLead, Schedules.At(2026, 11, 23));

        Assert.Equal(rules, schedule.Rules);
        Assert.Equal(theme, schedule.Theme);
        Assert.Equal("Every month", schedule.RepeatWords());
        Assert.Equal("Secondary reviews, November 2026", schedule.TitleFor(schedule.FirstWindow, null));
    }
}
