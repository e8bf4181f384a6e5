using EhcpQa.Domain;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Frameworks;

/// <summary>The QA lead chooses which framework version each purpose uses; every choice is kept with who made it and when.</summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("frameworks/uses")]
public sealed class FrameworkUsesController(EhcpQaDbContext db, TimeProvider clock, ILogger<FrameworkUsesController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var uses = await LoadAsync(cancellationToken);
        return View("Uses", await PageAsync(uses, FrameworkUsesForm.From(uses, db.ConcurrencyTokenOf(uses)), cancellationToken));
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index([Bind(Prefix = "Choices")] FrameworkUsesForm form, CancellationToken cancellationToken)
    {
        var uses = await LoadAsync(cancellationToken);
        var ids = FrameworkPurposes.All.Select(form.VersionFor).OfType<int>().ToList();
        var versions = await db.FrameworkVersions.Include(v => v.Framework).Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        foreach (var purpose in FrameworkPurposes.All.Where(p => form.VersionFor(p) is { } id && !versions.ContainsKey(id)))
        {
            ModelState.AddModelError($"Choices.{purpose}", $"Choose a version for {purpose.Name().ToLowerInvariant()} from the list");
        }

        if (ModelState.IsValid && db.ConcurrencyTokenOf(uses) != form.ConcurrencyToken)
        {
            ModelState.AddModelError($"Choices.{nameof(FrameworkPurpose.DraftSignOff)}", Changed);
            form = FrameworkUsesForm.From(uses, db.ConcurrencyTokenOf(uses));
        }

        if (ModelState.IsValid)
        {
            try
            {
                db.ExpectConcurrencyToken(uses, form.ConcurrencyToken);
                var made = uses.Choose(
                    FrameworkPurposes.All.ToDictionary(p => p, p => form.VersionFor(p) is { } id ? versions[id] : null),
                    User.ToActor().UserId,
                    clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("{Count} framework choices made by {UserId}", made.Count, User.ToActor().UserId);
                TempData["Success"] = made.Count == 0
                    ? "Nothing has changed: each purpose already uses the version chosen"
                    : $"Saved: {string.Join(", ", made.Select(u => u.Purpose.Name().ToLowerInvariant()))} now {(made.Count == 1 ? "uses" : "use")} the version chosen";
                return RedirectToAction(nameof(Index));
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Choices.", refused.Problems, nameof(FrameworkPurpose.DraftSignOff));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError($"Choices.{nameof(FrameworkPurpose.DraftSignOff)}", Changed);
            }

            db.ChangeTracker.Clear();
            uses = await LoadAsync(cancellationToken);
        }

        return View("Uses", await PageAsync(uses, form, cancellationToken));
    }

    private const string Changed =
        "Someone else changed these choices while you were looking at them, so yours have not been saved. The page shows the choices as they are now: make yours again.";

    private async Task<FrameworkUses> LoadAsync(CancellationToken cancellationToken)
    {
        var uses = await db.FrameworkUses.SingleOrDefaultAsync(cancellationToken);
        if (uses is null)
        {
            uses = new FrameworkUses();
            db.FrameworkUses.Add(uses);
            await db.SaveChangesAsync(cancellationToken);
        }

        return uses;
    }

    private async Task<FrameworkUsesPage> PageAsync(FrameworkUses uses, FrameworkUsesForm form, CancellationToken cancellationToken)
    {
        var versions = await db.FrameworkVersions.AsNoTracking().Include(v => v.Framework)
            .Where(v => v.PublishedAt != null)
            .OrderBy(v => v.Framework.Name).ThenByDescending(v => v.Number)
            .ToListAsync(cancellationToken);
        var names = await StaffNames.LoadAsync(db, uses.Uses.Select(u => u.ChosenBy), cancellationToken);
        return new FrameworkUsesPage(uses, versions, names, form);
    }
}
