using EhcpQa.Domain.Frameworks.Forms;
using static EhcpQa.Domain.Tests.Frameworks.Forms.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

public class NotApplicablePoints
{
    private static readonly FormSection Part = Section("part-1", Item("1.1", "yes-no-na"), Item("1.2", "yes-no-na"), Item("1.3", "yes-no-na"));

    [Fact]
    public void WhenNotApplicableRemovesTheItem_ItLeavesThePointsAvailable()
    {
        var form = Form([Part], notApplicable: NotApplicableRule.RemovesItem);

        var score = form.ScorePart(Part, Answers(("1.1", "yes"), ("1.2", "no"), ("1.3", "na")));

        Assert.Equal(new Points(10m, 20m), score.Points);
        Assert.Equal(50m, score.Points.Percentage);
    }

    [Fact]
    public void WhenNotApplicableAwardsFullPoints_TheItemCountsAsFullyMet()
    {
        var form = Form([Part], notApplicable: NotApplicableRule.AwardsFullPoints);

        var score = form.ScorePart(Part, Answers(("1.1", "yes"), ("1.2", "no"), ("1.3", "na")));

        Assert.Equal(new Points(20m, 30m), score.Points);
    }

    [Fact]
    public void EveryItemNotApplicable_RemovingThem_LeavesNothingAvailable_AndNoPercentage()
    {
        var score = Form([Part]).ScorePart(Part, Answers(("1.1", "na"), ("1.2", "na"), ("1.3", "na")));

        Assert.Equal(Points.Nothing, score.Points);
        Assert.Null(score.Points.Percentage);
        Assert.True(score.IsComplete);
    }
}
