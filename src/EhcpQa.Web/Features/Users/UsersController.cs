using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Audit;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Features.Users;

/// <summary>User accounts: an administrator creates them, sets roles, agency and locality, and disables them.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("admin/users")]
public sealed class UsersController(
    EhcpQaDbContext db,
    UserManager<ApplicationUser> users,
    StaffSessions sessions,
    SecondFactor secondFactor,
    SecurityLog securityLog,
    OrganisationAccounts organisationAccounts,
    IOptions<SingleSignOnOptions> singleSignOn,
    TimeProvider clock,
    ILogger<UsersController> logger) : Controller
{
    /// <summary>The form is bound with the prefix "Form", so its errors are keyed with it too.</summary>
    private const string FormPrefix = "Form.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var roles = (await (from userRole in db.UserRoles
                            join role in db.Roles on userRole.RoleId equals role.Id
                            select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => StaffRole.Name(r.Name!));
        var now = clock.GetUtcNow();
        var rows = (await (from user in db.Users.AsNoTracking()
                           join locality in db.Localities on user.LocalityId equals locality.Id into localities
                           from locality in localities.DefaultIfEmpty()
                           orderby user.DisplayName
                           select new { user.Id, user.DisplayName, user.Email, user.Agency, Locality = locality == null ? null : locality.Name, user.DisabledAt, user.LockoutEnd })
                .ToListAsync(cancellationToken))
            .Select(u => new UserRow(
                u.Id,
                u.DisplayName,
                u.Email ?? string.Empty,
                roles[u.Id].Order(StringComparer.CurrentCulture).ToList(),
                u.Agency.Name(),
                u.Locality,
                u.DisabledAt is not null,
                u.LockoutEnd > now && u.DisabledAt is null))
            .ToList();
        return View(rows);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Form", await PageAsync(new UserForm { Agency = Agency.SendTeam }, null, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] UserForm form, CancellationToken cancellationToken)
    {
        // A temporary password where the service's passwords are used: optional when the person may sign in with the
        // organisation's account instead, never asked for (nor kept) when only those accounts sign in.
        var sso = singleSignOn.Value;
        if (!sso.PasswordsInUse)
        {
            form.Password = null;
        }
        else if (string.IsNullOrWhiteSpace(form.Password) && !sso.IsConfigured)
        {
            ModelState.AddModelError(FormPrefix + nameof(UserForm.Password), "Enter a temporary password");
        }

        await CheckOrganisationAccountAsync(form, null);

        if (ModelState.IsValid && await users.FindByEmailAsync(form.Email!.Trim()) is not null)
        {
            ModelState.AddModelError(FormPrefix + nameof(UserForm.Email), "An account with this email address already exists");
        }

        await CheckLocalityAsync(form, cancellationToken);
        if (!ModelState.IsValid)
        {
            form.Password = null;
            return View("Form", await PageAsync(form, null, cancellationToken));
        }

        var withPassword = !string.IsNullOrWhiteSpace(form.Password);
        var user = withPassword
            ? ApplicationUser.CreateWithTemporaryPassword(form.Email!, form.DisplayName!, form.Agency!.Value, form.LocalityId, form.Roles)
            : ApplicationUser.Create(form.Email!, form.DisplayName!, form.Agency!.Value, form.LocalityId, form.Roles);
        user.StartedInPost(form.InPostSince.TryGetDate(out var since) ? since : null);
        var result = withPassword ? await users.CreateAsync(user, form.Password!) : await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? FormPrefix + nameof(UserForm.Password) : string.Empty, error.Description);
            }

            form.Password = null;
            return View("Form", await PageAsync(form, null, cancellationToken));
        }

        await users.AddToRolesAsync(user, form.Roles.Distinct());
        if (sso.IsConfigured)
        {
            await organisationAccounts.LinkAsync(user, form.OrganisationAccountId);
        }

        logger.LogInformation("User {UserId} created by administrator {AdministratorId}", user.Id, users.GetUserId(User));
        await securityLog.RecordAsync(SecurityEventKinds.AccountCreated, $"account {user.Id}", $"roles: {string.Join(", ", form.Roles.Distinct())}");
        TempData["Success"] = $"An account has been created for {user.DisplayName}";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var form = new UserForm
        {
            Email = user.Email,
            DisplayName = user.DisplayName,
            Roles = (await users.GetRolesAsync(user)).ToList(),
            Agency = user.Agency,
            LocalityId = user.LocalityId,
            InPostSince = DateInput.From(user.InPostSince),
            Disabled = user.IsDisabled,
            OrganisationAccountId = singleSignOn.Value.IsConfigured ? await organisationAccounts.LinkedObjectIdAsync(user) : null,
            ConcurrencyStamp = user.ConcurrencyStamp,
        };
        return View("Form", await PageAsync(form, id, cancellationToken));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = "Form")] UserForm form, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        ModelState.AddProblems(FormPrefix, StaffAccounts.ProblemsWithChange(users.GetUserId(User)!, id, form.Disabled, form.Roles), nameof(UserForm.Roles));

        if (ModelState.IsValid && !string.Equals(user.Email, form.Email!.Trim(), StringComparison.OrdinalIgnoreCase)
            && await users.FindByEmailAsync(form.Email!.Trim()) is not null)
        {
            ModelState.AddModelError(FormPrefix + nameof(UserForm.Email), "An account with this email address already exists");
        }

        if (form.ConcurrencyStamp != user.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this account while you were editing it, so your changes have not been saved. Your changes are still below: check them, then save again.");
            ModelState.Remove($"Form.{nameof(UserForm.ConcurrencyStamp)}");
            form.ConcurrencyStamp = user.ConcurrencyStamp;
        }

        await CheckLocalityAsync(form, cancellationToken);
        await CheckOrganisationAccountAsync(form, id);
        if (!ModelState.IsValid)
        {
            return View("Form", await PageAsync(form, id, cancellationToken));
        }

        user.ChangeDetails(form.Email!, form.DisplayName!, form.Agency!.Value, form.LocalityId, form.Roles);
        user.StartedInPost(form.InPostSince.TryGetDate(out var since) ? since : null);
        if (form.Disabled && !user.IsDisabled)
        {
            user.Disable(clock.GetUtcNow());
            logger.LogInformation("User {UserId} disabled by administrator {AdministratorId}", user.Id, users.GetUserId(User));
        }
        else if (!form.Disabled && user.IsDisabled)
        {
            user.Enable();
            logger.LogInformation("User {UserId} enabled by administrator {AdministratorId}", user.Id, users.GetUserId(User));
        }

        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return View("Form", await PageAsync(form, id, cancellationToken));
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(form.Roles));
        await users.AddToRolesAsync(user, form.Roles.Distinct().Except(current));
        var relinked = singleSignOn.Value.IsConfigured && await organisationAccounts.LinkAsync(user, form.OrganisationAccountId);

        // Roles, locality or a disabled account take effect at once: the person's sign-in is re-checked, and a
        // disabled account's sessions end.
        await users.UpdateSecurityStampAsync(user);
        await securityLog.RecordAsync(SecurityEventKinds.AccountChanged, $"account {user.Id}",
            $"roles: {string.Join(", ", form.Roles.Distinct())}{(user.IsDisabled ? "; disabled" : string.Empty)}{(relinked ? "; organisation account link changed" : string.Empty)}");
        if (user.IsDisabled)
        {
            await sessions.EndAllOfAsync(user.Id, SessionEndings.Disabled, cancellationToken);
        }

        TempData["Success"] = $"{user.DisplayName}'s account has been updated";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Resets a person's second factor (a lost phone): they set up an app again at their next sign-in, and their sessions end.</summary>
    [HttpPost("{id}/second-factor/reset")]
    public async Task<IActionResult> ResetSecondFactor(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        // Someone with an administrator's password alone must not get past the second factor: another administrator resets it.
        if (id == users.GetUserId(User))
        {
            return Forbid();
        }

        await secondFactor.ResetAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllOfAsync(user.Id, SessionEndings.SecondFactorReset, cancellationToken);
        logger.LogInformation("Second factor of user {UserId} reset by administrator {AdministratorId}", user.Id, users.GetUserId(User));
        await securityLog.RecordAsync(SecurityEventKinds.SecondFactorReset, $"account {user.Id}", "by an administrator; sessions ended");
        TempData["Success"] = $"{user.DisplayName}'s second factor has been reset. They set up an authenticator app the next time they sign in";
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>An organisation account is linked to one staff account only (ignored where single sign-on is not set up).</summary>
    private async Task CheckOrganisationAccountAsync(UserForm form, string? id)
    {
        if (!singleSignOn.Value.IsConfigured)
        {
            form.OrganisationAccountId = null;
            return;
        }

        if (!string.IsNullOrWhiteSpace(form.OrganisationAccountId) && ModelState.IsValid
            && await organisationAccounts.IsLinkedElsewhereAsync(form.OrganisationAccountId, id ?? string.Empty))
        {
            ModelState.AddModelError(FormPrefix + nameof(UserForm.OrganisationAccountId), "This organisation account ID is linked to another account already");
        }
    }

    private async Task CheckLocalityAsync(UserForm form, CancellationToken cancellationToken)
    {
        if (form.LocalityId is { } locality && !await db.Localities.AnyAsync(l => l.Id == locality, cancellationToken))
        {
            ModelState.AddModelError(FormPrefix + nameof(UserForm.LocalityId), "Select a locality from the list");
        }
    }

    private async Task<UserFormPage> PageAsync(UserForm form, string? id, CancellationToken cancellationToken) => new()
    {
        Form = form,
        UserId = id,
        HasSecondFactor = id is not null && await db.Users.AnyAsync(u => u.Id == id && u.TwoFactorEnabled, cancellationToken),
        IsOwnAccount = id is not null && id == users.GetUserId(User),
        SingleSignOn = singleSignOn.Value,
        Localities = await db.Localities.AsNoTracking().OrderBy(l => l.Name)
            .Select(l => new SelectListItem(l.Name, l.Id.ToString()))
            .ToListAsync(cancellationToken),
    };
}

public sealed record UserRow(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, string Agency, string? Locality, bool Disabled, bool LockedOut);
