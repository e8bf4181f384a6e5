using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Moderation;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Panels;

/// <summary>
/// The QA lead sets whether a panel's chair and members are named beside its feedback on a plan's page; every
/// setting is kept with who made it and when.
/// </summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("panels/feedback-names")]
public sealed class PanelFeedbackPolicyController(EhcpQaDbContext db, TimeProvider clock, ILogger<PanelFeedbackPolicyController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("FeedbackNames", await PageAsync(PanelFeedbackPolicyForm.From(await db.LatestSettingAsync<PanelFeedbackPolicyChange>(cancellationToken)), cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index([Bind(Prefix = "Policy")] PanelFeedbackPolicyForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await this.TrySaveSettingAsync<PanelFeedbackPolicyChange>(
                db,
                latest => PanelFeedbackPolicyChange.Make(form.ToPolicy(), form.ReadFrom, latest, User.ToActor().UserId, clock.GetUtcNow()),
                $"Policy.{nameof(PanelFeedbackPolicyForm.ShowModeratorNames)}",
                readFrom => form.ReadFrom = readFrom,
                cancellationToken))
            {
                logger.LogInformation("Panel feedback policy set by {UserId}", User.ToActor().UserId);
                TempData["Success"] = form.ToPolicy().ShowModeratorNames
                    ? "Saved. Plans' pages now name the panel beside its feedback"
                    : "Saved. Plans' pages now give the panel's feedback without naming anyone";
                return RedirectToAction(nameof(Index));
            }
        }

        return View("FeedbackNames", await PageAsync(form, cancellationToken));
    }

    private async Task<PanelFeedbackPolicyPage> PageAsync(PanelFeedbackPolicyForm form, CancellationToken cancellationToken)
    {
        var history = await db.SettingHistoryAsync<PanelFeedbackPolicyChange>(cancellationToken);
        return new PanelFeedbackPolicyPage(form, history.Changes, history.Names);
    }
}

public sealed record PanelFeedbackPolicyPage(PanelFeedbackPolicyForm Policy, IReadOnlyList<PanelFeedbackPolicyChange> Changes, StaffNames Names)
{
    public static IReadOnlyList<SelectListItem> YesNo { get; } = [new("Yes", "true"), new("No", "false")];
}

/// <summary>The setting as chosen, with the setting it was read from (none before the first).</summary>
public sealed class PanelFeedbackPolicyForm
{
    [Display(Name = "Are the panel's chair and members named beside its feedback on a plan's page?")]
    public string? ShowModeratorNames { get; set; }

    public int? ReadFrom { get; set; }

    public static PanelFeedbackPolicyForm From(PanelFeedbackPolicyChange? latest) => new()
    {
        ShowModeratorNames = (latest?.Policy ?? PanelFeedbackPolicy.Default).ShowModeratorNames ? "true" : "false",
        ReadFrom = latest?.Id,
    };

    public PanelFeedbackPolicy ToPolicy() => new(ShowModeratorNames == "true");
}

public sealed class PanelFeedbackPolicyFormValidator : AbstractValidator<PanelFeedbackPolicyForm>
{
    public PanelFeedbackPolicyFormValidator() =>
        RuleFor(f => f.ShowModeratorNames).Must(v => v is "true" or "false").WithMessage("Select whether the panel is named beside its feedback");
}
