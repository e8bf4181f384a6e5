using EhcpQa.Domain.Frameworks.Forms;
using static EhcpQa.Domain.Tests.Frameworks.Forms.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

public class ItemPoints
{
    private static readonly FormSection Part = Section("A", Item("1", "levels"), Item("2", "levels"), Item("3", "rating-1-5"));

    [Fact]
    public void EachAnswer_EarnsItsOptionsPoints_OutOfTheMostTheScaleOffers()
    {
        var score = Form([Part]).ScorePart(Part, Answers(("1", "2"), ("2", "1"), ("3", "4")));

        Assert.Equal(new Points(7m, 9m), score.Points);
    }

    [Fact]
    public void UnansweredItems_CountInNoTotal_AndAreCounted()
    {
        var score = Form([Part]).ScorePart(Part, Answers(("1", "0")));

        Assert.Equal(new Points(0m, 2m), score.Points);
        Assert.Equal(2, score.Unanswered);
        Assert.False(score.IsComplete);
    }

    [Fact]
    public void AnAnswerNotOnTheScale_CountsAsUnanswered()
    {
        var score = Form([Part]).ScorePart(Part, Answers(("1", "yes"), ("2", "2"), ("3", "5")));

        Assert.Equal(new Points(7m, 7m), score.Points);
        Assert.Equal(1, score.Unanswered);
    }

    [Fact]
    public void ItemsOnScalesWithoutPoints_AndFreeText_CountInNoTotal()
    {
        var part = Section("A", Item("1", "agree"), Item("2", "comment"), Item("3", "yes-no"));

        var score = Form([part]).ScorePart(part, Answers(("1", "agree"), ("2", "Some words"), ("3", "yes")));

        Assert.Equal(new Points(1m, 1m), score.Points);
        Assert.True(score.IsComplete);
    }

    [Fact]
    public void FreeText_IsNeverUnanswered()
    {
        var part = Section("A", Item("1", "comment"));

        Assert.True(Form([part]).ScorePart(part, Answers()).IsComplete);
    }
}
