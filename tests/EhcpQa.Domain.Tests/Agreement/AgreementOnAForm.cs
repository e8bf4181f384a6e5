using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.Frameworks.Forms;
using EhcpQa.Domain.Tests.Grades.OnForms;

namespace EhcpQa.Domain.Tests.Agreement;

/// <summary>Moderators' agreement on a form of the authority's own: grades as ranks on its scale (ordinal alpha), points as percentages (interval alpha).</summary>
public class AgreementOnAForm
{
    internal const int Session = 9;

    private static readonly string[] Graders = ["a", "b"];

    [Fact]
    public void GradesOnAScaleWhoseBestIsHighest_AreComparedAsRanks()
    {
        var version = FormGradings.Publish(FormGradings.Chosen());
        Grading[] gradings =
        [
            Chosen(version, 1, "a", "5"), Chosen(version, 1, "b", "4"),
            Chosen(version, 2, "a", "2"), Chosen(version, 2, "b", "2"),
        ];

        var figures = FormAgreement.Measure(version, gradings);

        Assert.Equal((2, 2, 1, 2), (figures.Overall!.UnitCount, figures.Overall.RaterPairCount, figures.Overall.ExactPairCount, figures.Overall.WithinOneGradePairCount));
        Assert.Equal(["A", "B"], figures.ByPart.Select(p => p.Code));
        Assert.Equal((2, 4), (figures.PlanCount, figures.ModerationCount));
        Assert.NotNull(figures.Overall.Alpha);
    }

    [Fact]
    public void Points_AreComparedAsPercentages_CloseWithinTenPoints()
    {
        var version = FormGradings.Publish(FormGradings.Banded());
        Grading[] gradings =
        [
            Banded(version, 1, "a", "yes", "yes"), Banded(version, 1, "b", "yes", "no"),
            Banded(version, 2, "a", "no", "no"), Banded(version, 2, "b", "no", "no"),
        ];

        var points = FormAgreement.Measure(version, gradings).Points!;

        // Plan 1: 100 % against 50 %; plan 2: 0 % against 0 %.
        Assert.Equal((2, 2, 1, 1), (points.UnitCount, points.RaterPairCount, points.ExactPairCount, points.WithinOneGradePairCount));
        Assert.Equal(4, points.PairableRatingCount);
        Assert.NotNull(points.Alpha);
    }

    [Fact]
    public void AFormOfMarksOnly_HasNoGradesToCompare_OnlyItsPoints()
    {
        var version = FormGradings.Publish(FormGradings.MarksOnly());
        var gradings = Graders.Select(grader =>
        {
            var grading = Grading.Start(1, 1, GradingPurpose.Moderation, grader, version, FormGradings.At, panelSessionId: Session);
            grading.Judge(version, "part-1", Forms.Answers(("1.1", "yes"), ("1.2", grader == "a" ? "yes" : "no")));
            grading.Submit(version, FormGradings.At);
            return grading;
        });

        var figures = FormAgreement.Measure(version, gradings);

        Assert.Null(figures.Overall);
        Assert.Empty(figures.ByPart);
        Assert.Equal(1, figures.Points!.RaterPairCount);
    }

    [Fact]
    public void ModerationsStillInProgress_AreLeftOut()
    {
        var version = FormGradings.Publish(FormGradings.Banded());
        var unsubmitted = Grading.Start(1, 1, GradingPurpose.Moderation, "c", version, FormGradings.At, panelSessionId: Session);

        var figures = FormAgreement.Measure(version, [Banded(version, 1, "a", "yes", "yes"), unsubmitted]);

        Assert.Equal((1, 0), (figures.ModerationCount, figures.Overall!.RaterPairCount));
    }

    internal static Grading Chosen(FrameworkVersion version, int planId, string grader, string grade, GradingPurpose purpose = GradingPurpose.Moderation)
    {
        var grading = Grading.Start(planId, 1, purpose, grader, version, FormGradings.At, panelSessionId: Session);
        var answer = grade is "5" or "4" ? "5" : "1";
        var met = grade is "5" or "4" ? "yes" : "no";
        const string reason = "Weighed the plan as a whole";
        grading.Judge(version, "A", Forms.Answers(("A1", answer), ("A2", met)), grade: grade, overrideReason: reason);
        grading.Judge(version, "B", Forms.Answers(("B1", answer)), grade: grade, overrideReason: reason);
        grading.Judge(version, "overall", Forms.Answers(), grade: grade, rating: grade, overrideReason: reason);
        grading.Submit(version, FormGradings.At);
        return grading;
    }

    internal static Grading Banded(FrameworkVersion version, int planId, string grader, string first, string second, GradingPurpose purpose = GradingPurpose.Moderation)
    {
        var grading = Grading.Start(planId, 1, purpose, grader, version, FormGradings.At, panelSessionId: Session);
        grading.Judge(version, "A", Forms.Answers(("A1", first), ("A2", second)));
        grading.Judge(version, "B", Forms.Answers(("B1", first), ("B2", second)));
        grading.Judge(version, "overall", Forms.Answers());
        grading.Submit(version, FormGradings.At);
        return grading;
    }
}
