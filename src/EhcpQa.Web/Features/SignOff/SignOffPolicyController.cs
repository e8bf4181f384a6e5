using EhcpQa.Domain;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.SignOff;

/// <summary>The QA lead sets the authority's sign-off policy; every setting is kept with who made it and when.</summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("sign-off/policy")]
public sealed class SignOffPolicyController(EhcpQaDbContext db, TimeProvider clock, ILogger<SignOffPolicyController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Policy", await PageAsync(SignOffPolicyForm.From(await db.LatestSignOffPolicyAsync(cancellationToken)), cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index([Bind(Prefix = "Policy")] SignOffPolicyForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var latest = await db.LatestSignOffPolicyAsync(cancellationToken);
            try
            {
                db.SignOffPolicyChanges.Add(SignOffPolicyChange.Make(form.ToPolicy(), form.ReadFrom, latest, User.ToActor().UserId, clock.GetUtcNow()));
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Sign-off policy set by {UserId}", User.ToActor().UserId);
                TempData["Success"] = "The sign-off policy is saved. Gradings started from now follow it";
                return RedirectToAction(nameof(Index));
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError($"Policy.{nameof(SignOffPolicyForm.IssueOnlyAtPassBar)}", refused.Message);
                form.ReadFrom = latest?.Id;
            }
        }

        return View("Policy", await PageAsync(form, cancellationToken));
    }

    private async Task<SignOffPolicyPage> PageAsync(SignOffPolicyForm form, CancellationToken cancellationToken)
    {
        var changes = await db.SignOffPolicyChanges.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        return new SignOffPolicyPage(form, changes, await StaffNames.LoadAsync(db, changes.Select(c => c.ChangedBy), cancellationToken));
    }
}
