using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Dashboards;

/// <summary>A plan records the grade its draft's sign-off rests on, once, when it becomes decisive.</summary>
public class AssuredGradesAtSignOff
{
    private readonly FrameworkVersion _framework = TestData.Gradings.Framework();

    [Fact]
    public void GradedAtLeastGood_RecordsTheSignOffGradeWithThePlansCuts()
    {
        var plan = SignOffSteps.SubmittedPlan();

        var grading = plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);

        var assured = Assert.Single(plan.AssuredGrades);
        Assert.Equal(AssuranceLevel.SignOff, assured.Level);
        Assert.Equal(Grade.Good, assured.Overall);
        Assert.Equal(PlanData.Today, assured.GivenOn);
        Assert.Equal(PlanData.LocalityId, assured.LocalityId);
        Assert.Equal(Phase.KeyStage2, assured.Phase);
        Assert.Equal(BroadAreaOfNeed.CommunicationAndInteraction, assured.Need);
        Assert.Equal(SettingType.Mainstream, assured.Setting);
        Assert.Equal("manager-1", assured.GivenById);
        Assert.Null(assured.PanelSessionId);
        Assert.False(assured.Regraded);
        Assert.Equal(
            grading.Judgements.Where(j => j.Section != SectionCode.Overall).ToDictionary(j => j.Section, j => j.Grade),
            assured.ToAssuredGrading().Sections.ToDictionary());
    }

    [Fact]
    public void BelowGood_RecordsNothingUntilTheGradersAgree_ThenTheAgreedGrade()
    {
        var plan = SignOffSteps.SubmittedPlan();

        plan.GradeCurrentDraft(People.Manager, _framework, Grade.RequiresImprovement);
        Assert.Empty(plan.AssuredGrades);
        plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.Inadequate);
        Assert.Empty(plan.AssuredGrades);
        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Inadequate);

        var assured = Assert.Single(plan.AssuredGrades);
        Assert.Equal(Grade.Inadequate, assured.Overall);
        Assert.Equal("manager-1", assured.GivenById);
    }

    [Fact]
    public void ResubmissionGradedAfterAReturn_IsRecordedAsARegrade()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.Returned, _framework);
        plan.Resubmit();

        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);

        Assert.Equal([false, true], plan.AssuredGrades.Select(a => a.Regraded));
        Assert.Equal([Grade.RequiresImprovement, Grade.Good], plan.AssuredGrades.Select(a => a.Overall));
        Assert.Equal(plan.CurrentVersion!.Id, plan.AssuredGrades[1].PlanVersionId);
    }

    [Fact]
    public void SubmittedJustBeforeMidnightUtcInSummer_CountsOnTheUkDate()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var lateOnTheLastDayOfJune = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);

        plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good, lateOnTheLastDayOfJune);

        Assert.Equal(new DateOnly(2026, 7, 1), plan.AssuredGrades.Single().GivenOn);
    }

    [Fact]
    public void SignedOffOrReturned_AddsNoFurtherGrade()
    {
        var signedOff = SignOffSteps.PlanWithDraft(DraftStatus.SignedOff, _framework);
        var returned = SignOffSteps.PlanWithDraft(DraftStatus.Returned, _framework);

        Assert.Single(signedOff.AssuredGrades);
        Assert.Single(returned.AssuredGrades);
    }
}
