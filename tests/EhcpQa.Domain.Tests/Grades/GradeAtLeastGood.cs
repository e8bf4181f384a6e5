using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.Grades;

public class GradeAtLeastGood
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void OnlyOutstandingAndGood_AreAtLeastGood(int value, bool expected)
    {
        Assert.Equal(expected, Grade.FromValue(value).IsAtLeastGood);
    }

    [Fact]
    public void UnsetGrade_IsNotAtLeastGood()
    {
        Assert.False(default(Grade).IsAtLeastGood);
    }
}
