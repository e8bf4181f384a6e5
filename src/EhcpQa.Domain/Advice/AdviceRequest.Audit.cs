using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Advice;

/// <summary>
/// The agency's audit of its own advice: a <see cref="Grading"/> of purpose <see cref="GradingPurpose.AdviceAudit"/> on the
/// authority's advice form, started and submitted by the lead of the agency that gave the advice, once it has been
/// received. Each piece of advice is audited once.
/// </summary>
public sealed partial class AdviceRequest
{
    /// <summary>Every reason <see cref="StartAudit"/> would refuse, given the audits the advice already has.</summary>
    public IEnumerable<Problem> AuditProblems(Actor by, IEnumerable<Grading> audits)
    {
        ArgumentNullException.ThrowIfNull(audits);
        if (!AdviceAccess.CanAudit(by, this))
        {
            yield return new(string.Empty, $"Only the lead of {Agency.Name().ToLowerInvariant()} can audit this advice");
        }
        else if (!IsReceived)
        {
            yield return new(string.Empty, "This advice has not been received yet: it can be audited once it has");
        }
        else if (audits.FirstOrDefault(a => a.AdviceRequestId == Id) is { } audit)
        {
            yield return new(string.Empty, audit.IsSubmitted ? "This advice has already been audited" : "This advice is already being audited");
        }
    }

    /// <summary>
    /// Starts the audit of this advice by the lead of its agency on the advice form in use, refusing advice not yet
    /// received or already audited (<paramref name="audits"/>: the audits this advice has).
    /// </summary>
    public Grading StartAudit(Actor by, FrameworkVersion framework, IEnumerable<Grading> audits, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        DomainRuleException.ThrowIfAny(AuditProblems(by, audits));
        return Grading.StartAdviceAudit(this, by.UserId, framework, at);
    }

    /// <summary>Submits the audit of this advice: only the lead who started it, while they still lead its agency.</summary>
    public void SubmitAudit(Grading audit, FrameworkVersion framework, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (!GradingAccess.MayEditAdviceAudit(by, audit, this))
        {
            throw new DomainRuleException("Only the person filling in an audit can submit it.");
        }

        audit.Submit(framework, at);
    }
}
