using EhcpQa.Domain.Families;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.Surveys;

/// <summary>The QA lead sets how long survey links stay valid and whether young people's surveys are in easy read; every setting is kept.</summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("surveys/policy")]
public sealed class SurveyPolicyController(EhcpQaDbContext db, TimeProvider clock, ILogger<SurveyPolicyController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Policy", await PageAsync(SurveyPolicyForm.From(await db.LatestSettingAsync<SurveyPolicyChange>(cancellationToken)), cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index([Bind(Prefix = "Policy")] SurveyPolicyForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await this.TrySaveSettingAsync<SurveyPolicyChange>(
                db,
                latest => SurveyPolicyChange.Make(new SurveyPolicy(form.Days!.Value, form.EasyReadForYoungPeople), form.ReadFrom, latest, User.ToActor().UserId, clock.GetUtcNow()),
                $"Policy.{nameof(SurveyPolicyForm.ValidDays)}",
                readFrom => form.ReadFrom = readFrom,
                cancellationToken))
            {
                logger.LogInformation("Survey policy set by {UserId}", User.ToActor().UserId);
                TempData["Success"] = $"Saved. Survey links made from now on stay valid for {form.Days} days";
                return RedirectToAction(nameof(Index));
            }
        }

        return View("Policy", await PageAsync(form, cancellationToken));
    }

    private async Task<SurveyPolicyPage> PageAsync(SurveyPolicyForm form, CancellationToken cancellationToken)
    {
        var history = await db.SettingHistoryAsync<SurveyPolicyChange>(cancellationToken);
        return new SurveyPolicyPage(form, history.Changes, history.Names);
    }
}

public sealed record SurveyPolicyPage(SurveyPolicyForm Policy, IReadOnlyList<SurveyPolicyChange> Changes, StaffNames Names);
