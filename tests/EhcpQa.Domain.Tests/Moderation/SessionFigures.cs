using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Moderation;

/// <summary>
/// Session 0 (unsaved) with plans 1–3 moderated by "a" and "b": plan 1 both Good; plan 2 Good and
/// Requires improvement; plan 3 Outstanding and Requires improvement. The panel agreed plan 1 Good and
/// plan 2 Requires improvement; plan 3 is not agreed yet. (A gradings's sections are Good, except that
/// Requires improvement has section A Inadequate.)
/// </summary>
internal static class ModeratedSession
{
    public static readonly FrameworkVersion Framework = TestData.Gradings.Framework();

    public static PanelSession Session()
    {
        var session = PanelSessions.WithMembers(("a", Agency.Health), ("b", Agency.SocialCare));
        foreach (var plan in new[] { 1, 2, 3 })
        {
            session.Assign(new SessionPlan(plan, "caseworker"), "a");
            session.Assign(new SessionPlan(plan, "caseworker"), "b");
        }

        return session;
    }

    public static List<Grading> AllGradings() =>
    [
        Graded(1, GradingPurpose.Moderation, "a", Grade.Good),
        Graded(1, GradingPurpose.Moderation, "b", Grade.Good),
        Graded(2, GradingPurpose.Moderation, "a", Grade.Good),
        Graded(2, GradingPurpose.Moderation, "b", Grade.RequiresImprovement),
        Graded(3, GradingPurpose.Moderation, "a", Grade.Outstanding),
        Graded(3, GradingPurpose.Moderation, "b", Grade.RequiresImprovement),
        Graded(1, GradingPurpose.PanelAgreement, "chair", Grade.Good),
        Graded(2, GradingPurpose.PanelAgreement, "chair", Grade.RequiresImprovement),
    ];

    public static Grading Graded(int planId, GradingPurpose purpose, string grader, Grade overall, int sessionId = 0) =>
        Grading.Start(planId, planId, purpose, grader, Framework, PanelSessions.At, sessionId).GradeAndSubmit(Framework, overall);
}

public sealed class ModerationAgreementFigures
{
    [Fact]
    public void OverallGrades_GiveHandComputedAgreement()
    {
        var figures = ModerationAgreement.Measure(ModeratedSession.AllGradings());

        // Pairs: (2,2) agree; (2,3) one apart; (1,3) two apart.
        Assert.Equal(3, figures.Overall.RaterPairCount);
        Assert.Equal(1.0 / 3, figures.Overall.ExactAgreement!.Value, 10);
        Assert.Equal(2.0 / 3, figures.Overall.WithinOneGradeAgreement!.Value, 10);

        // Ordinal alpha by hand (docs/statistics.md): n = 6, n1 = 1, n2 = 3, n3 = 2;
        // δ²(1,2) = 4, δ²(2,3) = 6.25, δ²(1,3) = 20.25; Σ o·δ² = 2·6.25 + 2·20.25 = 53;
        // Σ n·n·δ² = 2·(3·4 + 6·6.25 + 2·20.25) = 180; α = 1 − 5·53/180 = −17/36.
        Assert.Equal(-17.0 / 36, figures.Overall.Alpha!.Value, 10);
        Assert.Equal(3, figures.PlanCount);
        Assert.Equal(6, figures.ModerationCount);
    }

    [Fact]
    public void EachSection_IsMeasuredOnItsOwn_AndTogether()
    {
        var figures = ModerationAgreement.Measure(ModeratedSession.AllGradings());

        var sectionA = figures.BySection.Single(s => s.Section.Code == SectionCode.A).Result;
        Assert.Equal(3, sectionA.RaterPairCount);
        Assert.Equal(1, sectionA.ExactPairCount);
        Assert.Equal(1, sectionA.WithinOneGradePairCount);
        var sectionB = figures.BySection.Single(s => s.Section.Code == SectionCode.B).Result;
        Assert.Equal(3, sectionB.ExactPairCount);
        Assert.Equal(SectionCode.Overall, figures.BySection[^1].Section.Code);

        Assert.Equal(36, figures.Sections.RaterPairCount);
        Assert.Equal(34, figures.Sections.ExactPairCount);
        Assert.Equal(34, figures.Sections.WithinOneGradePairCount);
    }

