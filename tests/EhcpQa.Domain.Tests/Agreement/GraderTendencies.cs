using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.Agreement;

public class GraderTendencies
{
    private static (string, Grade, Grade) Graded(string grader, int given, int agreed) =>
        (grader, Grade.FromValue(given), Grade.FromValue(agreed));

    [Fact]
    public void EachGrader_IsComparedWithTheAgreedGrades()
    {
        var rows = GraderTendency.Compute(
        [
            Graded("health", 3, 2), Graded("health", 4, 2), Graded("health", 2, 2), Graded("health", 1, 2),
            Graded("education", 2, 3), Graded("education", 2, 2),
            Graded("send", 3, 3),
        ]);

        Assert.Equal(["education", "health", "send"], rows.Select(r => r.GraderId));

        var health = rows[1];
        Assert.Equal(4, health.Count);
        Assert.Equal(0.5, health.MeanDifference);
        Assert.Equal((2, 1, 1), (health.HarsherCount, health.SameCount, health.MoreLenientCount));
        Assert.Equal((0.5, 0.25, 0.25), (health.HarsherShare, health.SameShare, health.MoreLenientShare));

        var education = rows[0];
        Assert.Equal(-0.5, education.MeanDifference);
        Assert.Equal((0.0, 0.5, 0.5), (education.HarsherShare, education.SameShare, education.MoreLenientShare));

        Assert.Equal(new GraderTendencyRow("send", 1, 0, 0, 1, 0), rows[2]);
    }

    [Fact]
    public void HarsherGrader_HasAPositiveMeanDifference()
    {
        // Higher numbers are worse: giving 4 Inadequate where the panel agreed 1 Outstanding is harsher.
        var row = Assert.Single(GraderTendency.Compute([Graded("m1", 4, 1)]));

        Assert.Equal(3, row.MeanDifference);
        Assert.Equal(1.0, row.HarsherShare);
    }

    [Fact]
    public void NoGradings_GiveNoRows()
    {
        Assert.Empty(GraderTendency.Compute([]));
    }

    [Fact]
    public void GradingWithoutAGrade_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => GraderTendency.Compute([("m1", default(Grade), Grade.Good)]));
        Assert.Throws<ArgumentException>(() => GraderTendency.Compute([(" ", Grade.Good, Grade.Good)]));
    }
}
