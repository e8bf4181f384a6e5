using System.IO.Compression;
using System.Security.Claims;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.Drafts.Documents;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>One document of the zip: the plan its name matched, and either how many sections were found (ready) or why it is refused.</summary>
/// <param name="CheckOnPlanPage">The plan whose own page should be used to check the split, when that is why it is refused.</param>
public sealed record IssuedTextsRow(string FileName, string Reference, int? PlanId, int? SectionsFound, string? Refusal, int? CheckOnPlanPage = null)
{
    public bool IsReady => Refusal is null;
}

/// <summary>A document ready to be brought in: the plan, its sections and (when bringing in) the document as stored.</summary>
public sealed record IssuedTextReady(Plan Plan, IReadOnlyDictionary<SectionCode, string> Sections, StoredDraftFile? Stored);

/// <summary>What the zip would bring in: a row for each document, and those ready.</summary>
public sealed record IssuedTextsPreview(IReadOnlyList<IssuedTextsRow> Rows, IReadOnlyList<IssuedTextReady> Ready)
{
    public int Refused => Rows.Count(r => !r.IsReady);
}

/// <summary>A document of the zip could not be unpacked: the zip is damaged.</summary>
public sealed class IssuedTextsZipDamagedException(Exception inner)
    : Exception("A document in the zip could not be unpacked.", inner)
{
    public const string UserMessage = "The selected zip file is damaged: a document in it could not be unpacked. Make the zip again and upload it";
}

/// <summary>
/// Zips of issued plans' documents: kept in the database (<c>StoredFiles</c>, under <c>issued-texts/</c>) between
/// their upload and the texts being added, at most a day (the retention job removes them), and read against the
/// register as it is now and what the person may do.
/// </summary>
public sealed class IssuedTextUploads(EhcpQaDbContext db, IAuthorizationService authorization, IDraftFileStore files, TimeProvider clock)
{
    public const string KeyPrefix = "issued-texts/";

    public const string DocxOnlyMessage = "Only Word documents (.docx) are read";

