using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.Dashboards;

/// <summary>A grading's section grades are kept as one digit per statutory section in plan order, "-" where not judged.</summary>
public class SectionGradesCode
{
    [Fact]
    public void Grades_AreWrittenInPlanOrder_WithTheOverallLeftOut()
    {
        var grades = SectionGrades.Of(new Dictionary<SectionCode, Grade>
        {
            [SectionCode.K] = Grade.Inadequate,
            [SectionCode.A] = Grade.Outstanding,
            [SectionCode.H2] = Grade.RequiresImprovement,
            [SectionCode.Overall] = Grade.Good,
        });

        Assert.Equal("1-------3--4", grades.Code);
        Assert.Equal(3, grades.Count);
        Assert.Equal([SectionCode.A, SectionCode.H2, SectionCode.K], grades.Keys);
    }

    [Fact]
    public void ACode_ReadsBackToTheSameGrades()
    {
        var grades = SectionGrades.Parse("1234-1234-12");

        Assert.Equal(Grade.Outstanding, grades[SectionCode.A]);
        Assert.Equal(Grade.Inadequate, grades[SectionCode.D]);
        Assert.False(grades.ContainsKey(SectionCode.E));
        Assert.False(grades.TryGetValue(SectionCode.Overall, out _));
        Assert.Equal(Grade.RequiresImprovement, grades.GradeAt(7));
        Assert.Equal("1234-1234-12", SectionGrades.Of(grades).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12341234123")]
    [InlineData("1234123412345")]
    [InlineData("12341234123x")]
    [InlineData("123412341230")]
    [InlineData("123412341235")]
    public void AnythingElse_IsRefused(string code)
    {
        Assert.Throws<FormatException>(() => SectionGrades.Parse(code));
    }
}
