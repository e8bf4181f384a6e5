using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>
/// Builds a framework whose first version holds one quality standard, every plan section with one
/// descriptor and a prompt, and a descriptor for every grade: enough to publish. Parts can be left out
/// to make a version that cannot be published.
/// </summary>
internal sealed class FrameworkBuilder
{
    public static readonly DateTimeOffset PublishedAt = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset FirstUsedAt = new(2026, 1, 12, 14, 30, 0, TimeSpan.Zero);

    private readonly HashSet<SectionCode> _sectionsLeftOut = [];
    private readonly HashSet<SectionCode> _sectionsWithoutDescriptors = [];
    private readonly HashSet<Grade> _gradesLeftUndescribed = [];

    private FrameworkBuilder()
    {
    }

    /// <summary>Everything a version needs before it can be published.</summary>
    public static FrameworkBuilder Complete() => new();

    public static string DescriptorText(SectionCode code) => $"{PlanSections.Get(code).Label}: descriptor 1";

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

    /// <summary>A framework with one draft version.</summary>
    public Framework Build()
    {
        var framework = new Framework("test-framework", "Test framework");
        var version = framework.StartFirstVersion("Test framework 2026", "Written for the tests", ScoringScheme.GradeOneToFour);
        version.AddQualityStandard(1, "Views and aspirations represented", "Plans record the child's views and aspirations.");

        foreach (var section in PlanSections.All.Where(s => !_sectionsLeftOut.Contains(s.Code)))
        {
            version.AddSection(section.Code, section.Title, [Prompt(section.Code)]);
            if (!_sectionsWithoutDescriptors.Contains(section.Code))
            {
                version.AddDescriptor(section.Code, 1, DescriptorText(section.Code), DescriptorApplicability.Required, 1);
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

    /// <summary>The first version, published and used by a grading, so locked.</summary>
    public FrameworkVersion BuildUsed()
    {
        var version = BuildPublished();
        version.RecordUse(FirstUsedAt);
        return version;
    }
}