    /// <summary>Keeps a checked zip; returns its id.</summary>
    public async Task<Guid> AddAsync(byte[] content, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        db.StoredFiles.Add(StoredFiles.Of(KeyOf(id), content, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    /// <summary>The zip kept under the id; null once its texts were added or it was removed.</summary>
    public Task<byte[]?> OpenAsync(Guid id, CancellationToken cancellationToken) => StoredFiles.ReadAsync(db, KeyOf(id), cancellationToken);

    /// <summary>Removes the zip, in the caller's transaction; false when it was gone already (its texts added by someone else).</summary>
    public async Task<bool> ForgetAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = KeyOf(id);
        return await db.StoredFiles.Where(f => f.Key == key).ExecuteDeleteAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Reads every document of the zip against the register as it is now. To be brought in (<paramref name="toBringIn"/>),
    /// the plans are tracked and each ready document is stored as a draft file; if reading fails part way, those stored
    /// are removed again.
    /// </summary>
    /// <exception cref="IssuedTextsZipDamagedException">A document could not be unpacked.</exception>
    public async Task<IssuedTextsPreview> PreviewAsync(ZipArchive zip, ClaimsPrincipal user, bool toBringIn, CancellationToken cancellationToken)
    {
        var documents = IssuedTextsZip.Documents(zip)
            .Select(entry => (Entry: entry, FileName: IssuedTextsZip.FileNameOf(entry)))
            .Select(d => (d.Entry, d.FileName, Reference: Path.GetFileNameWithoutExtension(d.FileName).Trim().ToUpperInvariant(), IsDocx: IsDocx(d.FileName)))
            .ToList();
        var twice = documents.Where(d => d.IsDocx).GroupBy(d => d.Reference).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var references = documents.Where(d => d.IsDocx && d.Reference.Length > 0).Select(d => d.Reference).Distinct().ToList();
        var plans = await PlansAsync(references, toBringIn, cancellationToken);

        var rows = new List<IssuedTextsRow>();
        var ready = new List<IssuedTextReady>();
        try
        {
            foreach (var (entry, fileName, reference, isDocx) in documents)
            {
                plans.TryGetValue(reference, out var plan);
                var refusal = await RefusalBeforeReadingAsync(isDocx, reference, twice, plan, user);
                if (refusal is not null || plan is null)
                {
                    rows.Add(new IssuedTextsRow(fileName, reference, plan?.Id, null, refusal ?? NoPlan(reference)));
                    continue;
                }

                using var content = Read(entry);
                if (content is null)
                {
                    rows.Add(new IssuedTextsRow(fileName, reference, plan.Id, null, ForAnEntry(DraftDocumentCheck.TooLargeMessage)));
                    continue;
                }

                if (DraftDocumentCheck.Check(fileName, content.Length, content) is { } problem)
                {
                    rows.Add(new IssuedTextsRow(fileName, reference, plan.Id, null, ForAnEntry(problem.Message)));
                    continue;
                }

                var (split, doubt) = Split(content);
                if (split is null || doubt is not null)
                {
                    rows.Add(new IssuedTextsRow(fileName, reference, plan.Id, null,
                        $"{doubt ?? "Its sections could not be found"}: check its split on the plan's own page", plan.Id));
                    continue;
                }

                StoredDraftFile? stored = null;
                if (toBringIn)
                {
                    content.Position = 0;
                    stored = await files.SaveAsync(plan.Id, fileName, content, cancellationToken);
                }

                ready.Add(new IssuedTextReady(plan, split.Sections, stored));
                rows.Add(new IssuedTextsRow(fileName, reference, plan.Id, split.Sections.Count(s => !string.IsNullOrWhiteSpace(s.Value)), null));
            }
        }
        catch
        {
            await ForgetDocumentsAsync(ready);
            throw;
        }

        return new IssuedTextsPreview(rows, ready);
    }

    /// <summary>Removes the documents stored for texts that were then not added.</summary>
    public async Task ForgetDocumentsAsync(IEnumerable<IssuedTextReady> ready)
    {
        foreach (var stored in ready.Select(r => r.Stored).OfType<StoredDraftFile>())
        {
            // Best effort: the retention job removes any left, as it does every upload never used.
            try
            {
                await files.DeleteAsync(stored.StorageKey, CancellationToken.None);
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or DbUpdateException)
            {
            }
        }
    }

    private static string KeyOf(Guid id) => $"{KeyPrefix}{id:N}";

    private static bool IsDocx(string fileName) =>
        string.Equals(Path.GetExtension(fileName.TrimEnd('.', ' ')), ".docx", StringComparison.OrdinalIgnoreCase);

    private static string NoPlan(string reference) =>
        reference.Length == 0
            ? "The document's name must be its plan's reference"
            : $"There is no plan {reference} on the register. Name the document with its plan's reference";

    private async Task<string?> RefusalBeforeReadingAsync(bool isDocx, string reference, HashSet<string> twice, Plan? plan, ClaimsPrincipal user)
    {
        if (!isDocx)
        {
            return DocxOnlyMessage;
        }

        if (twice.Contains(reference))
        {
            return $"More than one document in the zip is named {reference}. Leave all but one out of the zip";
        }

        if (plan is null)
        {
            return NoPlan(reference);
        }

        if (plan.WhyNotBringInIssuedText() is { } reason)
        {
            return reason;
        }

        return (await authorization.AuthorizeAsync(user, plan, PlanOperations.EditRecord)).Succeeded
            ? null
            : $"You cannot change the record of plan {plan.Reference}";
    }

    private static MemoryStream? Read(ZipArchiveEntry entry)
    {
        try
        {
            return IssuedTextsZip.Read(entry);
        }
        catch (InvalidDataException damaged)
        {
            throw new IssuedTextsZipDamagedException(damaged);
        }
    }

    /// <summary>The split, and why it should be checked on the plan's own page (null when it can be added as it is).</summary>
    private static (DraftDocumentSplit? Split, string? Doubt) Split(MemoryStream content)
    {
        DraftDocumentSplit split;
        try
        {
            split = DraftDocumentReader.Read(content);
        }
        catch (DraftDocumentUnreadableException)
        {
            return (null, null);
        }

        if (split.Sections.Values.All(string.IsNullOrWhiteSpace))
        {
            return (split, "No section headings were found");
        }

        if (!split.IsConfident)
        {
            return (split, split.Doubts.Count > 0 ? split.Doubts[0] : "The split into sections is in doubt");
        }

        if (split.Sections.FirstOrDefault(s => s.Value.Length > PlanVersion.SectionTextMaxLength) is { Value: not null } tooLong)
        {
            return (split, $"Section {tooLong.Key} is longer than {PlanVersion.SectionTextMaxLength:N0} characters");
        }

        return (split, null);
    }

    /// <summary>A message of the single upload ("The selected file …") said of a document in the zip.</summary>
    private static string ForAnEntry(string message) =>
        message.StartsWith("The selected file", StringComparison.Ordinal) ? "The document" + message["The selected file".Length..] : message;

    private async Task<Dictionary<string, Plan>> PlansAsync(List<string> references, bool tracked, CancellationToken cancellationToken)
    {
        var plans = new Dictionary<string, Plan>(StringComparer.Ordinal);
        foreach (var batch in references.Chunk(500))
        {
            var query = (tracked ? db.Plans : db.Plans.AsNoTracking())
                .Include(p => p.Versions)
                .Where(p => batch.Contains(p.Reference));
            foreach (var plan in await query.ToListAsync(cancellationToken))
            {
                plans[plan.Reference.ToUpperInvariant()] = plan;
            }
        }

        return plans;
    }
}
