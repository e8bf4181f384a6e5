using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Advice;

/// <summary>
/// The advice's audit as its page shows it: the audit (when there is one and the person may read it or fill it in),
/// whether the person may start one, and why not when they may not.
/// </summary>
/// <param name="Grading">The audit; null while there is none, or when the person may not read it.</param>
/// <param name="Exists">Whether the advice has an audit at all (in progress or submitted).</param>
/// <param name="CanStart">Whether the person may start auditing it now.</param>
/// <param name="NoForm">Whether no advice form is in use, so no audit can start.</param>
/// <param name="OwnInProgress">Whether the audit is the person's own, still being filled in.</param>
public sealed record AdviceAuditView(Grading? Grading, bool Exists, bool CanStart, bool NoForm, bool OwnInProgress);

/// <summary>Starting and finding the audits of advice: the domain's rules, with what they need read from the database.</summary>
public static class AdviceAudits
{
    /// <summary>The audit of the advice as the person may see it; null when they neither audit its agency's advice nor read audits.</summary>
    public static async Task<AdviceAuditView?> OfAsync(EhcpQaDbContext db, AdviceRequest request, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if (!AdviceAccess.CanReadAudits(actor, request))
        {
            return null;
        }

        var audits = await db.Gradings.AsNoTracking().Where(g => g.AdviceRequestId == request.Id).ToListAsync(cancellationToken);
        var audit = audits.FirstOrDefault();
        var readable = audit is not null && GradingAccess.MayReadAdviceAudit(actor, audit, request) ? audit : null;
        var canAudit = !request.AuditProblems(actor, audits).Any();
        var noForm = canAudit && await db.VersionForAsync(FrameworkPurpose.AdviceQa, cancellationToken) is null;
        return new AdviceAuditView(readable, audit is not null, canAudit && !noForm, noForm,
            readable is { IsSubmitted: false } own && own.GraderId == actor.UserId);
    }

    /// <summary>
    /// Starts the audit of the advice on the advice form in use, and saves it. Refused (a <see cref="Domain.DomainRuleException"/>)
    /// as the advice's rule says, when no advice form is in use, and when another audit of it was saved meanwhile.
    /// </summary>
    public static async Task<Grading> StartAsync(EhcpQaDbContext db, AdviceRequest request, Actor actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var framework = await db.VersionForAsync(FrameworkPurpose.AdviceQa, cancellationToken)
            ?? throw new Domain.DomainRuleException("No advice form is in use: a QA lead chooses the form advice is audited on, under Frameworks");
        var audits = await db.Gradings.AsNoTracking().Where(g => g.AdviceRequestId == request.Id).ToListAsync(cancellationToken);
        var audit = request.StartAudit(actor, framework, audits, at);
        db.Gradings.Add(audit);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException duplicate) when (DuplicateKeys.Caused(duplicate))
        {
            db.Entry(audit).State = EntityState.Detached;
            throw new Domain.DomainRuleException("This advice is already being audited: someone started its audit meanwhile");
        }

        return audit;
    }
}
