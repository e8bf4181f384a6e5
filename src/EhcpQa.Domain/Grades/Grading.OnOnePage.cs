using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Grades;

/// <summary>What a grader gives one section when grading several at once: exactly what they chose and wrote.</summary>
public sealed record SectionEntry(
    SectionCode Section,
    IReadOnlyDictionary<int, DescriptorAnswer> Answers,
    Grade? Grade,
    SectionCommentary Commentary)
{
    /// <summary>Nothing answered, chosen or written: the section is left as it is.</summary>
    public bool IsBlank => Answers.Count == 0 && Grade is null && Commentary.IsBlank;
}

/// <summary>What became of the sections given together: those recorded, and the problems of each refused.</summary>
public sealed record SectionsJudged(
    IReadOnlyList<SectionCode> Recorded,
    IReadOnlyDictionary<SectionCode, IReadOnlyList<Problem>> Refused);

public sealed partial class Grading
{
    /// <summary>
    /// Records several sections at once, as a grader who grades the whole plan on one page gives them: each
    /// section given anything is judged by the same rules as on its own (<see cref="Judge"/>), the statutory
    /// sections first, so the plan overall given with them sees their grades. A blank entry leaves its section
    /// as it is; a section with problems is refused with them, and the others are still recorded.
    /// </summary>
    public SectionsJudged JudgeEach(FrameworkVersion framework, IEnumerable<SectionEntry> entries, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(entries);
        EnsureInProgress();
        EnsureSameFramework(framework);

        var recorded = new List<SectionCode>();
        var refused = new Dictionary<SectionCode, IReadOnlyList<Problem>>();
        var given = entries
            .Where(e => !e.IsBlank && framework.Sections.Any(s => s.Code == e.Section))
            .OrderBy(e => e.Section == SectionCode.Overall)
            .ThenBy(e => e.Section);
        foreach (var entry in given)
        {
            var problems = ProblemsWith(framework, entry.Section, entry.Answers, entry.Grade, entry.Commentary).ToList();
            if (problems.Count > 0)
            {
                refused[entry.Section] = problems;
                continue;
            }

            Judge(framework, entry.Section, entry.Answers, entry.Grade!.Value, entry.Commentary, at);
            recorded.Add(entry.Section);
        }

        return new SectionsJudged(recorded, refused);
    }
}
