using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>A second opinion is independent: its grader sees the first grading only once their own is in.</summary>
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

        Assert.False(SignOffRules.MayRead(People.SecondManager, _first, Version, [_first, second]));
    }

    [Fact]
    public void SecondOpinionGrader_CannotReadTheFirstGradingWhenTheirsIsComplete_ButNotSubmitted()
    {
        var second = _plan.StartGrading(People.SecondManager, _framework, PlanData.Now).GradeTo(_framework, Grade.Good);

        Assert.False(SignOffRules.MayRead(People.SecondManager, _first, Version, [_first, second]));
    }

    [Fact]
    public void SecondOpinionGrader_ReadsTheFirstGradingOnceTheirsIsSubmitted()
    {
        var second = _plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.Good);

        Assert.True(SignOffRules.MayRead(People.SecondManager, _first, Version, [_first, second]));
    }

    [Fact]
    public void SecondOpinionGrader_WhoseGradingIsNotAmongTheVersions_CannotRead()
    {
        _plan.StartGrading(People.SecondManager, _framework, PlanData.Now);

        Assert.False(SignOffRules.MayRead(People.SecondManager, _first, Version, [_first]));
    }

    [Fact]
    public void WhileASecondOpinionIsAwaited_NoOneWhoMightGiveItReadsTheFirstGrading()
    {
        // Before anyone has started the second opinion, whoever reads the first grading could go on to give it.
        Assert.False(SignOffRules.MayRead(People.SecondManager, _first, Version, [_first]));
        Assert.False(SignOffRules.MayRead(People.QaLead(), _first, Version, [_first]));
    }

    [Fact]
    public void Grader_AlwaysReadsTheirOwn()
    {
        var second = _plan.StartGrading(People.SecondManager, _framework, PlanData.Now);

        Assert.True(SignOffRules.MayRead(People.Manager, _first, Version, [_first, second]));
        Assert.True(SignOffRules.MayRead(People.SecondManager, second, Version, [_first, second]));
    }

    [Fact]
    public void FirstGrader_ReadsTheSecondOpinionOnlyOnceSubmitted()
    {
        var second = _plan.StartGrading(People.SecondManager, _framework, PlanData.Now);
        Assert.False(SignOffRules.MayRead(People.Manager, second, Version, [_first, second]));

        second.GradeAndSubmit(_framework, Grade.Good);
        _plan.GradingSubmitted(second);

        Assert.True(SignOffRules.MayRead(People.Manager, second, Version, [_first, second]));
    }

    [Fact]
    public void SomeoneElse_ReadsBothGradingsOnceTheSecondOpinionIsIn()
    {
        var second = _plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.Good);

        Assert.True(SignOffRules.MayRead(People.ThirdManager, _first, Version, [_first, second]));
        Assert.True(SignOffRules.MayRead(People.ThirdManager, second, Version, [_first, second]));
    }

    [Fact]
    public void SomeoneElse_NeverReadsAGradingInProgress()
    {
        var second = _plan.GradeCurrentDraft(People.SecondManager, _framework, Grade.Good);
        var agreement = _plan.StartGrading(People.Manager, _framework, PlanData.Now);

        Assert.False(SignOffRules.MayRead(People.ThirdManager, agreement, Version, [_first, second, agreement]));
        Assert.True(SignOffRules.MayRead(People.Manager, agreement, Version, [_first, second, agreement]));
    }

    [Fact]
    public void WithoutASecondOpinion_ASubmittedGradingIsReadable()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.GradeCurrentDraft(People.Manager, _framework, Grade.Good);

        Assert.True(SignOffRules.MayRead(People.SecondManager, grading, plan.CurrentVersion!, [grading]));
    }
}
