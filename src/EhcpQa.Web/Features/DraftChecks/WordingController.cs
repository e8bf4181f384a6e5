using EhcpQa.Domain;
using EhcpQa.Domain.DraftChecks;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.DraftChecks;

/// <summary>
/// The QA lead keeps the word lists the draft checks read by: adds the authority's own words (with the reason a
/// caseworker is shown) and takes off words that do not suit it. Every change is kept with who made it and when,
/// and drafts are read by the new lists from the next check.
/// </summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("draft-checks/words")]
public sealed class WordingController(EhcpQaDbContext db, DraftCheckWordingStore store, TimeProvider clock, ILogger<WordingController> logger) : Controller
{
    private const string AddPrefix = "Add.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var wording = await store.WordingAsync(db, cancellationToken);
        var changes = await db.WordingChanges.AsNoTracking().GroupBy(c => c.List).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return View("Index", new WordingIndexPage(wording.Lists.Select(l => (l, changes.GetValueOrDefault(l.Key))).ToList()));
    }

    [HttpGet("{list}")]
    public async Task<IActionResult> List(string list, CancellationToken cancellationToken)
    {
        var found = (await store.WordingAsync(db, cancellationToken)).Find(list);
        return found is null ? NotFound() : View("List", await PageAsync(found, new WordingAddForm(), cancellationToken));
    }

    [HttpPost("{list}/add")]
    public async Task<IActionResult> Add(string list, [Bind(Prefix = "Add")] WordingAddForm form, CancellationToken cancellationToken)
    {
        var found = (await store.WordingAsync(db, cancellationToken)).Find(list);
        if (found is null)
        {
            return NotFound();
        }

        ModelState.AddProblems(AddPrefix, WordingChange.AddProblems(found, form.Words, form.Reason), nameof(WordingAddForm.Words));
        if (!ModelState.IsValid)
        {
            return View("List", await PageAsync(found, form, cancellationToken));
        }

        var change = WordingChange.Add(found, form.Words, form.Reason, User.ToActor().UserId, clock.GetUtcNow());
        db.WordingChanges.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Draft check list {List} added to by {UserId}", found.Key, change.MadeBy);
        TempData["Success"] = $"\"{change.Words}\" is added: drafts are read with it from now on";
        return RedirectToAction(nameof(List), new { list = found.Key });
    }

    [HttpPost("{list}/remove")]
    public async Task<IActionResult> Remove(string list, [FromForm] string? words, CancellationToken cancellationToken)
    {
        var found = (await store.WordingAsync(db, cancellationToken)).Find(list);
        if (found is null)
        {
            return NotFound();
        }

        try
        {
            var change = WordingChange.Remove(found, words, User.ToActor().UserId, clock.GetUtcNow());
            db.WordingChanges.Add(change);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Draft check list {List} taken from by {UserId}", found.Key, change.MadeBy);
            TempData["Success"] = $"\"{change.Words}\" is taken off: drafts are read without it from now on";
        }
        catch (DomainRuleException refused)
        {
            TempData["Notice"] = refused.Message;
        }

        return RedirectToAction(nameof(List), new { list = found.Key });
    }

    private async Task<WordingListPage> PageAsync(WordingList list, WordingAddForm form, CancellationToken cancellationToken)
    {
        var changes = await db.WordingChanges.AsNoTracking().Where(c => c.List == list.Key).ToListAsync(cancellationToken);
        changes = changes.OrderByDescending(c => c.MadeAt).ThenByDescending(c => c.Id).ToList();
        return new WordingListPage(list, form, changes, await StaffNames.LoadAsync(db, changes.Select(c => c.MadeBy), cancellationToken));
    }
}
