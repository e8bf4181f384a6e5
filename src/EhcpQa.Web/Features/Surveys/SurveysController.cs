using EhcpQa.Domain;
using EhcpQa.Domain.Families;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Email;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Surveys;

/// <summary>
/// Whoever may change a plan's record makes a survey link for the family or the young person, shown once to copy (only its
/// hash is kept); a new link for the same person replaces an open one. Given an address, the link is also e-mailed, from
/// an outbox row written in the same save (<see cref="SurveyEmail"/>, sent by <see cref="SurveyEmailSending"/>). The
/// answers are shown on the plan's page.
/// </summary>
[Authorize(Policy = Policies.PlanRegister)]
[ChildRecordPages]
public sealed class SurveysController(
    EhcpQaDbContext db, SurveyEmailSeal seal, IOptions<EmailOptions> email, TimeProvider clock, ILogger<SurveysController> logger) : Controller
{
    private const string FormPrefix = "Form.";

    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("plans/{planId:int}/surveys/new")]
    public async Task<IActionResult> New(int planId, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await PlanToManageAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var form = new SurveyLinkForm { Occasion = plan.LastReviewedOn is null ? SurveyOccasion.PlanIssued : SurveyOccasion.AnnualReview };
        return View("New", await NewPageAsync(plan, form, cancellationToken));
    }

    [HttpPost("plans/{planId:int}/surveys/new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(int planId, [Bind(Prefix = "Form")] SurveyLinkForm form, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await PlanToManageAsync(planId, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }

        var page = await NewPageAsync(plan, form, cancellationToken);
        if (page.FrameworkVersionId is not { } frameworkVersionId)
        {
            return View("New", page);
        }

        if (form.Address is not null && !page.CanEmail)
        {
            ModelState.AddModelError(FormPrefix + nameof(SurveyLinkForm.EmailAddress), "The service cannot send e-mail: leave the address empty and copy the link");
        }

        if (!ModelState.IsValid)
        {
            // Every other problem is shown beside the address's, so one more try is enough.
            ModelState.AddProblems(FormPrefix, SurveyInvitation.Problems(plan, form.Occasion, form.Respondent, Today), nameof(SurveyLinkForm.Respondent));
            return View("New", page);
        }

        try
        {
            var token = SurveyInvitation.NewToken();
            var earlier = await db.SurveyInvitations.Where(i => i.PlanId == plan.Id).ToListAsync(cancellationToken);
            var policy = await db.SurveyPolicyAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var invitation = SurveyInvitation.Create(plan, form.Occasion ?? 0, form.Respondent ?? 0, frameworkVersionId,
                SurveyInvitation.HashOf(token), policy.ValidDays, earlier, User.ToActor().UserId, now);
            if (form.Address is { } address)
            {
                invitation.SendByEmail(address, token, seal.Seal, now);
            }

            var version = await db.FrameworkVersions.SingleAsync(v => v.Id == frameworkVersionId, cancellationToken);
            version.RecordUse(now);
            db.SurveyInvitations.Add(invitation);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Survey link {SurveyId} made for plan {PlanId} by {UserId} ({Sending})", invitation.Id, plan.Id, invitation.CreatedById,
                invitation.Email is null ? "to copy" : "to copy and e-mail");

            // The token is kept nowhere readable: this answer is the one time it is shown, so it is not a redirect to a page that could show it again.
            return View("Link", new SurveyLinkPage(plan.Id, plan.Reference, invitation.Respondent, invitation.ExpiresAt, SurveyLinks.UrlOf(Request, token),
                policy.IsEasyReadFor(invitation.Respondent), invitation.Email is not null));
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddProblems(FormPrefix, refused.Problems, nameof(SurveyLinkForm.Respondent));
            if (refused.Problems.All(p => p.Field != nameof(SurveyLinkForm.EmailAddress)))
            {
                // The domain stops at the link's problems before the address's: show both, so one more try is enough.
                ModelState.AddProblems(FormPrefix, SurveyEmail.AddressProblems(form.EmailAddress), nameof(SurveyLinkForm.EmailAddress));
            }
        }

        return View("New", page);
    }

    private async Task<(Plan? Plan, IActionResult? Refusal)> PlanToManageAsync(int planId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Versions).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return (null, NotFound());
        }

        return SurveyAccess.CanManage(User.ToActor(), plan) ? (plan, null) : (null, Forbid());
    }

    private async Task<SurveyNewPage> NewPageAsync(Plan plan, SurveyLinkForm form, CancellationToken cancellationToken)
    {
        var uses = await db.FrameworkUses.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var noVersion = plan.FinalVersion is null
            ? SurveyInvitation.Problems(plan, SurveyOccasion.PlanIssued, SurveyRespondent.ParentOrCarer, Today).First().Message
            : null;
        return new SurveyNewPage(plan.Id, plan.Reference, form, uses?.VersionFor(FrameworkPurpose.FamilySurvey), noVersion,
            SurveyInvitation.IsOldEnough(plan, Today), email.Value.Provider != EmailProvider.None);
    }
}

/// <summary>The form asking for a survey link: why none can be made (<paramref name="CannotBecause"/>) when the plan has no issued version.</summary>
/// <param name="CanEmail">Whether the service can send e-mail, and so offers to send the link.</param>
public sealed record SurveyNewPage(int PlanId, string Reference, SurveyLinkForm Form, int? FrameworkVersionId, string? CannotBecause, bool YoungPersonOldEnough, bool CanEmail);

/// <summary>A link just made, shown this once; <paramref name="Emailed"/> when it is also to be e-mailed to the address given.</summary>
public sealed record SurveyLinkPage(int PlanId, string Reference, SurveyRespondent Respondent, DateTimeOffset ExpiresAt, string Url, bool EasyRead, bool Emailed);
