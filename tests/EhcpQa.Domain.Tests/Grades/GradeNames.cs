using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.Grades;

public class GradeNames
{
    [Theory]
    [InlineData(1, "Outstanding")]
    [InlineData(2, "Good")]
    [InlineData(3, "Requires improvement")]
    [InlineData(4, "Inadequate")]
    public void EachGrade_HasItsFrameworkName(int value, string expected)
    {
        Assert.Equal(expected, Grade.FromValue(value).Name);
    }

    [Theory]
    [InlineData(1, "1 Outstanding")]
    [InlineData(3, "3 Requires improvement")]
    public void ToString_GivesNumberThenName(int value, string expected)
    {
        Assert.Equal(expected, Grade.FromValue(value).ToString());
    }

    [Fact]
    public void UnsetGrade_IsNamedNotGraded()
    {
        Assert.Equal("Not graded", default(Grade).Name);
    }
}
