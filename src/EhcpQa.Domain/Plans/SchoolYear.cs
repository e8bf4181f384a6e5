namespace EhcpQa.Domain.Plans;

/// <summary>
/// English school years. An academic year runs from 1 September to 31 August; a child starts
/// Reception in the September after their fourth birthday, so everyone born between 1 September and
/// 31 August of the next year is in the same year group.
/// </summary>
public static class SchoolYear
{
    /// <summary>Reception is year group 0; Nursery −1; Year 1 is 1; Year 14 is the first Post-19 year.</summary>
    public const int Reception = 0;

    /// <summary>The calendar year in which the academic year containing <paramref name="date"/> began.</summary>
    public static int AcademicYearStarting(DateOnly date) => date.Month >= 9 ? date.Year : date.Year - 1;

    /// <summary>The national curriculum year group a child born on <paramref name="dateOfBirth"/> is in on <paramref name="on"/>.</summary>
    public static int YearGroup(DateOnly dateOfBirth, DateOnly on) =>
        AcademicYearStarting(on) - AcademicYearStarting(dateOfBirth) - 5;

    public static Phase PhaseOf(int yearGroup) => yearGroup switch
    {
        <= Reception => Phase.EarlyYears,
        <= 2 => Phase.KeyStage1,
        <= 6 => Phase.KeyStage2,
        <= 9 => Phase.KeyStage3,
        <= 11 => Phase.KeyStage4,
        <= 13 => Phase.Post16,
        _ => Phase.Post19,
    };

    public static Phase PhaseOn(DateOnly dateOfBirth, DateOnly on) => PhaseOf(YearGroup(dateOfBirth, on));

    /// <summary>"Reception", "Year 7", "Nursery", "Pre-school", "Post-19 (year 14)".</summary>
    public static string YearGroupName(int yearGroup) => yearGroup switch
    {
        < -1 => "Pre-school",
        -1 => "Nursery",
        Reception => "Reception",
        <= 13 => $"Year {yearGroup}",
        _ => $"Post-19 (year {yearGroup})",
    };

    /// <summary>The first date of the academic year in which a child born on the date is in <paramref name="yearGroup"/>.</summary>
    public static DateOnly StartOfYearGroup(DateOnly dateOfBirth, int yearGroup) =>
        new(AcademicYearStarting(dateOfBirth) + 5 + yearGroup, 9, 1);
}

/// <summary>The range of dates of birth that puts a child in a phase on a given date (for filtering a register).</summary>
public readonly record struct DateOfBirthRange(DateOnly? From, DateOnly? To)
{
    public static DateOfBirthRange ForPhase(Phase phase, DateOnly on)
    {
        var (youngest, oldest) = phase switch
        {
            Phase.EarlyYears => ((int?)null, (int?)SchoolYear.Reception),
            Phase.KeyStage1 => (1, 2),
            Phase.KeyStage2 => (3, 6),
            Phase.KeyStage3 => (7, 9),
            Phase.KeyStage4 => (10, 11),
            Phase.Post16 => (12, 13),
            Phase.Post19 => (14, null),
            _ => throw new ArgumentOutOfRangeException(nameof(phase)),
        };

        // A child is in year group Y when the academic year of their birth began 5 + Y years before this one.
        var thisYear = SchoolYear.AcademicYearStarting(on);
        DateOnly? from = oldest is null ? null : new DateOnly(thisYear - 5 - oldest.Value, 9, 1);
        DateOnly? to = youngest is null ? null : new DateOnly(thisYear - 5 - youngest.Value + 1, 8, 31);
        return new DateOfBirthRange(from, to);
    }
}
