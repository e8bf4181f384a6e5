using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

/// <summary>An answer scale is added, changed, renamed (its items and the overall rating follow it) and removed once nothing is answered on it.</summary>
public class AnswerScaleEditing
{
    private static readonly FrameworkForm Form = Forms.Form(
        [Forms.Section("A", Forms.Item("1", "levels"), Forms.Item("2", "yes-no"))],
        Forms.OneToFour,
        overall: new OverallPart(new FormSection(OverallPart.Code, OverallPart.DefaultTitle, [], [Forms.Item("1", "levels")]), GradeRule.NoGrade, new OverallRating("How good is the plan?", "levels")));

    private static readonly AnswerScale Confidence = new(
        "confidence",
        AnswerKind.Rating,
        [new("1", "Not confident"), new("2", "Fairly confident"), new("3", "Confident")]);

    [Fact]
    public void AScale_IsAdded_AtTheEnd()
    {
        var changed = Form.WithAnswerScale(null, Confidence with { Key = " confidence " });

        Assert.Equal("confidence", changed.AnswerScales[^1].Key);
        Assert.Empty(changed.Problems());
    }

    [Fact]
    public void AScaleGivenANewKey_TakesItsItemsAndTheOverallRatingWithIt()
    {
        var changed = Form.WithAnswerScale("levels", Forms.Levels with { Key = "evidence" });

        Assert.Equal("evidence", changed.Sections[0].Items[0].Answers);
        Assert.Equal("yes-no", changed.Sections[0].Items[1].Answers);
        Assert.Equal("evidence", changed.Overall!.Part.Items[0].Answers);
        Assert.Equal("evidence", changed.Overall.Rating!.Answers);
        Assert.Null(changed.Scale("levels"));
        Assert.Empty(changed.Problems());
    }

    [Fact]
    public void AScaleItemsAreAnsweredOn_CannotBeRemoved()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Form.WithoutAnswerScale("levels"));

        Assert.Contains("2 items are answered on \"levels\"", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AScaleNothingIsAnsweredOn_IsRemoved()
    {
        var changed = Form.WithoutAnswerScale("comment");

        Assert.Null(changed.Scale("comment"));
        Assert.Empty(changed.Problems());
    }

    [Fact]
    public void AChoiceScaleMadeFreeText_WhileTheOverallRatingUsesIt_BreaksARule()
    {
        var changed = Form.WithAnswerScale("levels", new AnswerScale("levels", AnswerKind.Text, []));

        Assert.Contains(changed.Problems(), p => p.Field == "overall.rating.answers");
    }
}
