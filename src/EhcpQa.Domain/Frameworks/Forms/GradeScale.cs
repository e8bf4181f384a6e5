namespace EhcpQa.Domain.Frameworks.Forms;

/// <summary>A grade of a framework's own scale: the value stored and shown, its name, and what it means.</summary>
public sealed record ScaleGrade(string Value, string Name, IReadOnlyList<string> Descriptors)
{
    /// <summary>"2 Good".</summary>
    public override string ToString() => $"{Value} {Name}";
}

/// <summary>
/// A framework's grade scale: its grades in the order of the scale, which end is best, and the pass bar
/// (the lowest grade that passes). Grades are compared only through this scale, never by their values,
/// since on one scale 1 is best and on another 5 is.
/// </summary>
public sealed record GradeScale(IReadOnlyList<ScaleGrade> Grades, bool BestFirst, string PassBar)
{
    /// <summary>The grades from the best to the worst.</summary>
    public IReadOnlyList<ScaleGrade> BestToWorst => BestFirst ? Grades : Grades.Reverse().ToList();

    public ScaleGrade? Grade(string? value) =>
        value is null ? null : Grades.FirstOrDefault(g => string.Equals(g.Value, value, StringComparison.Ordinal));

    public bool Contains(string? value) => Grade(value) is not null;

    /// <summary>0 for the best grade, 1 for the next, and so on.</summary>
    public int Rank(string value)
    {
        var index = -1;
        for (var i = 0; i < Grades.Count; i++)
        {
            if (string.Equals(Grades[i].Value, value, StringComparison.Ordinal))
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            throw new DomainRuleException($"\"{value}\" is not a grade of this framework's scale.");
        }

        return BestFirst ? index : Grades.Count - 1 - index;
    }

    public bool IsSameOrBetter(string grade, string than) => Rank(grade) <= Rank(than);

    /// <summary>Whether a grade reaches the pass bar ("at least Good" on the 1–4 scale).</summary>
    public bool Passes(string grade) => IsSameOrBetter(grade, PassBar);

    public string WorseOf(string one, string other) => Rank(one) >= Rank(other) ? one : other;

    /// <summary>How many steps apart two grades are on the scale (0 when equal).</summary>
    public int StepsBetween(string one, string other) => Math.Abs(Rank(one) - Rank(other));
}
