using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>
/// Takes <see cref="PlanData"/>'s draft plan through sign-off: submitting drafts, grading them to a
/// chosen overall grade, and putting the current draft in any status in one call.
/// </summary>
internal static class SignOffSteps
{
    public const string SectionAText = "Sam loves trains and wants to work on the railway.";
    public const string SectionBText = "Sam has difficulties with social communication.";
    public const string SectionFText = "Sam will have 30 minutes of speech and language therapy each week.";

    /// <summary>A draft with text in sections A, B and F.</summary>
    public static Dictionary<SectionCode, string> DraftText() => new()
    {
        [SectionCode.A] = SectionAText,
        [SectionCode.B] = SectionBText,
        [SectionCode.F] = SectionFText,
    };

    /// <summary>The registered draft plan with version 1 submitted by its caseworker.</summary>
    public static Plan SubmittedPlan()
    {
        var plan = PlanData.Register();
        plan.SubmitDraft(DraftText(), null, People.PlanCaseworker, PlanData.Now);
        return plan;
    }

    /// <summary>Submits a new draft as the plan's caseworker.</summary>
    public static PlanVersion Resubmit(this Plan plan, DateTimeOffset? at = null) =>
        plan.SubmitDraft(DraftText(), null, People.PlanCaseworker, at ?? PlanData.Now);

    /// <summary>Starts the next grading the current draft needs, grades it to <paramref name="overall"/>, submits it and tells the plan.</summary>
    public static Grading GradeCurrentDraft(this Plan plan, Actor grader, FrameworkVersion framework, Grade overall, DateTimeOffset? at = null)
    {
        var when = at ?? PlanData.Now;
        var grading = plan.StartGrading(grader, framework, when);
        grading.GradeAndSubmit(framework, overall, when);
        plan.GradingSubmitted(grading);
        return grading;
    }

    /// <summary>
    /// Makes the current draft ready for a decision at <paramref name="decisive"/>: graded straight to it
    /// when it is at least Good; otherwise graded Requires improvement, given a second opinion, and agreed.
    /// </summary>
    public static void MakeReadyForDecision(this Plan plan, FrameworkVersion framework, Grade decisive)
    {
        if (decisive.IsAtLeastGood)
        {
            plan.GradeCurrentDraft(People.Manager, framework, decisive);
            return;
        }

        plan.GradeCurrentDraft(People.Manager, framework, Grade.RequiresImprovement);
        plan.GradeCurrentDraft(People.SecondManager, framework, decisive);
        plan.GradeCurrentDraft(People.Manager, framework, decisive);
    }

    /// <summary>The plan with version 1 submitted and taken to <paramref name="status"/> by the usual people.</summary>
    public static Plan PlanWithDraft(DraftStatus status, FrameworkVersion framework)
    {
        var plan = SubmittedPlan();
        switch (status)
        {
            case DraftStatus.AwaitingSignOff:
                break;
            case DraftStatus.BeingGraded:
                plan.StartGrading(People.Manager, framework, PlanData.Now);
                break;
            case DraftStatus.AwaitingSecondOpinion:
                plan.GradeCurrentDraft(People.Manager, framework, Grade.RequiresImprovement);
                break;
            case DraftStatus.AwaitingAgreement:
                plan.GradeCurrentDraft(People.Manager, framework, Grade.RequiresImprovement);
                plan.GradeCurrentDraft(People.SecondManager, framework, Grade.RequiresImprovement);
                break;
            case DraftStatus.ReadyForDecision:
                plan.MakeReadyForDecision(framework, Grade.Good);
                break;
            case DraftStatus.Returned:
                plan.MakeReadyForDecision(framework, Grade.RequiresImprovement);
                plan.Return(People.Manager, "See the comments on section F", PlanData.Now);
                break;
            case DraftStatus.SignedOff:
                plan.MakeReadyForDecision(framework, Grade.Good);
                plan.SignOff(People.Manager, null, PlanData.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, null);
        }

        Assert.Equal(status, plan.CurrentVersion?.Status);
        return plan;
    }
}
