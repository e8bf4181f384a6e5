using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Tests.Frameworks.Forms;

namespace EhcpQa.Domain.Tests.Grades.OnForms;

/// <summary>A grading on a form is submitted once every part is judged, with its result in the form's own terms and whether it reaches the form's bar.</summary>
public class FormGradingSubmission
{
    [Fact]
    public void WithPartsOutstanding_IsRefusedNamingThem()
    {
        var version = FormGradings.Publish(FormGradings.Banded());
        var grading = FormGradings.Start(version);
        grading.Judge(version, "A", Forms.Answers(("A1", "yes"), ("A2", "yes")));

        var refused = Assert.Throws<DomainRuleException>(() => grading.Submit(version, FormGradings.At));

        Assert.Contains("Section B, The plan overall still to do", refused.Message, StringComparison.Ordinal);
        Assert.False(grading.IsSubmitted);
    }

    [Fact]
    public void AGradedForm_GivesItsOverallGradeAndPoints_AndWhetherItPasses()
    {
        var version = FormGradings.Publish(FormGradings.Banded());
        var grading = FormGradings.Start(version);
        grading.Judge(version, "A", Forms.Answers(("A1", "yes"), ("A2", "yes")));
        grading.Judge(version, "B", Forms.Answers(("B1", "yes"), ("B2", "no")));
        grading.Judge(version, "overall", Forms.Answers());

        grading.Submit(version, FormGradings.At);

        Assert.Equal("2 Good; 30 out of 40 (75.0%)", grading.Result);
        Assert.True(grading.PassesBar);
        Assert.Null(grading.OverallGrade);
    }

    [Fact]
    public void OnAScaleWhoseBestEndIsHighest_AGradeBelowTheBar_DoesNotPass()
    {
        var version = FormGradings.Publish(FormGradings.Chosen());
        var grading = FormGradings.Start(version);
        grading.Judge(version, "A", Forms.Answers(("A1", "2"), ("A2", "no")), grade: "2");
        grading.Judge(version, "B", Forms.Answers(("B1", "2")), grade: "2");
        grading.Judge(version, "overall", Forms.Answers(), grade: "2", rating: "2");

        grading.Submit(version, FormGradings.At);

        Assert.False(grading.PassesBar);
        Assert.Equal("2 Weak; 4 out of 11 (36.4%); rated 2 Weak", grading.Result);
    }

    [Fact]
    public void AFormOfMarksOnly_GivesItsMarks_AndSetsNoBar()
    {
        var version = FormGradings.Publish(FormGradings.MarksOnly());
        var grading = FormGradings.Start(version);
        grading.Judge(version, "part-1", Forms.Answers(("1.1", "yes"), ("1.2", "na")));

        grading.Submit(version, FormGradings.At);

        Assert.Equal("20 out of 20 (100.0%)", grading.Result);
        Assert.Null(grading.PassesBar);
        Assert.DoesNotContain(Domain.Grades.Grading.PartsToJudge(version.Form!), p => p.Code == OverallPart.Code);
    }
}
