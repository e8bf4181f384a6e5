using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

public class GradingOverallGrade
{
    private readonly FrameworkVersion _framework = Gradings.Framework();

    [Fact]
    public void BeforeTheOverallIsJudged_IsNull()
    {
        var grading = Gradings.Start(_framework).JudgeSectionsAllYes(_framework);

        Assert.Null(grading.OverallGrade);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void AfterTheOverallIsJudged_IsItsChosenGrade(int value)
    {
        var grade = Grade.FromValue(value);

        var grading = Gradings.Start(_framework).GradeTo(_framework, grade);

        Assert.Equal(grade, grading.OverallGrade);
        Assert.Equal(grade, grading.Judgement(SectionCode.Overall)!.Grade);
    }

    [Fact]
    public void IsNotTheWorstSectionGrade()
    {
        var grading = Gradings.Start(_framework).GradeTo(_framework, Grade.RequiresImprovement);

        Assert.Contains(grading.Judgements, j => j.Grade == Grade.Inadequate);
        Assert.Equal(Grade.RequiresImprovement, grading.OverallGrade);
    }
}
