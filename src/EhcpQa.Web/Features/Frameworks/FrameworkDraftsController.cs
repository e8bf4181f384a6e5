using EhcpQa.Domain;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Frameworks;

/// <summary>
/// A QA lead edits a draft version on pages: its details, its sections (added, changed, moved, removed) and
/// each section's items with their guidance, feedback prompts and examples. Every change gives a whole form
/// that must keep every rule; a change made on a page read before someone else's is refused, with what was
/// typed kept.
/// </summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("frameworks/versions/{id:int}/edit")]
public sealed partial class FrameworkDraftsController(EhcpQaDbContext db, ILogger<FrameworkDraftsController> logger) : Controller
{
    private const string Changed = "Someone else changed this draft while you were working on it, so your change has not been saved. What you typed is below: check the draft as it is now, then save again.";

    [HttpGet("")]
    public Task<IActionResult> Index(int id, CancellationToken cancellationToken) =>
        WithDraftAsync(id, (version, token) => View("Edit", new DraftPage(version, token)), cancellationToken);

    [HttpGet("details")]
    public Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        WithDraftAsync(id, (version, token) => View("EditDetails", new DraftDetailsPage(version, new DraftDetailsForm
        {
            Title = version.Form!.Title,
            Source = version.Form.Source,
            NotApplicable = version.Form.NotApplicable,
            Assesses = version.Form.Assesses,
            ConcurrencyToken = token,
        })), cancellationToken);

