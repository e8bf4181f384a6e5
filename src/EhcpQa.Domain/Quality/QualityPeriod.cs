namespace EhcpQa.Domain.Quality;

/// <summary>The days the quality of caseworkers' plans is counted over, both ends included.</summary>
public sealed record QualityPeriod
{
    private QualityPeriod(DateOnly from, DateOnly to) => (From, To) = (from, to);

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>The last 12 months up to <paramref name="today"/>: what the page shows until another period is chosen.</summary>
    public static QualityPeriod LastTwelveMonths(DateOnly today) => new(today.AddMonths(-12).AddDays(1), today);

    /// <summary>A period chosen on the page; refuses one <see cref="Problems"/> finds fault with.</summary>
    public static QualityPeriod Of(DateOnly from, DateOnly to, DateOnly today)
    {
        DomainRuleException.ThrowIfAny(Problems(from, to, today));
        return new QualityPeriod(from, to);
    }

    /// <summary>Every reason a period cannot be counted over: it must start by today and end no earlier than it starts.</summary>
    public static IEnumerable<Problem> Problems(DateOnly from, DateOnly to, DateOnly today)
    {
        if (from > today)
        {
            yield return new(nameof(From), "The start date must be today or in the past");
        }

        if (to < from)
        {
            yield return new(nameof(To), "The end date must be the same as or after the start date");
        }
    }

    public bool Contains(DateOnly day) => day >= From && day <= To;
}
