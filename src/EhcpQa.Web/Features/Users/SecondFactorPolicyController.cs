using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Audit;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Users;

/// <summary>An administrator sets which roles must sign in with a second factor; every setting is kept with who made it and when.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("admin/second-factor")]
public sealed class SecondFactorPolicyController(EhcpQaDbContext db, TimeProvider clock, SecurityLog securityLog, ILogger<SecondFactorPolicyController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("SecondFactorPolicy", await PageAsync(SecondFactorPolicyForm.From(await db.LatestSettingAsync<SecondFactorPolicyChange>(cancellationToken)), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Policy")] SecondFactorPolicyForm form, CancellationToken cancellationToken)
    {
        if (await this.TrySaveSettingAsync<SecondFactorPolicyChange>(
            db,
            latest => SecondFactorPolicyChange.Make(form.ToPolicy(), form.ReadFrom, latest, User.ToActor().UserId, clock.GetUtcNow()),
            $"Policy.{nameof(SecondFactorPolicyForm.RolesRequired)}",
            readFrom => form.ReadFrom = readFrom,
            cancellationToken))
        {
            logger.LogInformation("Second-factor policy set by {UserId}: required for {Roles}", User.ToActor().UserId, string.Join(", ", form.ToPolicy().RolesRequired));
            await securityLog.RecordAsync(SecurityEventKinds.PolicyChanged, "second factor", $"required for: {SecondFactorPolicyPage.Describe(form.ToPolicy())}");
            TempData["Success"] = "The second-factor policy is saved. It applies from each person's next sign-in";
            return RedirectToAction(nameof(Index));
        }

        return View("SecondFactorPolicy", await PageAsync(form, cancellationToken));
    }

    private async Task<SecondFactorPolicyPage> PageAsync(SecondFactorPolicyForm form, CancellationToken cancellationToken)
    {
        var history = await db.SettingHistoryAsync<SecondFactorPolicyChange>(cancellationToken);
        return new SecondFactorPolicyPage(form, history.Changes, history.Names);
    }
}

/// <summary>The second-factor policy page: the policy as typed, and every setting made.</summary>
public sealed record SecondFactorPolicyPage(SecondFactorPolicyForm Policy, IReadOnlyList<SecondFactorPolicyChange> Changes, StaffNames Names)
{
    public static IReadOnlyList<SelectListItem> RoleItems { get; } =
        StaffRole.All.Select(r => new SelectListItem(StaffRole.Name(r), r)).ToList();

    public static string Describe(SecondFactorPolicy policy) =>
        policy.RolesRequired.Count == 0 ? "No role"
        : policy.RolesExempt.Count == 0 ? "Every role"
        : string.Join(", ", policy.RolesRequired.Select(StaffRole.Name));
}

/// <summary>The roles ticked as needing a second factor, with the setting the page was read from (none before the first).</summary>
public sealed class SecondFactorPolicyForm
{
    [Display(Name = "Which roles must sign in with an authenticator app?")]
    public List<string> RolesRequired { get; set; } = [];

    public int? ReadFrom { get; set; }

    public static SecondFactorPolicyForm From(SecondFactorPolicyChange? latest) => new()
    {
        RolesRequired = (latest?.Policy ?? SecondFactorPolicy.Default).RolesRequired.ToList(),
        ReadFrom = latest?.Id,
    };

    public SecondFactorPolicy ToPolicy() => new(StaffRole.All.Where(r => !RolesRequired.Contains(r)));
}
