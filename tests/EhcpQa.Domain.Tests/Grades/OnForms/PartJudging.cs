using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Tests.Frameworks.Forms;

namespace EhcpQa.Domain.Tests.Grades.OnForms;

/// <summary>A part of a form is judged by answering its items on their own scales; the points and a banded grade follow from the answers.</summary>
public class PartJudging
{
    private readonly Domain.Frameworks.FrameworkVersion _version = FormGradings.Publish(FormGradings.Banded());

    [Fact]
    public void AnsweredItems_AreKeptWithThePointsTheyMake()
    {
        var grading = FormGradings.Start(_version);

        var part = grading.Judge(_version, "A", Forms.Answers(("A1", "yes"), ("A2", "no"), ("A3", "  Clear and specific  ")));

        Assert.Equal(("yes", "no", "Clear and specific"), (part.AnswerTo("A1"), part.AnswerTo("A2"), part.AnswerTo("A3")));
        Assert.Equal(new Points(10m, 20m), part.Points);
    }

    [Theory]
    [InlineData("yes", "yes", "1")]
    [InlineData("yes", "no", "3")]
    [InlineData("no", "no", "4")]
    [InlineData("yes", "na", "1")]
    public void ASectionGradedByBands_TakesTheBandsGrade_WhateverTheGraderChose(string first, string second, string expected)
    {
        var grading = FormGradings.Start(_version);

        var part = grading.Judge(_version, "A", Forms.Answers(("A1", first), ("A2", second)), grade: "4");

        Assert.Equal(expected, part.Grade);
        Assert.Equal(expected, part.SuggestedGrade);
        Assert.False(part.IsOverridden);
    }

    [Fact]
    public void AnItemOnAScaleWithOptions_LeftUnanswered_IsRefusedBesideIt()
    {
        var grading = FormGradings.Start(_version);

        var refused = Assert.Throws<DomainRuleException>(() => grading.Judge(_version, "A", Forms.Answers(("A1", "yes"))));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("Answers[A2]", "Answer item A2: yes, no or n/a"), (problem.Field, problem.Message));
        Assert.Empty(grading.Parts);
    }

    [Fact]
    public void AnAnswerThatIsNotOneOfTheScalesOptions_IsRefused()
    {
        var grading = FormGradings.Start(_version);

        var refused = Assert.Throws<DomainRuleException>(() => grading.Judge(_version, "A", Forms.Answers(("A1", "yes"), ("A2", "maybe"))));

        Assert.Equal("Answers[A2]", Assert.Single(refused.Problems).Field);
    }

    [Fact]
    public void AnAnswerToAnItemThePartDoesNotHave_IsRefused()
    {
        var grading = FormGradings.Start(_version);

        var refused = Assert.Throws<DomainRuleException>(() => grading.Judge(_version, "A", Forms.Answers(("A1", "yes"), ("A2", "yes"), ("B1", "yes"))));

        Assert.Equal(("Answers[B1]", "Section A has no item B1"), (Assert.Single(refused.Problems).Field, refused.Problems[0].Message));
    }

    [Fact]
    public void JudgingAPartAgain_ReplacesItsAnswers()
    {
        var grading = FormGradings.Start(_version);
        grading.Judge(_version, "A", Forms.Answers(("A1", "no"), ("A2", "no"), ("A3", "Vague")));

        var part = grading.Judge(_version, "A", Forms.Answers(("A1", "yes"), ("A2", "yes")));

        Assert.Single(grading.Parts);
        Assert.Null(part.AnswerTo("A3"));
        Assert.Equal("1", part.Grade);
    }

    [Fact]
    public void APartTheFormDoesNotHave_IsRefused()
    {
        var grading = FormGradings.Start(_version);

        Assert.Throws<DomainRuleException>(() => grading.Judge(_version, "Z", Forms.Answers()));
    }

    [Fact]
    public void AOneToFourVersion_IsNotJudgedPartByPart()
    {
        var version = TestData.FrameworkBuilder.Complete().BuildPublished();
        var grading = FormGradings.Start(version);

        Assert.Throws<DomainRuleException>(() => grading.Judge(version, "A", Forms.Answers()));
    }
}