    [HttpPost("details")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Details(int id, [Bind(Prefix = "Details")] DraftDetailsForm input, CancellationToken cancellationToken) =>
        await SaveAsync(
            id, input.ConcurrencyToken, "Details.", nameof(DraftDetailsForm.Title),
            form => form.WithDetails(input.Title ?? string.Empty, input.Source, input.NotApplicable ?? form.NotApplicable, input.Assesses ?? form.Assesses),
            "The details are saved",
            version => View("EditDetails", new DraftDetailsPage(version, input)),
            cancellationToken,
            _ => "version",
            formType: typeof(DraftDetailsForm));

    [HttpGet("sections/new")]
    public Task<IActionResult> NewSection(int id, CancellationToken cancellationToken) =>
        WithDraftAsync(id, (version, token) => View("EditSection", new DraftSectionPage(version, null, new DraftSectionForm { ConcurrencyToken = token })), cancellationToken);

    [HttpPost("sections/new")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> NewSection(int id, [Bind(Prefix = "Section")] DraftSectionForm input, CancellationToken cancellationToken) =>
        SaveAsync(
            id, input.ConcurrencyToken, "Section.", nameof(DraftSectionForm.Code),
            form => form.WithSection(
                form.Sections.Count,
                new FormSection(input.Code?.Trim() ?? string.Empty, input.Title?.Trim() ?? string.Empty, input.PromptLines, [new FormItem("1", input.ItemText?.Trim() ?? string.Empty, input.ItemAnswers ?? string.Empty)])),
            $"Section {input.Code?.Trim()} is added",
            version => View("EditSection", new DraftSectionPage(version, null, input)),
            cancellationToken,
            form => $"sections[{form.Sections.Count}]",
            new Dictionary<string, string> { ["items[0].text"] = nameof(DraftSectionForm.ItemText), ["items[0].answers"] = nameof(DraftSectionForm.ItemAnswers) },
            formType: typeof(DraftSectionForm));

    [HttpGet("sections/{code}")]
    public Task<IActionResult> Section(int id, string code, CancellationToken cancellationToken) =>
        WithDraftAsync(id, (version, token) => version.Form!.Section(code) is { } part
            ? View("EditSection", new DraftSectionPage(version, part, DraftSectionForm.From(part, token)))
            : NotFound(), cancellationToken);

    [HttpPost("sections/{code}")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Section(int id, string code, [Bind(Prefix = "Section")] DraftSectionForm input, CancellationToken cancellationToken) =>
        SaveAsync(
            id, input.ConcurrencyToken, "Section.", nameof(DraftSectionForm.Title),
            form => form.WithPartDetails(code, input.Code ?? string.Empty, input.Title ?? string.Empty, input.PromptLines),
            "The section is saved",
            version => View("EditSection", new DraftSectionPage(version, version.Form!.Section(code), input)),
            cancellationToken,
            form => form.PathOf(code),
            formType: typeof(DraftSectionForm));

    [HttpPost("sections/{code}/move")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> MoveSection(int id, string code, int by, Guid concurrencyToken, CancellationToken cancellationToken) =>
        ChangeFromListAsync(id, concurrencyToken, form => form.WithSectionMoved(form.IndexOf(code), by), $"Section {code} is moved", cancellationToken);

    [HttpPost("sections/{code}/remove")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> RemoveSection(int id, string code, Guid concurrencyToken, CancellationToken cancellationToken) =>
        ChangeFromListAsync(id, concurrencyToken, form => form.WithoutSection(form.IndexOf(code)), $"Section {code} is removed", cancellationToken);

    [HttpGet("sections/{code}/items/new")]
    public Task<IActionResult> NewItem(int id, string code, CancellationToken cancellationToken) =>
        ItemPageAsync(id, code, null, cancellationToken);

    [HttpGet("sections/{code}/items/{item}")]
    public Task<IActionResult> Item(int id, string code, string item, CancellationToken cancellationToken) =>
        ItemPageAsync(id, code, item, cancellationToken);

    [HttpPost("sections/{code}/items/new")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> NewItem(int id, string code, [Bind(Prefix = "Input")] DraftItemForm input, CancellationToken cancellationToken) =>
        SaveItemAsync(id, code, null, input, cancellationToken);

    [HttpPost("sections/{code}/items/{item}")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Item(int id, string code, string item, [Bind(Prefix = "Input")] DraftItemForm input, CancellationToken cancellationToken) =>
        SaveItemAsync(id, code, item, input, cancellationToken);

    [HttpPost("sections/{code}/items/{item}/move")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> MoveItem(int id, string code, string item, int by, Guid concurrencyToken, CancellationToken cancellationToken) =>
        ChangeFromListAsync(id, concurrencyToken, form => form.WithItemMoved(code, ItemIndex(form, code, item), by), $"Item {item} is moved", cancellationToken, code);

    [HttpPost("sections/{code}/items/{item}/remove")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> RemoveItem(int id, string code, string item, Guid concurrencyToken, CancellationToken cancellationToken) =>
        ChangeFromListAsync(id, concurrencyToken, form => form.WithoutItem(code, ItemIndex(form, code, item)), $"Item {item} is removed", cancellationToken, code);

    private Task<IActionResult> ItemPageAsync(int id, string code, string? itemCode, CancellationToken cancellationToken) =>
        WithDraftAsync(id, (version, token) =>
        {
            var part = version.Form!.Section(code);
            var item = itemCode is null ? null : part?.Item(itemCode);
            return part is null || (itemCode is not null && item is null)
                ? NotFound()
                : View("EditItem", new DraftItemPage(version, part, item, DraftItemForm.From(item, token)));
        }, cancellationToken);

    private Task<IActionResult> SaveItemAsync(int id, string code, string? itemCode, DraftItemForm input, CancellationToken cancellationToken)
    {
        var index = 0;
        return SaveAsync(
            id, input.ConcurrencyToken, "Input.", nameof(DraftItemForm.Text),
            form =>
            {
                var part = form.Section(code) ?? throw new DomainRuleException($"The form has no section \"{code}\".");
                index = itemCode is null ? part.Items.Count : ItemIndex(form, code, itemCode);
                return form.WithItem(code, index, input.ToItem());
            },
            itemCode is null ? "The item is added" : "The item is saved",
            version => View("EditItem", new DraftItemPage(version, version.Form!.Section(code)!, itemCode is null ? null : version.Form.Section(code)!.Item(itemCode), input)),
            cancellationToken,
            form => $"{form.PathOf(code)}.items[{index}]",
            redirectTo: $"/frameworks/versions/{id}/edit/sections/{Uri.EscapeDataString(code)}",
            formType: typeof(DraftItemForm));
    }

    private static int ItemIndex(FrameworkForm form, string code, string itemCode)
    {
        var items = form.Section(code)?.Items ?? throw new DomainRuleException($"The form has no section \"{code}\".");
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i].Code, itemCode, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new DomainRuleException($"Section {code} has no item \"{itemCode}\".");
    }

    /// <summary>A change made with a button on a list (move, remove): on success back to the list; refused, the list with the reason.</summary>
    private Task<IActionResult> ChangeFromListAsync(
        int id, Guid concurrencyToken, Func<FrameworkForm, FrameworkForm> change, string done, CancellationToken cancellationToken, string? sectionCode = null) =>
        SaveAsync(
            id, concurrencyToken, string.Empty, string.Empty, change, done,
            version => sectionCode is null || version.Form!.Section(sectionCode) is not { } part
                ? View("Edit", new DraftPage(version, db.ConcurrencyTokenOf(version)))
                : View("EditSection", new DraftSectionPage(version, part, DraftSectionForm.From(part, db.ConcurrencyTokenOf(version)))),
            cancellationToken,
            redirectTo: sectionCode is null ? null : $"/frameworks/versions/{id}/edit/sections/{Uri.EscapeDataString(sectionCode)}",
            showPlaces: true);

    /// <summary>
    /// Applies a change to the draft's form and saves it, refusing it when the page was read before another
    /// change or the changed form breaks a rule: each problem goes beside its field on the page (found from
    /// its place in the form under <paramref name="placeOf"/>), any other to <paramref name="generalField"/>.
    /// </summary>
    private async Task<IActionResult> SaveAsync(
        int id,
        Guid concurrencyToken,
        string prefix,
        string generalField,
        Func<FrameworkForm, FrameworkForm> change,
        string done,
        Func<FrameworkVersion, IActionResult> redisplay,
        CancellationToken cancellationToken,
        Func<FrameworkForm, string>? placeOf = null,
        IReadOnlyDictionary<string, string>? fields = null,
        string? redirectTo = null,
        bool showPlaces = false,
        Type? formType = null,
        Func<Problem, string?>? fieldOf = null)
    {
        var version = await LoadAsync(id, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        if (version.IsPublished)
        {
            return Published(version);
        }

        if (ModelState.IsValid)
        {
            try
            {
                db.ExpectConcurrencyToken(version, concurrencyToken);
                version.ReviseForm(change(version.Form!));
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Draft framework version {VersionId} changed by {UserId}", id, User.ToActor().UserId);
                TempData["Success"] = done;
                return Redirect(redirectTo ?? $"/frameworks/versions/{id}/edit");
            }
            catch (DomainRuleException refused)
            {
                // The form is still the one read: a refused change leaves the version as it was.
                var place = placeOf?.Invoke(version.Form!) ?? string.Empty;
                foreach (var problem in refused.Problems)
                {
                    var field = fieldOf?.Invoke(problem) ?? FieldFor(problem, place, generalField, fields, formType);
                    ModelState.AddModelError(prefix + field, showPlaces && problem.Field.Length > 0 ? $"{problem.Field}: {problem.Message}" : problem.Message);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(prefix + generalField, Changed);
            }

            db.ChangeTracker.Clear();
            version = await LoadAsync(id, cancellationToken);
            if (version is null)
            {
                return NotFound();
            }

            if (version.IsPublished)
            {
                return Published(version);
            }
        }

        return redisplay(version);
    }

    /// <summary>The page's field for a problem at a place in the form: "sections[2].title" under "sections[2]" is "Title".</summary>
    private static string FieldFor(Problem problem, string place, string generalField, IReadOnlyDictionary<string, string>? fields, Type? formType)
    {
        if (place.Length == 0 || !problem.Field.StartsWith(place + ".", StringComparison.Ordinal))
        {
            return generalField;
        }

        var rest = problem.Field[(place.Length + 1)..];
        // "grades[0].descriptors[3]" goes beside "grades[0].descriptors" when the page has no field for each line.
        var list = rest.EndsWith(']') ? rest[..rest.LastIndexOf('[')] : rest;
        if (fields is not null && (fields.TryGetValue(rest, out var field) || fields.TryGetValue(list, out field)))
        {
            return field;
        }

        var name = rest.Split('.', '[')[0];
        if (name.Length == 0 || rest.Contains('.', StringComparison.Ordinal))
        {
            return generalField;
        }

        var property = char.ToUpperInvariant(name[0]) + name[1..];
        return formType?.GetProperty(property) is null ? generalField : property;
    }

    /// <summary>The page of a draft; a version published meanwhile sends the reader to its page, saying why.</summary>
    private async Task<IActionResult> WithDraftAsync(int id, Func<FrameworkVersion, Guid, IActionResult> page, CancellationToken cancellationToken)
    {
        var version = await LoadAsync(id, cancellationToken);
        return version is null ? NotFound() : version.IsPublished ? Published(version) : page(version, db.ConcurrencyTokenOf(version));
    }

    private RedirectResult Published(FrameworkVersion version)
    {
        TempData["Notice"] = $"Version {version.Number} has been published, so it cannot change. Start a new version to change it.";
        return Redirect($"/frameworks/versions/{version.Id}");
    }

    /// <summary>The version, tracked; null when there is no such version.</summary>
    private Task<FrameworkVersion?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.FrameworkVersions.Whole(tracked: true).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
}
