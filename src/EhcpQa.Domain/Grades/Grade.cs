namespace EhcpQa.Domain.Grades;

/// <summary>
/// A grade on the four-point scale used by the QA framework. 1 is the best grade and 4 the worst, so
/// grades are compared only through the methods here, never as raw integers.
/// </summary>
public readonly record struct Grade
{
    public static readonly Grade Outstanding = new(1);
    public static readonly Grade Good = new(2);
    public static readonly Grade RequiresImprovement = new(3);
    public static readonly Grade Inadequate = new(4);

    /// <summary>All grades from best to worst.</summary>
    public static IReadOnlyList<Grade> All { get; } = [Outstanding, Good, RequiresImprovement, Inadequate];

    private Grade(int value) => Value = value;

    /// <summary>The number printed on the scale: 1 Outstanding … 4 Inadequate.</summary>
    public int Value { get; }

    public string Name => Value switch
    {
        1 => "Outstanding",
        2 => "Good",
        3 => "Requires improvement",
        4 => "Inadequate",
        _ => "Not graded",
    };

    /// <summary>"At least Good": the bar a draft must reach before it is issued. An unset grade never reaches it.</summary>
    public bool IsAtLeastGood => Value >= Outstanding.Value && IsSameOrBetterThan(Good);

    public bool IsBetterThan(Grade other) => Value < other.Value;

    public bool IsWorseThan(Grade other) => Value > other.Value;

    public bool IsSameOrBetterThan(Grade other) => Value <= other.Value;

    /// <summary>How many steps apart two grades are on the scale (0 when equal).</summary>
    public int StepsFrom(Grade other) => Math.Abs(Value - other.Value);

    public static Grade FromValue(int value) =>
        TryFromValue(value, out var grade)
            ? grade
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A grade is 1 (Outstanding) to 4 (Inadequate).");

    public static bool TryFromValue(int? value, out Grade grade)
    {
        if (value is >= 1 and <= 4)
        {
            grade = new Grade(value.Value);
            return true;
        }

        grade = default;
        return false;
    }

    /// <summary>The worst of the given grades; null when there are none.</summary>
    public static Grade? WorstOf(IEnumerable<Grade> grades)
    {
        Grade? worst = null;
        foreach (var grade in grades)
        {
            if (worst is null || grade.IsWorseThan(worst.Value))
            {
                worst = grade;
            }
        }

        return worst;
    }

    public override string ToString() => $"{Value} {Name}";
}
