using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>Schedules as the tests of schedules make them: a QA lead's, made at noon on a day.</summary>
internal static class Schedules
{
    public const string QaLead = "qa-lead";

    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(DateOnly day) => At(day.Year, day.Month, day.Day);

    public static SampleSchedule Every(SampleWindowKind repeat, DateOnly firstWindowFrom, SampleTheme? theme = null) =>
        SampleSchedule.Make("Dip sample", repeat, firstWindowFrom, theme ?? new SampleTheme(), new SampleRules(SampleSize.Of(10)), QaLead, At(firstWindowFrom));
}
