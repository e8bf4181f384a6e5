using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>
/// Builds a framework whose first version holds one quality standard, every plan section with one
/// descriptor and a prompt, and a descriptor for every grade: enough to publish. Parts can be left out
/// to make a version that cannot be published, and sections can be given more descriptors (some of them
/// "if applicable") to grade against.
/// </summary>
internal sealed class FrameworkBuilder
{
    public static readonly DateTimeOffset PublishedAt = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset FirstUsedAt = new(2026, 1, 12, 14, 30, 0, TimeSpan.Zero);

    private readonly HashSet<SectionCode> _sectionsLeftOut = [];
    private readonly HashSet<SectionCode> _sectionsWithoutDescriptors = [];
    private readonly HashSet<Grade> _gradesLeftUndescribed = [];
    private readonly Dictionary<SectionCode, (int Required, int IfApplicable)> _descriptorCounts = [];

    private FrameworkBuilder()
    {
    }

    /// <summary>Everything a version needs before it can be published.</summary>
    public static FrameworkBuilder Complete() => new();

    public static string DescriptorText(SectionCode code, int number = 1) => $"{PlanSections.Get(code).Label}: descriptor {number}";

    public static string Prompt(SectionCode code) => $"{PlanSections.Get(code).Label}: prompt";

    public static string GradePoint(Grade grade) => $"A plan graded {grade.Name}";

    public FrameworkBuilder WithoutSection(SectionCode code)
    {
        _sectionsLeftOut.Add(code);
        return this;
    }

    public FrameworkBuilder WithoutDescriptorsIn(SectionCode code)
    {
        _sectionsWithoutDescriptors.Add(code);
        return this;
    }

    public FrameworkBuilder WithoutGradeDescriptor(Grade grade)
    {
        _gradesLeftUndescribed.Add(grade);
        return this;
    }

    /// <summary>
    /// Gives a section <paramref name="required"/> descriptors every plan must meet (numbered from 1),
    /// followed by <paramref name="ifApplicable"/> that may be answered N/A.
    /// </summary>
    public FrameworkBuilder WithDescriptorsIn(SectionCode code, int required, int ifApplicable = 0)
    {
        _descriptorCounts[code] = (required, ifApplicable);
        return this;
    }

    /// <summary>A framework with one draft version.</summary>
    public Framework Build()
    {
        var framework = new Framework("test-framework", "Test framework");
        var version = framework.StartFirstVersion("Test framework 2026", "Written for the tests", ScoringScheme.GradeOneToFour);
        version.AddQualityStandard(1, "Views and aspirations represented", "Plans record the child's views and aspirations.");

        foreach (var section in PlanSections.All.Where(s => !_sectionsLeftOut.Contains(s.Code)))
        {
            version.AddSection(section.Code, section.Title, [Prompt(section.Code)]);
            if (_sectionsWithoutDescriptors.Contains(section.Code))
            {
                continue;
            }

            var (required, ifApplicable) = _descriptorCounts.GetValueOrDefault(section.Code, (1, 0));
            for (var number = 1; number <= required + ifApplicable; number++)
            {
                var applicability = number <= required ? DescriptorApplicability.Required : DescriptorApplicability.IfApplicable;
                version.AddDescriptor(section.Code, number, DescriptorText(section.Code, number), applicability, 1);
            }
        }

        foreach (var grade in Grade.All.Where(g => !_gradesLeftUndescribed.Contains(g)))
        {
            version.DescribeGrade(grade, [GradePoint(grade)]);
        }

        return framework;
    }

    /// <summary>The draft first version of a new framework.</summary>
    public FrameworkVersion BuildDraft() => Build().Versions[0];

    /// <summary>The first version, published and not yet used.</summary>
    public FrameworkVersion BuildPublished()
    {
        var version = BuildDraft();
        version.Publish(PublishedAt);
        return version;
    }

    /// <summary>
    /// Two published versions of one framework, the second a revision of the first, with the ids a
    /// database would give them (1 and 2) so that gradings can tell them apart.
    /// </summary>
    public (FrameworkVersion First, FrameworkVersion Second) BuildRevised()
    {
        var framework = Build();
        var first = framework.Versions[0];
        first.Publish(PublishedAt);
        var second = framework.Revise("Test framework 2027", null, PublishedAt);
        second.Publish(PublishedAt.AddDays(1));
        Ids.Assign(first, 1);
        Ids.Assign(second, 2);
        return (first, second);
    }

    /// <summary>The first version, published and used by a grading, so locked.</summary>
    public FrameworkVersion BuildUsed()
    {
        var version = BuildPublished();
        version.RecordUse(FirstUsedAt);
        return version;
    }
}
