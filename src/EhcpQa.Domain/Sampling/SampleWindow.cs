using System.Globalization;

namespace EhcpQa.Domain.Sampling;

/// <summary>The kind of window a dip sample's population is taken from.</summary>
public enum SampleWindowKind
{
    Month = 1,
    SixWeeks,
    Term,
    Quarter,
    Custom,
}

/// <summary>A school term as dip samples count it: autumn 1 September to 31 December, spring 1 January to 31 March, summer 1 April to 31 August.</summary>
public enum SchoolTerm
{
    Autumn = 1,
    Spring,
    Summer,
}

/// <summary>
/// The dates whose issued plans form a dip sample's population: a calendar month, 6 weeks from a start date, a school
/// term, a calendar quarter or any range of dates. The one place the boundaries of terms and quarters are stated.
/// </summary>
public sealed record SampleWindow
{
    /// <summary>The number of days in a 6-week window, its first and last day included.</summary>
    public const int SixWeeksDays = 42;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private SampleWindow(SampleWindowKind kind, DateOnly start, DateOnly end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public SampleWindowKind Kind { get; }

    /// <summary>The window's first day.</summary>
    public DateOnly Start { get; }

    /// <summary>The window's last day, inclusive.</summary>
    public DateOnly End { get; }

    /// <summary>The window's first and last days.</summary>
    public (DateOnly Start, DateOnly End) Dates => (Start, End);

    /// <summary>The calendar month of <paramref name="anyDayInIt"/>.</summary>
    public static SampleWindow Month(DateOnly anyDayInIt)
    {
        var start = new DateOnly(anyDayInIt.Year, anyDayInIt.Month, 1);
        return new(SampleWindowKind.Month, start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>Six weeks from <paramref name="start"/>: 42 days, the start day included.</summary>
    public static SampleWindow SixWeeksFrom(DateOnly start) => new(SampleWindowKind.SixWeeks, start, start.AddDays(SixWeeksDays - 1));

    /// <summary>
    /// A term of the school year that starts in September of <paramref name="schoolYearStarting"/>: the autumn term in
    /// that year, the spring and summer terms in the next, so the spring term of 2026 to 2027 is January to March 2027.
    /// </summary>
    public static SampleWindow Term(SchoolTerm term, int schoolYearStarting) => term switch
    {
        SchoolTerm.Autumn => new(SampleWindowKind.Term, new DateOnly(schoolYearStarting, 9, 1), new DateOnly(schoolYearStarting, 12, 31)),
        SchoolTerm.Spring => new(SampleWindowKind.Term, new DateOnly(schoolYearStarting + 1, 1, 1), new DateOnly(schoolYearStarting + 1, 3, 31)),
        SchoolTerm.Summer => new(SampleWindowKind.Term, new DateOnly(schoolYearStarting + 1, 4, 1), new DateOnly(schoolYearStarting + 1, 8, 31)),
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, "Autumn, spring or summer."),
    };

    /// <summary>The term <paramref name="day"/> falls in.</summary>
    public static SampleWindow TermOf(DateOnly day) => Term(TermOn(day), day.Month >= 9 ? day.Year : day.Year - 1);

    /// <summary>The calendar quarter <paramref name="quarter"/> (1 to 4) of <paramref name="year"/>: January to March is the first.</summary>
    public static SampleWindow Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(SampleWindowKind.Quarter, start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>The calendar quarter <paramref name="day"/> falls in.</summary>
    public static SampleWindow QuarterOf(DateOnly day) => Quarter(day.Year, ((day.Month - 1) / 3) + 1);

    /// <summary>Any range of dates, both days included.</summary>
    /// <exception cref="DomainRuleException">The range ends before it starts.</exception>
    public static SampleWindow Custom(DateOnly start, DateOnly end)
    {
        DomainRuleException.ThrowIfAny(CustomProblems(start, end));
        return new(SampleWindowKind.Custom, start, end);
    }

    /// <summary>Every rule a range of dates breaks; none when it can be a window.</summary>
    public static IEnumerable<Problem> CustomProblems(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            yield return new("End", "The end date must be the same as or after the start date");
        }
    }

    /// <summary>A window as a sample recorded it: its kind and its dates.</summary>
    public static SampleWindow Of(SampleWindowKind kind, DateOnly start, DateOnly end) => kind switch
    {
        SampleWindowKind.Month => Month(start),
        SampleWindowKind.SixWeeks => SixWeeksFrom(start),
        SampleWindowKind.Term => TermOf(start),
        SampleWindowKind.Quarter => QuarterOf(start),
        _ => Custom(start, end),
    };

    /// <summary>The day a sample of the window can be drawn: the day after its last, once every plan of it is finalised.</summary>
    public DateOnly ClosedOn => End.AddDays(1);

    /// <summary>Whether a window repeats: a month, 6 weeks, a term or a quarter do; a range of dates does not.</summary>
    public static bool Repeats(SampleWindowKind kind) => kind is SampleWindowKind.Month or SampleWindowKind.SixWeeks or SampleWindowKind.Term or SampleWindowKind.Quarter;

    /// <summary>
    /// The repeating window of <paramref name="kind"/> that <paramref name="day"/> falls in (for 6 weeks, the 6 weeks from
    /// that day).
    /// </summary>
    public static SampleWindow Repeating(SampleWindowKind kind, DateOnly day) =>
        Repeats(kind) ? Of(kind, day, day) : throw new ArgumentOutOfRangeException(nameof(kind), kind, "A month, 6 weeks, a term or a quarter.");

    /// <summary>The window of the same kind that starts the day after this one ends: the next month, 6 weeks, term or quarter.</summary>
    public SampleWindow Following() => Repeating(Kind, ClosedOn);

    /// <summary>
    /// The window in words: "October 2026", "6 weeks from 1 December 2026 to 11 January 2027", "autumn term 2026",
    /// "spring term 2027", "July to September 2026", "1 October 2026 to 15 November 2026".
    /// </summary>
    public string Words() => Kind switch
    {
        SampleWindowKind.Month => Start.ToString("MMMM yyyy", English),
        SampleWindowKind.SixWeeks => $"6 weeks from {Day(Start)} to {Day(End)}",
        SampleWindowKind.Term => $"{TermOn(Start).ToString().ToLowerInvariant()} term {Start.Year}",
        SampleWindowKind.Quarter => $"{Start.ToString("MMMM", English)} to {End.ToString("MMMM yyyy", English)}",
        _ => $"{Day(Start)} to {Day(End)}",
    };

    private static SchoolTerm TermOn(DateOnly day) => day.Month switch
    {
        >= 9 => SchoolTerm.Autumn,
        <= 3 => SchoolTerm.Spring,
        _ => SchoolTerm.Summer,
    };

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", English);
}
