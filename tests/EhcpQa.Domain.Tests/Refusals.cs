using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.Moderation;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests;

/// <summary>
/// Every refusal speaks one vocabulary: a <see cref="DomainRuleException"/> carrying each <see cref="Problem"/>
/// found, keyed by the field it concerns, with a message that reads as sentences.
/// </summary>
public class Refusals
{
    [Fact]
    public void RegisteringBrokenDetails_IsRefusedWithEveryProblem_KeyedByItsField()
    {
        var details = PlanData.Details() with { Reference = string.Empty, ChildIdentifier = "Alexander" };

        var thrown = Assert.Throws<DomainRuleException>(() => Plan.Register(details, PlanStage.Draft, "qa-lead", PlanData.Now));

        Assert.Equal([nameof(PlanDetails.Reference), nameof(PlanDetails.ChildIdentifier)], thrown.Problems.Select(p => p.Field));
        Assert.Equal("Enter the plan's reference. Enter the child's initials: 1 to 4 letters, not their name.", thrown.Message);
    }

    [Fact]
    public void ARefusalOfTheWhole_HasOneGeneralProblem()
    {
        var thrown = new DomainRuleException("Version 1 is signed off: it is not ready for a decision.");

        var problem = Assert.Single(thrown.Problems);
        Assert.Equal(string.Empty, problem.Field);
        Assert.Equal(thrown.Message, problem.Message);
    }

    [Fact]
    public void NoProblems_RefuseNothing()
    {
        DomainRuleException.ThrowIfAny([]);
    }

    [Fact]
    public void LearningRefusals_CarryTheirFields()
    {
        var session = PanelSessions.New();

        var thrown = Assert.Throws<DomainRuleException>(() =>
            session.RecordLearning(area: " ", feedback: null, learning: null, fromTribunals: null, "qa-lead", PanelSessions.At));

        Assert.Equal([nameof(LearningEntry.Area), nameof(LearningEntry.Feedback)], thrown.Problems.Select(p => p.Field));
    }
}
