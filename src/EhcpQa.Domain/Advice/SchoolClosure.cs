using System.Globalization;

namespace EhcpQa.Domain.Advice;

/// <summary>
/// A time the authority's schools and colleges are closed for 4 weeks or more (the summer holidays), recorded by a QA
/// lead. Advice asked of an education setting from one week before it closes to one week before it re-opens may not come
/// in time, and the law lets the 20-week timescale go (SEND Regulations 2014, regulation 13(3)(a); regulations 5(4)(a)
/// and 10(4)(a) say the same of the earlier decisions). The service points this out; the caseworker records the
/// exception (<see cref="Plans.TwentyWeekExceptionReason.SchoolOrCollegeClosed"/>) when it applied.
/// </summary>
public sealed class SchoolClosure
{
    public const int NameMaxLength = 100;

    /// <summary>The shortest closure the law counts: a continuous period of not less than 4 weeks.</summary>
    public const int LeastDaysClosed = 28;

    /// <summary>The week before closing and before re-opening that the window is counted from.</summary>
    public const int WindowWeekDays = 7;

    private SchoolClosure()
    {
        Name = string.Empty;
        RecordedById = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>What the authority calls it ("Summer holidays 2026").</summary>
    public string Name { get; private set; }

    /// <summary>The first day the schools are closed.</summary>
    public DateOnly ClosesOn { get; private set; }

    /// <summary>The first day the schools are open again.</summary>
    public DateOnly ReopensOn { get; private set; }

    public string RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Who removed it, when it was recorded wrongly; a removed closure is kept, and counts for nothing.</summary>
    public string? RemovedById { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public bool IsRemoved => RemovedAt is not null;

    /// <summary>The first day of the window: one week before the schools close.</summary>
    public DateOnly WindowFrom => ClosesOn.AddDays(-WindowWeekDays);

    /// <summary>The last day of the window: one week before the schools re-open.</summary>
    public DateOnly WindowTo => ReopensOn.AddDays(-WindowWeekDays);

    /// <summary>Whether advice asked on this day falls in the window.</summary>
    public bool Covers(DateOnly requestedOn) => requestedOn >= WindowFrom && requestedOn <= WindowTo;

    /// <summary>
    /// The closure whose window advice asked of this service on this day falls in, if any: only advice from an
    /// education setting (a school or college) counts.
    /// </summary>
    public static SchoolClosure? Covering(IEnumerable<SchoolClosure> closures, AdviceService service, DateOnly requestedOn)
    {
        ArgumentNullException.ThrowIfNull(closures);
        return service == AdviceService.EducationSetting
            ? closures.Where(c => !c.IsRemoved && c.Covers(requestedOn)).OrderBy(c => c.ClosesOn).FirstOrDefault()
            : null;
    }

    /// <summary>Every rule a closure breaks: a name, both dates, at least 4 weeks closed, and no overlap with one recorded.</summary>
    public static IEnumerable<Problem> Problems(string? name, DateOnly? closesOn, DateOnly? reopensOn, IEnumerable<SchoolClosure> recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return new(nameof(Name), "Enter a name for the closure, such as Summer holidays 2026");
        }
        else if (name.Trim().Length > NameMaxLength)
        {
            yield return new(nameof(Name), $"The name must be {NameMaxLength} characters or fewer");
        }

        if (closesOn is null)
        {
            yield return new(nameof(ClosesOn), "Enter the first day the schools are closed");
        }

        if (reopensOn is null)
        {
            yield return new(nameof(ReopensOn), "Enter the day the schools re-open");
        }

        if (closesOn is { } closes && reopensOn is { } reopens)
        {
            if (reopens <= closes)
            {
                yield return new(nameof(ReopensOn), "The day the schools re-open must be after the first day they are closed");
            }
            else if (reopens.DayNumber - closes.DayNumber < LeastDaysClosed)
            {
                yield return new(nameof(ReopensOn), $"The schools must be closed for at least 4 weeks: the law counts no shorter closure, and this one is {(reopens.DayNumber - closes.DayNumber).ToString(CultureInfo.InvariantCulture)} days");
            }
            else if (recorded.FirstOrDefault(c => !c.IsRemoved && closes < c.ReopensOn && c.ClosesOn < reopens) is { } overlapping)
            {
                yield return new(nameof(ClosesOn), $"This closure overlaps {overlapping.Name} ({overlapping.ClosesOn:d MMMM yyyy} to {overlapping.ReopensOn:d MMMM yyyy}): remove that one first if it is wrong");
            }
        }
    }

    /// <summary>Records a closure, refused when it breaks a rule (<see cref="Problems"/>).</summary>
    public static SchoolClosure Record(string? name, DateOnly? closesOn, DateOnly? reopensOn, IEnumerable<SchoolClosure> recorded, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(Problems(name, closesOn, reopensOn, recorded));
        return new SchoolClosure
        {
            Name = name!.Trim(),
            ClosesOn = closesOn!.Value,
            ReopensOn = reopensOn!.Value,
            RecordedById = byUserId,
            RecordedAt = at,
        };
    }

    /// <summary>Removes a closure recorded wrongly, keeping who did it and when; refused when it was removed already.</summary>
    public void Remove(string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (IsRemoved)
        {
            throw new DomainRuleException($"{Name} has been removed already");
        }

        RemovedById = byUserId;
        RemovedAt = at;
    }
}
