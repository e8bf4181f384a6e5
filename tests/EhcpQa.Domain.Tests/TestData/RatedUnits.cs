using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.TestData;

internal static class RatedUnits
{
    /// <summary>One unit per array, graded by moderators m1, m2, … in order.</summary>
    public static List<RatedUnit> Of(params int[][] gradesPerUnit) =>
        [.. gradesPerUnit.Select((grades, u) => new RatedUnit(
            $"plan-{u + 1}",
            [.. grades.Select((grade, m) => new Rating($"m{m + 1}", Grade.FromValue(grade)))]))];

    /// <summary>
    /// Reliability data given one row per observer and one column per unit (null = no value), as
    /// published tables are laid out, turned into the values per unit.
    /// </summary>
    public static List<int[]> ValuesPerUnit(int?[][] observerRows) =>
        [.. Enumerable.Range(0, observerRows[0].Length)
            .Select(u => observerRows.Where(row => row[u] is not null).Select(row => row[u]!.Value).ToArray())];
}
