using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.Grades;

public class GradeWorstOf
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 4)]
    [InlineData(3, 1, 3, 2)]
    [InlineData(4, 2, 4, 1, 4)]
    [InlineData(2, 2, 1, 1, 2)]
    [InlineData(4, 4, 1)]
    public void SeveralGrades_GivesTheHighestNumber(int expectedWorst, params int[] values)
    {
        var worst = Grade.WorstOf(values.Select(Grade.FromValue));

        Assert.Equal(Grade.FromValue(expectedWorst), worst);
    }

    [Fact]
    public void NoGrades_GivesNull()
    {
        Assert.Null(Grade.WorstOf([]));
    }
}
