using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.Grades;

public class GradeScaleOrder
{
    [Fact]
    public void All_RunsFromOutstandingToInadequate()
    {
        Assert.Equal([Grade.Outstanding, Grade.Good, Grade.RequiresImprovement, Grade.Inadequate], Grade.All);
        Assert.Equal([1, 2, 3, 4], Grade.All.Select(g => g.Value));
    }

    [Fact]
    public void All_EachGradeIsBetterThanTheNext()
    {
        for (var i = 0; i < Grade.All.Count - 1; i++)
        {
            Assert.True(Grade.All[i].IsBetterThan(Grade.All[i + 1]), $"{Grade.All[i]} should be better than {Grade.All[i + 1]}");
        }
    }
}