    [Fact]
    public void ModeratorTendency_ComparesEveryJudgementWithTheAgreedOne()
    {
        var figures = ModerationAgreement.Measure(ModeratedSession.AllGradings());

        // "a" matched plan 1 everywhere; on plan 2 gave Good where the panel agreed section A Inadequate
        // (−2) and the plan Requires improvement (−1). Plan 3 has no agreed grade, so it does not count.
        var a = figures.Tendencies.Single(t => t.GraderId == "a");
        Assert.Equal(26, a.Count);
        Assert.Equal(-3.0 / 26, a.MeanDifference, 10);
        Assert.Equal(2, a.MoreLenientCount);
        Assert.Equal(0, a.HarsherCount);
        var b = figures.Tendencies.Single(t => t.GraderId == "b");
        Assert.Equal(26, b.SameCount);
        Assert.DoesNotContain(figures.Tendencies, t => t.GraderId == "chair");
    }

    [Fact]
    public void GradingsInProgressAndOutsideSessions_AreLeftOut()
    {
        var gradings = ModeratedSession.AllGradings();
        gradings.Add(Grading.Start(1, 1, GradingPurpose.Moderation, "c", ModeratedSession.Framework, PanelSessions.At, 0));
        gradings.Add(Gradings.Start(ModeratedSession.Framework).GradeAndSubmit(ModeratedSession.Framework, Grade.Inadequate));

        var figures = ModerationAgreement.Measure(gradings);

        Assert.Equal(6, figures.ModerationCount);
        Assert.Equal(3, figures.Overall.RaterPairCount);
    }

    [Fact]
    public void SamePlanInTwoSessions_GivesTwoUnits()
    {
        var gradings = ModeratedSession.AllGradings();
        gradings.Add(ModeratedSession.Graded(1, GradingPurpose.Moderation, "a", Grade.Good, sessionId: 5));
        gradings.Add(ModeratedSession.Graded(1, GradingPurpose.Moderation, "c", Grade.Inadequate, sessionId: 5));

        var figures = ModerationAgreement.Measure(gradings);

        Assert.Equal(4, figures.Overall.UnitCount);
        Assert.Equal(4, figures.Overall.RaterPairCount);
        Assert.Equal(1, figures.Overall.ExactPairCount);
    }
}

public sealed class SessionResultsFigures
{
    private static readonly Dictionary<int, DecisiveOutcome?> SignedOffGood = new()
    {
        [1] = DecisiveOutcome.OfGrade(Grade.Good),
        [2] = DecisiveOutcome.OfGrade(Grade.Good),
        [3] = DecisiveOutcome.OfGrade(Grade.Good),
    };

    [Fact]
    public void AgreedGradeDifferentFromSignOff_CountsAsReGraded()
    {
        var results = SessionResults.For(ModeratedSession.Session(), SignedOffGood, ModeratedSession.AllGradings());

        Assert.Equal([1, 2, 3], results.Plans.Select(p => p.PlanId));
        Assert.Equal(2, results.AgreedCount);
        Assert.Equal(1, results.RegradedCount);
        Assert.True(results.Plans.Single(p => p.PlanId == 2).IsRegraded);
        Assert.Null(results.Plans.Single(p => p.PlanId == 3).AgreedGrade);
        Assert.Equal(2, results.Plans.Single(p => p.PlanId == 3).SubmittedCount);
    }

    [Fact]
    public void PlanNotSignedOffInTheService_IsNeverCountedAsReGraded()
    {
        var results = SessionResults.For(ModeratedSession.Session(), new Dictionary<int, DecisiveOutcome?>(), ModeratedSession.AllGradings());

        Assert.Equal(0, results.RegradedCount);
        Assert.Equal(2, results.AgreedCount);
    }

    [Fact]
    public void AgreedGrades_AreCountedBySection()
    {
        var results = SessionResults.For(ModeratedSession.Session(), SignedOffGood, ModeratedSession.AllGradings());

        var overall = results.AgreedGradesBySection.Single(s => s.Section.Code == SectionCode.Overall);
        Assert.Equal(1, overall.CountOf(Grade.Good));
        Assert.Equal(1, overall.CountOf(Grade.RequiresImprovement));
        Assert.Equal(0, overall.CountOf(Grade.Outstanding));
        var sectionA = results.AgreedGradesBySection.Single(s => s.Section.Code == SectionCode.A);
        Assert.Equal(1, sectionA.CountOf(Grade.Good));
        Assert.Equal(1, sectionA.CountOf(Grade.Inadequate));
        Assert.Equal(2, sectionA.Total);
    }
}
