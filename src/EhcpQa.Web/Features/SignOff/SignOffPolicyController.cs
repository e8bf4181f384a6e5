using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.SignOff;

/// <summary>The QA lead sets the authority's sign-off policy; every setting is kept with who made it and when.</summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("sign-off/policy")]
public sealed class SignOffPolicyController(EhcpQaDbContext db, TimeProvider clock, ILogger<SignOffPolicyController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Policy", await PageAsync(SignOffPolicyForm.From(await db.LatestSettingAsync<SignOffPolicyChange>(cancellationToken)), cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index([Bind(Prefix = "Policy")] SignOffPolicyForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await this.TrySaveSettingAsync<SignOffPolicyChange>(
                db,
                latest => SignOffPolicyChange.Make(form.ToPolicy(), form.ReadFrom, latest, User.ToActor().UserId, clock.GetUtcNow()),
                $"Policy.{nameof(SignOffPolicyForm.IssueOnlyAtPassBar)}",
                readFrom => form.ReadFrom = readFrom,
                cancellationToken))
            {
                logger.LogInformation("Sign-off policy set by {UserId}", User.ToActor().UserId);
                TempData["Success"] = "The sign-off policy is saved. Gradings started from now follow it";
                return RedirectToAction(nameof(Index));
            }
        }

        return View("Policy", await PageAsync(form, cancellationToken));
    }

    private async Task<SignOffPolicyPage> PageAsync(SignOffPolicyForm form, CancellationToken cancellationToken)
    {
        var history = await db.SettingHistoryAsync<SignOffPolicyChange>(cancellationToken);
        return new SignOffPolicyPage(form, history.Changes, history.Names);
    }
}
