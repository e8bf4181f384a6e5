using System.Globalization;

namespace EhcpQa.Domain.Sampling;

/// <summary>
/// A QA lead's repeating dip sample: every month, 6 weeks, term or quarter from a first window, a sample of the plans
/// finalised in the window is drawn by the same composed rule once the window has closed (the day after its last day).
/// Each window is drawn at most once. A paused schedule draws nothing, and windows that closed while it was paused are
/// not drawn when it is resumed.
/// </summary>
public sealed class SampleSchedule
{
    /// <summary>The longest title stem: the drawn sample's title adds a planned theme and the window in words.</summary>
    public const int TitleMaxLength = 80;

    /// <summary>How far before or after today the first window may start, in years.</summary>
    public const int FirstWindowYears = 2;

    private readonly List<ScheduledDraw> _draws = [];

    private SampleSchedule()
    {
        Title = string.Empty;
        Theme = new SampleTheme();
        CreatedById = string.Empty;
        ChangedById = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The stem of each drawn sample's title ("Monthly dip sample" draws "Monthly dip sample, October 2026").</summary>
    public string Title { get; private set; }

    /// <summary>How often the schedule draws: a month, 6 weeks, a term or a quarter.</summary>
    public SampleWindowKind Repeat { get; private set; }

    /// <summary>The first day of the first window drawn.</summary>
    public DateOnly FirstWindowStart { get; private set; }

    public SampleTheme Theme { get; private set; }

    /// <summary>The number of plans asked for; null when the size is 1 in <see cref="OneIn"/> of all plans.</summary>
    public int? RequestedSize { get; private set; }

    public int? OneIn { get; private set; }

    public int PlansPerCaseworker { get; private set; }

    public int PlansPerPhase { get; private set; }

    public int? MinimumSize { get; private set; }

    public bool ProportionalSpread { get; private set; }

    public bool IsPaused { get; private set; }

    /// <summary>The day the schedule was last resumed: windows that closed before it are not drawn. Null when never paused.</summary>
    public DateOnly? ResumedOn { get; private set; }

    public string CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string ChangedById { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The windows drawn so far, oldest first.</summary>
    public IReadOnlyList<ScheduledDraw> Draws => _draws;

    /// <summary>The rule each window's sample is drawn by.</summary>
    public SampleRules Rules => new(OneIn is { } k ? SampleSize.OneInEvery(k) : SampleSize.Of(RequestedSize ?? 1), PlansPerCaseworker, ProportionalSpread)
    {
        PerPhase = PlansPerPhase,
        Minimum = MinimumSize,
    };

    public SampleWindow FirstWindow => SampleWindow.Repeating(Repeat, FirstWindowStart);

    /// <summary>"Every month", "Every 6 weeks", "Every term", "Every quarter".</summary>
    public string RepeatWords() => RepeatWords(Repeat);

    public static string RepeatWords(SampleWindowKind repeat) => repeat switch
    {
        SampleWindowKind.Month => "Every month",
        SampleWindowKind.SixWeeks => "Every 6 weeks",
        SampleWindowKind.Term => "Every term",
        SampleWindowKind.Quarter => "Every quarter",
        _ => "Does not repeat",
    };

    /// <summary>Every rule a schedule's details break; none when it can be made.</summary>
    public static IEnumerable<Problem> Problems(string? title, SampleWindowKind? repeat, DateOnly firstWindowFrom, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            yield return new(nameof(Title), "Enter a title for the schedule's samples");
        }
        else if (title.Trim().Length > TitleMaxLength)
        {
            yield return new(nameof(Title), $"The title must be {TitleMaxLength} characters or fewer");
        }

        if (repeat is not { } kind || !SampleWindow.Repeats(kind))
        {
            yield return new(nameof(Repeat), "Select every month, every 6 weeks, every term or every quarter");
        }

        if (firstWindowFrom < today.AddYears(-FirstWindowYears) || firstWindowFrom > today.AddYears(FirstWindowYears))
        {
            yield return new(nameof(FirstWindowStart), $"The first window must start within {FirstWindowYears} years of today");
        }
    }

    /// <summary>Makes a schedule that draws by <paramref name="rules"/> every <paramref name="repeat"/> from the window <paramref name="firstWindowFrom"/> falls in.</summary>
    public static SampleSchedule Make(
        string title, SampleWindowKind repeat, DateOnly firstWindowFrom, SampleTheme theme, SampleRules rules, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        var schedule = new SampleSchedule { CreatedById = byUserId, CreatedAt = at };
        schedule.Set(title, repeat, firstWindowFrom, theme, rules, byUserId, at);
        return schedule;
    }

    /// <summary>
    /// Changes the schedule's title, theme and rules (and, until its first window is drawn, how often it repeats and its
    /// first window). Samples already drawn keep the rule they were drawn by.
    /// </summary>
    public void Change(string title, SampleWindowKind repeat, DateOnly firstWindowFrom, SampleTheme theme, SampleRules rules, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (_draws.Count > 0 && SampleWindow.Repeats(repeat)
            && (repeat != Repeat || SampleWindow.Repeating(repeat, firstWindowFrom).Start != FirstWindowStart))
        {
            throw new DomainRuleException([new Problem(nameof(Repeat),
                "How often the schedule repeats and its first window cannot change once a sample has been drawn: pause this schedule and make a new one")]);
        }

        Set(title, repeat, firstWindowFrom, theme, rules, byUserId, at);
    }

    /// <summary>Stops the schedule drawing until it is resumed.</summary>
    public void Pause(string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (IsPaused)
        {
            throw new DomainRuleException("The schedule is paused already.");
        }

        IsPaused = true;
        Changed(byUserId, at);
    }

    /// <summary>Starts the schedule drawing again, from the windows that close from today: those that closed while it was paused are not drawn.</summary>
    public void Resume(string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (!IsPaused)
        {
            throw new DomainRuleException("The schedule is not paused.");
        }

        IsPaused = false;
        ResumedOn = ServiceCalendar.DateOf(at);
        Changed(byUserId, at);
    }

    /// <summary>
    /// The windows to draw on <paramref name="today"/>, oldest first: every window of the schedule that has closed and has
    /// not been drawn (more than one when checks were missed). None while the schedule is paused.
    /// </summary>
    public IReadOnlyList<SampleWindow> DueWindows(DateOnly today)
    {
        var due = new List<SampleWindow>();
        if (IsPaused)
        {
            return due;
        }

        for (var window = FirstWindow; window.ClosedOn <= today; window = window.Following())
        {
            if (!IsDrawn(window) && !Skipped(window))
            {
                due.Add(window);
            }
        }

        return due;
    }

    /// <summary>The first window still to be drawn (closed already, or still open); its sample falls due on its <see cref="SampleWindow.ClosedOn"/>.</summary>
    public SampleWindow NextWindow()
    {
        var window = FirstWindow;
        while (IsDrawn(window) || Skipped(window))
        {
            window = window.Following();
        }

        return window;
    }

    /// <summary>Whether the sample of <paramref name="window"/> has been drawn.</summary>
    public bool IsDrawn(SampleWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return _draws.Any(d => d.PeriodStart == window.Start);
    }

    /// <summary>
    /// Records that the sample of <paramref name="window"/> was drawn (<paramref name="sampleId"/>; null when no plans
    /// were finalised in it, so there was nothing to draw). A window is drawn once: a second time is refused.
    /// </summary>
    public ScheduledDraw RecordDrawn(SampleWindow window, int? sampleId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (!Holds(window))
        {
            throw new DomainRuleException($"{Capitalised(window.Words())} is not one of this schedule's windows.");
        }

        if (IsDrawn(window))
        {
            throw new DomainRuleException($"The sample of {window.Words()} has been drawn already.");
        }

        if (window.ClosedOn > ServiceCalendar.DateOf(at))
        {
            throw new DomainRuleException($"{Capitalised(window.Words())} has not closed yet: its sample is drawn from {Day(window.ClosedOn)}.");
        }

        var draw = new ScheduledDraw(window.Start, window.End, sampleId, at);
        _draws.Add(draw);
        return draw;
    }

    /// <summary>The seed of a window's draw: fixed by the schedule and the window, so the draw can be repeated.</summary>
    public int SeedFor(SampleWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return (int)((((long)Id * 1_000_003) + window.Start.DayNumber) % int.MaxValue);
    }

    /// <summary>The theme a window is drawn with: the planned audit's, when one is planned for it (the schedule's plans, new or amended, unless it names its own), otherwise the schedule's.</summary>
    public SampleTheme ThemeFor(PlannedAudit? planned) =>
        planned is null ? Theme : planned.Theme with { Kind = planned.Theme.Kind ?? Theme.Kind };

    /// <summary>The title of a window's sample: "Monthly dip sample, October 2026", or with a planned audit's theme "Monthly dip sample: children in care, October 2026".</summary>
    public string TitleFor(SampleWindow window, PlannedAudit? planned)
    {
        ArgumentNullException.ThrowIfNull(window);
        return planned is null ? $"{Title}, {window.Words()}" : $"{Title}: {planned.ThemeTitle}, {window.Words()}";
    }

    /// <summary>Whether <paramref name="window"/> is one the schedule draws: of its kind, its first or one that follows.</summary>
    public bool Holds(SampleWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.Kind != Repeat || window.Start < FirstWindowStart)
        {
            return false;
        }

        var mine = FirstWindow;
        while (mine.Start < window.Start)
        {
            mine = mine.Following();
        }

        return mine.Start == window.Start;
    }

