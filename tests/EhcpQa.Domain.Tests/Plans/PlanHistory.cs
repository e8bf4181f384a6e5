using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>Every step of sign-off adds an event saying who did what to which version, and when.</summary>
public class PlanHistory
{
    private readonly FrameworkVersion _framework = FrameworkBuilder.Complete().BuildPublished();

    [Fact]
    public void TheWholeLoop_IsRecordedStepByStep()
    {
        var plan = PlanData.Register();
        var at = Enumerable.Range(1, 20).Select(d => PlanData.Now.AddDays(d)).ToArray();

        plan.SubmitDraft(SignOffSteps.DraftText(), null, People.PlanCaseworker, at[0]);
        plan.StartGrading(People.Manager, _framework, at[1]).GradeAndSubmit(_framework, Grade.RequiresImprovement, at[2]).Tell(plan);
        plan.StartGrading(People.SecondManager, _framework, at[3]).GradeAndSubmit(_framework, Grade.Inadequate, at[4]).Tell(plan);
        plan.StartGrading(People.Manager, _framework, at[5]).GradeAndSubmit(_framework, Grade.RequiresImprovement, at[6]).Tell(plan);
        plan.Return(People.Manager, "Quantify section F", at[7]);
        plan.SubmitDraft(SignOffSteps.DraftText(), null, People.PlanCaseworker, at[8]);
        plan.StartGrading(People.QaLead(), _framework, at[9]).GradeAndSubmit(_framework, Grade.Good, at[10]).Tell(plan);
        plan.SignOff(People.QaLead(), null, at[11]);

        Assert.Equal(
            [
                (PlanEventKind.Registered, null, PlanData.RegisteredBy, PlanData.Now),
                (PlanEventKind.DraftSubmitted, 1, PlanData.CaseworkerId, at[0]),
                (PlanEventKind.GradingStarted, 1, "manager-1", at[1]),
                (PlanEventKind.GradingSubmitted, 1, "manager-1", at[2]),
                (PlanEventKind.SecondOpinionNeeded, 1, "manager-1", at[2]),
                (PlanEventKind.GradingStarted, 1, "manager-2", at[3]),
                (PlanEventKind.GradingSubmitted, 1, "manager-2", at[4]),
                (PlanEventKind.GradingStarted, 1, "manager-1", at[5]),
                (PlanEventKind.GradingSubmitted, 1, "manager-1", at[6]),
                (PlanEventKind.Returned, 1, "manager-1", at[7]),
                (PlanEventKind.DraftSubmitted, 2, PlanData.CaseworkerId, at[8]),
                (PlanEventKind.GradingStarted, 2, "qa-lead", at[9]),
                (PlanEventKind.GradingSubmitted, 2, "qa-lead", at[10]),
                (PlanEventKind.SignedOff, 2, "qa-lead", at[11]),
                (PlanEventKind.Issued, 2, "qa-lead", at[11]),
            ],
            plan.Events.Select(e => (e.Kind, e.VersionNumber, e.ActorId, e.At)).ToList<(PlanEventKind, int?, string, DateTimeOffset)>());
    }

    [Fact]
    public void TheDetails_SayWhatHappenedInWords()
    {
        var plan = SignOffSteps.SubmittedPlan();
        plan.MakeReadyForDecision(_framework, Grade.RequiresImprovement);
        plan.Return(People.Manager, null, PlanData.Now);

        Assert.Equal(
            [
                "Added to the register as draft",
                "Draft submitted for sign-off",
                "Sign-off grading started",
                "Sign-off grading: overall 3 Requires improvement",
                "Graded below Good: a second senior officer grades it independently",
                "Second opinion started",
                "Second opinion: overall 3 Requires improvement",
                "Agreed sign-off grade started",
                "Agreed sign-off grade: overall 3 Requires improvement",
                "Returned to the caseworker at 3 Requires improvement",
            ],
            plan.Events.Select(e => e.Detail));
    }

    [Fact]
    public void TheDetails_NeverHoldThePlansTextOrTheChild()
    {
        var plan = SignOffSteps.PlanWithDraft(DraftStatus.SignedOff, _framework);

        Assert.All(plan.Events, e =>
        {
            Assert.DoesNotContain(SignOffSteps.SectionAText, e.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain(SignOffSteps.SectionBText, e.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain(SignOffSteps.SectionFText, e.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain(plan.ChildIdentifier, e.Detail, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EarlierEvents_AreKeptAsTheyWere()
    {
        var plan = SignOffSteps.SubmittedPlan();
        var before = plan.Events.ToList();

        plan.MakeReadyForDecision(_framework, Grade.Good);
        plan.SignOff(People.Manager, null, PlanData.Now);

        Assert.True(plan.Events.Count > before.Count);
        Assert.All(before.Select((e, i) => (e, i)), x => Assert.Same(x.e, plan.Events[x.i]));
    }
}

file static class GradingExtensions
{
    /// <summary>Tells the plan a grading has been submitted, so a step of the loop reads as one line.</summary>
    public static void Tell(this Grading grading, Plan plan) => plan.GradingSubmitted(grading);
}
