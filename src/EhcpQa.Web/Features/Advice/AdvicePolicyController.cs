using EhcpQa.Domain.Advice;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.Advice;

/// <summary>The QA lead sets how many weeks after the request advice is due (6 unless set); every setting is kept with who made it and when.</summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("advice/policy")]
public sealed class AdvicePolicyController(EhcpQaDbContext db, TimeProvider clock, ILogger<AdvicePolicyController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Policy", await PageAsync(AdvicePolicyForm.From(await db.LatestSettingAsync<AdvicePolicyChange>(cancellationToken)), cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index([Bind(Prefix = "Policy")] AdvicePolicyForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await this.TrySaveSettingAsync<AdvicePolicyChange>(
                db,
                latest => AdvicePolicyChange.Make(new AdvicePolicy(form.Weeks!.Value), form.ReadFrom, latest, User.ToActor().UserId, clock.GetUtcNow()),
                $"Policy.{nameof(AdvicePolicyForm.DueWeeks)}",
                readFrom => form.ReadFrom = readFrom,
                cancellationToken))
            {
                logger.LogInformation("Advice policy set by {UserId}", User.ToActor().UserId);
                TempData["Success"] = $"Saved. Advice requested from now on is due {form.Weeks} weeks after the request unless another date is given";
                return RedirectToAction(nameof(Index));
            }
        }

        return View("Policy", await PageAsync(form, cancellationToken));
    }

    private async Task<AdvicePolicyPage> PageAsync(AdvicePolicyForm form, CancellationToken cancellationToken)
    {
        var history = await db.SettingHistoryAsync<AdvicePolicyChange>(cancellationToken);
        return new AdvicePolicyPage(form, history.Changes, history.Names);
    }
}

public sealed record AdvicePolicyPage(AdvicePolicyForm Policy, IReadOnlyList<AdvicePolicyChange> Changes, StaffNames Names);
