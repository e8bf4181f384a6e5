using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.Frameworks;

public class GradeDescription
{
    [Fact]
    public void DescribeGrade_KeepsNonBlankPointsTrimmed()
    {
        var version = NewDraft();

        version.DescribeGrade(Grade.Inadequate, [" Misses essential Code of Practice content ", "", "Clear administrative errors"]);

        var descriptor = version.DescriptorFor(Grade.Inadequate);
        Assert.NotNull(descriptor);
        Assert.Equal(Grade.Inadequate, descriptor.Grade);
        Assert.Equal(["Misses essential Code of Practice content", "Clear administrative errors"], descriptor.Points);
    }

    [Fact]
    public void DescribeGrade_Again_ReplacesTheEarlierDescriptor()
    {
        var version = NewDraft();
        version.DescribeGrade(Grade.Good, ["First wording"]);

        version.DescribeGrade(Grade.Good, ["Second wording"]);

        var descriptor = Assert.Single(version.GradeDescriptors);
        Assert.Equal(["Second wording"], descriptor.Points);
    }

    [Fact]
    public void DescribeGrade_NoPoints_Throws()
    {
        var version = NewDraft();

        Assert.Throws<DomainRuleException>(() => version.DescribeGrade(Grade.Good, ["", "  "]));
        Assert.Null(version.DescriptorFor(Grade.Good));
    }

    [Fact]
    public void DescribeGrade_NoPoints_KeepsTheEarlierDescriptor()
    {
        var version = NewDraft();
        version.DescribeGrade(Grade.Good, ["Provision is specified"]);

        Assert.Throws<DomainRuleException>(() => version.DescribeGrade(Grade.Good, [" "]));

        var descriptor = version.DescriptorFor(Grade.Good);
        Assert.NotNull(descriptor);
        Assert.Equal(["Provision is specified"], descriptor.Points);
    }

    [Fact]
    public void DescriptorFor_UndescribedGrade_IsNull()
    {
        var version = NewDraft();
        version.DescribeGrade(Grade.Outstanding, ["SMART outcomes"]);

        Assert.NotNull(version.DescriptorFor(Grade.Outstanding));
        Assert.Null(version.DescriptorFor(Grade.RequiresImprovement));
    }

    private static FrameworkVersion NewDraft() =>
        new Framework("test", "Test").StartFirstVersion("Test 2026", "Tests", ScoringScheme.GradeOneToFour);
}
