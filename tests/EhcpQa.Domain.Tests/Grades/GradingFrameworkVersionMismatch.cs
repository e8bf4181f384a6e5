using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Grades;

/// <summary>A grading stays with the framework version it was started against, even when a revision is published.</summary>
public class GradingFrameworkVersionMismatch
{
    private readonly FrameworkVersion _first;
    private readonly FrameworkVersion _second;

    public GradingFrameworkVersionMismatch() => (_first, _second) = FrameworkBuilder.Complete().BuildRevised();

    [Fact]
    public void Judge_AgainstAnotherVersion_IsRefused()
    {
        var grading = Gradings.Start(_first);

        var thrown = Assert.Throws<DomainRuleException>(() => grading.Judge(
            _second, SectionCode.A, Answers.AllYes(_second, SectionCode.A), Grade.Good, new SectionCommentary(), PlanData.Now));

        Assert.Contains("another version of the framework", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(grading.Judgements);
    }

    [Fact]
    public void Judge_AgainstItsOwnVersion_IsAccepted()
    {
        var grading = Gradings.Start(_second);

        grading.JudgeAsSuggested(_second, SectionCode.A, Answers.AllYes(_second, SectionCode.A));

        Assert.Equal(_second.Id, grading.FrameworkVersionId);
        Assert.NotNull(grading.Judgement(SectionCode.A));
    }

    [Fact]
    public void Submit_AgainstAnotherVersion_IsRefused()
    {
        var grading = Gradings.Start(_first).GradeTo(_first, Grade.Good);

        var thrown = Assert.Throws<DomainRuleException>(() => grading.Submit(_second, PlanData.Now));

        Assert.Contains("another version of the framework", thrown.Message, StringComparison.Ordinal);
        Assert.False(grading.IsSubmitted);
    }

    [Fact]
    public void Start_LocksOnlyTheVersionUsed()
    {
        Gradings.Start(_first);

        Assert.True(_first.IsLocked);
        Assert.False(_second.IsLocked);
    }
}
