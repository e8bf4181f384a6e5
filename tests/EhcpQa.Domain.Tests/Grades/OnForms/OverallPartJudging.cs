using EhcpQa.Domain.Tests.Frameworks.Forms;

namespace EhcpQa.Domain.Tests.Grades.OnForms;

/// <summary>The whole is judged last: its grade banded on the total or chosen under the sections' caps, with the form's overall rating.</summary>
public class OverallPartJudging
{
    [Fact]
    public void BeforeEverySection_IsRefusedNamingThoseStillToDo()
    {
        var version = FormGradings.Publish(FormGradings.Banded());
        var grading = FormGradings.Start(version);
        grading.Judge(version, "A", Forms.Answers(("A1", "yes"), ("A2", "yes")));

        var refused = Assert.Throws<DomainRuleException>(() => grading.Judge(version, "overall", Forms.Answers()));

        Assert.Contains("B still to do", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BandedOnTheTotal_TakesTheBandOfEveryPointAwarded()
    {
        var version = FormGradings.Publish(FormGradings.Banded());
        var grading = FormGradings.Start(version);
        grading.Judge(version, "A", Forms.Answers(("A1", "yes"), ("A2", "yes")));
        grading.Judge(version, "B", Forms.Answers(("B1", "yes"), ("B2", "no")));

        // 30 of 40: 75 %, Good.
        var overall = grading.Judge(version, "overall", Forms.Answers());

        Assert.Equal("2", overall.Grade);
    }

    [Fact]
    public void ASectionChangedAfterwards_MovesABandedOverallGradeWithIt()
    {
        var version = FormGradings.Publish(FormGradings.Banded());
        var grading = FormGradings.Start(version);
        grading.Judge(version, "A", Forms.Answers(("A1", "yes"), ("A2", "yes")));
        grading.Judge(version, "B", Forms.Answers(("B1", "yes"), ("B2", "no")));
        var overall = grading.Judge(version, "overall", Forms.Answers());

        grading.Judge(version, "B", Forms.Answers(("B1", "no"), ("B2", "no")));

        // 20 of 40: 50 %, Requires improvement.
        Assert.Equal(("3", "3"), (overall.SuggestedGrade, overall.Grade));
    }

    [Fact]
    public void TheOverallRating_IsRequiredWhereTheFormAsksIt()
    {
        var version = FormGradings.Publish(FormGradings.Chosen());
        var grading = FormGradings.Start(version);
        grading.Judge(version, "A", Forms.Answers(("A1", "4"), ("A2", "yes")), grade: "4");
        grading.Judge(version, "B", Forms.Answers(("B1", "4")), grade: "4");

        var refused = Assert.Throws<DomainRuleException>(() => grading.Judge(version, "overall", Forms.Answers(), grade: "4"));

        Assert.Equal("Rating", Assert.Single(refused.Problems).Field);
    }

    [Fact]
    public void AChosenOverallGrade_IsCappedByASectionBelowTheBar_UnlessTheGraderSaysWhy()
    {
        var version = FormGradings.Publish(FormGradings.Chosen());
        var grading = FormGradings.Start(version);
        grading.Judge(version, "A", Forms.Answers(("A1", "4"), ("A2", "yes")), grade: "4");
        grading.Judge(version, "B", Forms.Answers(("B1", "1")), grade: "1");

        var refused = Assert.Throws<DomainRuleException>(() => grading.Judge(version, "overall", Forms.Answers(), grade: "4", rating: "3"));
        var overall = grading.Judge(version, "overall", Forms.Answers(), grade: "2", rating: "3");

        Assert.Equal("OverrideReason", Assert.Single(refused.Problems).Field);
        Assert.Equal(("2", "2", "3"), (overall.SuggestedGrade, overall.Grade, overall.Rating));
    }
}
