namespace EhcpQa.Domain.Plans;

/// <summary>
/// How long a plan and its QA records are kept once the plan has ceased: until the child's date of birth plus a
/// number of years (31 by default, the period the records management toolkit for local authorities gives for EHC
/// plans). A plan still maintained is always kept, however old the child.
/// </summary>
public sealed record PlanRetention
{
    public const int DefaultYearsFromBirth = 31;

    /// <summary>Never fewer years than a plan may run (to 25), so no record goes while its plan could be live.</summary>
    public const int MinimumYearsFromBirth = Plan.MaxAgeYears + 1;

    public const int MaximumYearsFromBirth = 100;

    public PlanRetention(int yearsFromBirth)
    {
        if (yearsFromBirth is < MinimumYearsFromBirth or > MaximumYearsFromBirth)
        {
            throw new DomainRuleException(
                $"Plans are kept until the child is between {MinimumYearsFromBirth} and {MaximumYearsFromBirth} years old; {yearsFromBirth} is outside that.");
        }

        YearsFromBirth = yearsFromBirth;
    }

    public static PlanRetention Default { get; } = new(DefaultYearsFromBirth);

    public int YearsFromBirth { get; }

    /// <summary>The first day the plan's records are no longer kept (once it has ceased).</summary>
    public DateOnly KeptUntil(DateOnly dateOfBirth) => dateOfBirth.AddYears(YearsFromBirth);

    /// <summary>Whether the plan's records are past their keeping on this day: it has ceased, and the child has reached the age.</summary>
    public bool IsPast(Plan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.HasCeased && today >= KeptUntil(plan.DateOfBirth);
    }

    /// <summary>The latest date of birth whose plans are past their keeping on this day (a query's bound, with <see cref="Plan.HasCeased"/>).</summary>
    public DateOnly BornOnOrBefore(DateOnly today) => today.AddYears(-YearsFromBirth);
}
