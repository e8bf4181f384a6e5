using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Plans;

/// <summary>Submitting any grading of the plan: one operation, whatever the grading is for.</summary>
public sealed partial class Plan
{
    /// <summary>
    /// Submits one of the plan's gradings and carries out what it decides: a sign-off grading, second
    /// opinion or agreed sign-off grade moves the draft's sign-off on (<see cref="GradingSubmitted"/>); a
    /// moderator's grading is fixed as their own; a panel's agreed grade is recorded in the plan's history
    /// and its assured grades (<see cref="RecordPanelAgreement"/>). Only the person filling it in submits
    /// it, and only while they may (<see cref="GradingAccess.MayEdit"/>).
    /// </summary>
    /// <param name="session">The moderation session a moderation or agreed panel grade belongs to; null for sign-off gradings.</param>
    public void SubmitGrading(Grading grading, FrameworkVersion framework, PanelSession? session, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(grading);
        if (!GradingAccess.MayEdit(by, grading, this, session))
        {
            throw new DomainRuleException("Only the person filling in a grading can submit it.");
        }

        grading.Submit(framework, at);
        switch (grading.Purpose)
        {
            case GradingPurpose.PanelAgreement:
                RecordPanelAgreement(grading, session!);
                break;
            case GradingPurpose.Moderation:
                break;
            default:
                GradingSubmitted(grading);
                break;
        }
    }
}
