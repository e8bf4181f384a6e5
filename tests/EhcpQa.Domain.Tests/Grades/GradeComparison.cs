using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.Grades;

public class GradeComparison
{
    [Theory]
    [InlineData(1, 2, true)]
    [InlineData(2, 1, false)]
    [InlineData(2, 2, false)]
    [InlineData(1, 4, true)]
    [InlineData(3, 4, true)]
    [InlineData(4, 3, false)]
    public void IsBetterThan_LowerNumberIsBetter(int grade, int other, bool expected)
    {
        Assert.Equal(expected, Grade.FromValue(grade).IsBetterThan(Grade.FromValue(other)));
    }

    [Theory]
    [InlineData(2, 1, true)]
    [InlineData(1, 2, false)]
    [InlineData(3, 3, false)]
    [InlineData(4, 1, true)]
    [InlineData(4, 3, true)]
    [InlineData(3, 4, false)]
    public void IsWorseThan_HigherNumberIsWorse(int grade, int other, bool expected)
    {
        Assert.Equal(expected, Grade.FromValue(grade).IsWorseThan(Grade.FromValue(other)));
    }

    [Theory]
    [InlineData(1, 2, true)]
    [InlineData(2, 2, true)]
    [InlineData(3, 2, false)]
    [InlineData(4, 4, true)]
    [InlineData(4, 3, false)]
    [InlineData(1, 1, true)]
    public void IsSameOrBetterThan_IncludesEqualGrades(int grade, int other, bool expected)
    {
        Assert.Equal(expected, Grade.FromValue(grade).IsSameOrBetterThan(Grade.FromValue(other)));
    }

    [Fact]
    public void AnyTwoGrades_AreExactlyOneOfBetterWorseOrEqual()
    {
        foreach (var grade in Grade.All)
        {
            foreach (var other in Grade.All)
            {
                var outcomes = new[] { grade.IsBetterThan(other), grade.IsWorseThan(other), grade == other };

                Assert.Single(outcomes, outcome => outcome);
                Assert.Equal(grade.IsBetterThan(other) || grade == other, grade.IsSameOrBetterThan(other));
                Assert.Equal(grade.IsBetterThan(other), other.IsWorseThan(grade));
            }
        }
    }

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(1, 2, 1)]
    [InlineData(2, 1, 1)]
    [InlineData(3, 2, 1)]
    [InlineData(1, 3, 2)]
    [InlineData(1, 4, 3)]
    [InlineData(4, 1, 3)]
    public void StepsFrom_CountsPlacesApartEitherWay(int grade, int other, int expected)
    {
        Assert.Equal(expected, Grade.FromValue(grade).StepsFrom(Grade.FromValue(other)));
    }
}
