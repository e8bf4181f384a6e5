using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.Frameworks.Forms;
using EhcpQa.Domain.Tests.Grades.OnForms;

namespace EhcpQa.Domain.Tests.Agreement;

/// <summary>
/// Each moderator against what the panel agreed on a form of the authority's own: grades in steps on the form's
/// scale (whichever end is best), or, on a form of points only, percentages of points.
/// </summary>
public class TendencyOnAForm
{
    [Fact]
    public void AModeratorWhoGradedBetterThanAgreed_OnAScaleWhoseBestIsHighest_IsMoreLenient()
    {
        var version = FormGradings.Publish(FormGradings.Chosen());
        Grading[] gradings =
        [
            AgreementOnAForm.Chosen(version, 1, "a", "5"),
            AgreementOnAForm.Chosen(version, 1, "b", "3"),
            AgreementOnAForm.Chosen(version, 1, "chair", "4", GradingPurpose.PanelAgreement),
        ];

        var tendencies = FormAgreement.Measure(version, gradings).Tendencies;

        var lenient = tendencies.Single(t => t.GraderId == "a");
        var harsh = tendencies.Single(t => t.GraderId == "b");
        // The overall grade and both sections: three grades each, one step from the agreed 4.
        Assert.Equal((3, -1d, 3), (lenient.Count, lenient.MeanDifference, lenient.MoreLenientCount));
        Assert.Equal((3, 1d, 3), (harsh.Count, harsh.MeanDifference, harsh.HarsherCount));
        Assert.Equal("More lenient than the panel", TendencyWording(lenient));
    }

    [Fact]
    public void OnAFormOfPointsOnly_PercentagesAreCompared_InPercentagePoints()
    {
        var version = FormGradings.Publish(FormGradings.MarksOnly());
        Grading Marked(string grader, string second, GradingPurpose purpose)
        {
            var grading = Grading.Start(1, 1, purpose, grader, version, FormGradings.At, panelSessionId: AgreementOnAForm.Session);
            grading.Judge(version, "part-1", Forms.Answers(("1.1", "yes"), ("1.2", second)));
            grading.Submit(version, FormGradings.At);
            return grading;
        }

        var figures = FormAgreement.Measure(version, [Marked("a", "no", GradingPurpose.Moderation), Marked("chair", "yes", GradingPurpose.PanelAgreement)]);

        Assert.True(figures.TendenciesOnPoints);
        var row = Assert.Single(figures.Tendencies);
        // 50 % given against 100 % agreed: 50 percentage points harsher.
        Assert.Equal(("a", 1, 50d, 1), (row.GraderId, row.Count, row.MeanDifference, row.HarsherCount));
    }

    [Fact]
    public void WithoutAnAgreedResult_ThereIsNoTendency()
    {
        var version = FormGradings.Publish(FormGradings.Chosen());

        var figures = FormAgreement.Measure(version, [AgreementOnAForm.Chosen(version, 1, "a", "5"), AgreementOnAForm.Chosen(version, 1, "b", "3")]);

        Assert.Empty(figures.Tendencies);
    }

    private static string TendencyWording(GraderTendencyRow row) => row.MeanDifference switch
    {
        > 0 => "Harsher than the panel",
        < 0 => "More lenient than the panel",
        _ => "In line with the panel",
    };
}
