using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.Grades;

public class GradeFromValue
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void ValueOnTheScale_GivesGradeWithThatValue(int value)
    {
        Assert.Equal(value, Grade.FromValue(value).Value);
    }

    [Fact]
    public void ValueOnTheScale_EqualsTheNamedGrade()
    {
        Assert.Equal(Grade.Outstanding, Grade.FromValue(1));
        Assert.Equal(Grade.Good, Grade.FromValue(2));
        Assert.Equal(Grade.RequiresImprovement, Grade.FromValue(3));
        Assert.Equal(Grade.Inadequate, Grade.FromValue(4));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void ValueOffTheScale_Throws(int value)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Grade.FromValue(value));

        Assert.Equal("value", thrown.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void TryFromValue_ValueOnTheScale_Succeeds(int value)
    {
        Assert.True(Grade.TryFromValue(value, out var grade));
        Assert.Equal(value, grade.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(5)]
    public void TryFromValue_NoValueOrOffTheScale_FailsWithDefault(int? value)
    {
        Assert.False(Grade.TryFromValue(value, out var grade));
        Assert.Equal(default, grade);
    }
}
