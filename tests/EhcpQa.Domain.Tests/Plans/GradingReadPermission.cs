using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>A second opinion is independent: its grader sees the first grading only once their own is in (<see cref="GradingAccess"/>).</summary>
public class GradingReadPermission
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();
    private readonly Plan _plan = SignOffSteps.SubmittedPlan();
    private readonly Grading _first;

    public GradingReadPermission() => _first = _plan.GradeCurrentDraft(People.Manager, _framework, Grade.RequiresImprovement);

    private PlanVersion Version => _plan.CurrentVersion!;

    [Fact]
    public void SecondOpinionGrader_CannotReadTheFirstGradingWhileTheirsIsInProgress()
    {
        var second = _plan.StartGrading(People.SecondManager, _framework, PlanData.Now);

        Assert.False(GradingAccess.MayRead(People.SecondManager, _first, _plan, null, [_first, second]));
    }

    [Fact]
    public void SecondOpinionGrader_CannotReadTheFirstGradingWhenTheirsIsComplete_ButNotSubmitted()
    {
        var second = _plan.StartGrading(People.SecondManager, _framework, PlanData.Now).GradeTo(_framework, Grade.Good);

        Assert.False(GradingAccess.MayRead(People.SecondManager, _first, _plan, null, [_first, second]));
    }

    [Fact]
    public void SecondOpinionGrader_ReadsTheFirstGradingOnceTheirsIsSubmitted()
    {
        var second = _plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.Good);

        Assert.True(GradingAccess.MayRead(People.SecondManager, _first, _plan, null, [_first, second]));
    }

    [Fact]
    public void SecondOpinionGrader_WhoseGradingIsNotAmongTheVersions_CannotRead()
    {
        _plan.StartGrading(People.SecondManager, _framework, PlanData.Now);

        Assert.False(GradingAccess.MayRead(People.SecondManager, _first, _plan, null, [_first]));
    }

    [Fact]
    public void WhileASecondOpinionIsAwaited_NoOneWhoMightGiveItReadsTheFirstGrading()
    {
        // Before anyone has started the second opinion, whoever reads the first grading could go on to give it.
        Assert.False(GradingAccess.MayRead(People.SecondManager, _first, _plan, null, [_first]));
        Assert.False(GradingAccess.MayRead(People.QaLead(), _first, _plan, null, [_first]));
    }

    [Fact]
    public void Grader_AlwaysReadsTheirOwn()
    {
        var second = _plan.StartGrading(People.SecondManager, _framework, PlanData.Now);

        Assert.True(GradingAccess.MayRead(People.Manager, _first, _plan, null, [_first, second]));
        Assert.True(GradingAccess.MayRead(People.SecondManager, second, _plan, null, [_first, second]));
    }

    [Fact]
    public void FirstGrader_ReadsTheSecondOpinionOnlyOnceSubmitted()
    {
        var second = _plan.StartGrading(People.SecondManager, _framework, PlanData.Now);
        Assert.False(GradingAccess.MayRead(People.Manager, second, _plan, null, [_first, second]));

        second.GradeAndSubmit(_framework, Grade.Good);
        _plan.GradingSubmitted(second);

        Assert.True(GradingAccess.MayRead(People.Manager, second, _plan, null, [_first, second]));
    }

    [Fact]
    public void SomeoneElse_ReadsBothGradingsOnceTheSecondOpinionIsIn()
    {
        var second = _plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.Good);

        Assert.True(GradingAccess.MayRead(People.ThirdManager, _first, _plan, null, [_first, second]));
        Assert.True(GradingAccess.MayRead(People.ThirdManager, second, _plan, null, [_first, second]));
    }

    [Fact]
    public void SomeoneElse_NeverReadsAGradingInProgress()
    {
        var second = _plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.Good);
        var agreement = _plan.StartGrading(People.Manager, _framework, PlanData.Now);

        Assert.False(GradingAccess.MayRead(People.ThirdManager, agreement, _plan, null, [_first, second, agreement]));
        Assert.True(GradingAccess.MayRead(People.Manager, agreement, _plan, null, [_first, second, agreement]));
    }

    [Fact]
    public void WithoutASecondOpinion_ASubmittedGradingIsReadable()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);

        Assert.True(GradingAccess.MayRead(People.SecondManager, grading, plan, null, [grading]));
    }
}
