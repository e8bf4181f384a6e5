using EhcpQa.Domain.Frameworks.Forms;
using static EhcpQa.Domain.Tests.Frameworks.Forms.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

public class Totals
{
    [Fact]
    public void SubheadingTotals_FollowTheOrderOfFirstAppearance_AndAddUpToThePart()
    {
        var part = Section(
            "process",
            Item("1", "rating-1-5", "Timeliness"),
            Item("2", "yes-no", "Contributions"),
            Item("3", "rating-1-5", "Timeliness"),
            Item("4", "yes-no"));

        var score = Form([part]).ScorePart(part, Answers(("1", "3"), ("2", "yes"), ("3", "5"), ("4", "no")));

        Assert.Equal(
            [new SubheadingScore("Timeliness", new Points(8m, 10m)), new SubheadingScore("Contributions", new Points(1m, 1m)), new SubheadingScore(null, new Points(0m, 1m))],
            score.Subtotals);
        Assert.Equal(new Points(9m, 12m), score.Points);
    }

    [Fact]
    public void TheWholeFormsTotal_AddsEverySectionAndTheOverallItems()
    {
        var a = Section("A", Item("1", "levels"));
        var b = Section("B", Item("1", "levels"), Item("2", "levels"));
        var overall = new OverallPart(Section(OverallPart.Code, Item("1", "yes-no")), GradeRule.NoGrade, null);
        var form = Form([a, b], overall: overall);

        var score = form.Score(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["A"] = Answers(("1", "2")),
            ["B"] = Answers(("1", "1"), ("2", "0")),
            [OverallPart.Code] = Answers(("1", "yes")),
        });

        Assert.Equal(new Points(2m, 2m), score.Section("A")!.Points);
        Assert.Equal(new Points(1m, 4m), score.Section("B")!.Points);
        Assert.Equal(new Points(1m, 1m), score.Overall!.Points);
        Assert.Equal(new Points(4m, 7m), score.Total);
    }

    [Theory]
    [InlineData(14, 20, "14 out of 20 (70.0%)")]
    [InlineData(2, 3, "2 out of 3 (66.7%)")]
    [InlineData(7.5, 10, "7.5 out of 10 (75.0%)")]
    [InlineData(0, 0, "0 out of 0")]
    public void PointsAreShown_AwardedOutOfAvailable_WithThePercentageToOnePlace(double awarded, double available, string shown)
    {
        Assert.Equal(shown, new Points((decimal)awarded, (decimal)available).ToString());
    }

    [Fact]
    public void APercentage_IsAwardedOverAvailable_Unrounded()
    {
        Assert.Equal(200m / 3m, new Points(2m, 3m).Percentage);
    }
}
