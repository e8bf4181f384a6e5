using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks;

/// <summary>A framework section's heading names its plan section and title, once each.</summary>
public class SectionHeadings
{
    private static readonly FrameworkVersion Version = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void ASection_IsHeadedByItsLabelAndTitle()
    {
        var section = Version.Section(SectionCode.B);

        Assert.Equal($"Section B: {section.Title}", section.Heading);
    }

    [Fact]
    public void ThePlanOverall_TitledAsItsLabel_IsHeadedOnce()
    {
        var framework = new Framework("overall-test", "Overall test");
        var version = framework.StartFirstVersion("First", string.Empty, ScoringScheme.GradeOneToFour);
        var overall = version.AddSection(SectionCode.Overall, "The plan overall", []);

        Assert.Equal("The plan overall", overall.Heading);
    }
}