    private bool Skipped(SampleWindow window) => ResumedOn is { } resumed && window.ClosedOn < resumed;

    private void Set(string title, SampleWindowKind repeat, DateOnly firstWindowFrom, SampleTheme theme, SampleRules rules, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(rules);
        DomainRuleException.ThrowIfAny(Problems(title, repeat, firstWindowFrom, ServiceCalendar.DateOf(at)));
        Title = title.Trim();
        Repeat = repeat;
        FirstWindowStart = SampleWindow.Repeating(repeat, firstWindowFrom).Start;
        Theme = theme;
        RequestedSize = rules.Size.Plans;
        OneIn = rules.Size.OneIn;
        PlansPerCaseworker = rules.PerCaseworker;
        PlansPerPhase = rules.PerPhase;
        MinimumSize = rules.Minimum;
        ProportionalSpread = rules.ProportionalSpread;
        Changed(byUserId, at);
    }

    private void Changed(string byUserId, DateTimeOffset at)
    {
        ChangedById = byUserId;
        ChangedAt = at;
    }

    private static string Capitalised(string words) => string.Concat(char.ToUpperInvariant(words[0]).ToString(), words[1..]);

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>One window a schedule has drawn: its dates, the sample drawn (null when no plans were finalised in it) and when.</summary>
public sealed record ScheduledDraw(DateOnly PeriodStart, DateOnly PeriodEnd, int? DipSampleId, DateTimeOffset DrawnAt);
