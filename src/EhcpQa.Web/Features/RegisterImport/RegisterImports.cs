using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Files;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.RegisterImport;

/// <summary>An uploaded register with its file opened: no file once it is imported, or once it was removed unimported.</summary>
public sealed record OpenedRegister(Domain.Register.RegisterImport Import, RegisterFile? Opened)
{
    /// <summary>Not imported, and its file removed for being kept too long.</summary>
    public bool IsRemoved => Opened is null && !Import.IsImported;

    /// <summary>The file of an import not yet made.</summary>
    public RegisterFile File => Opened ?? throw new InvalidOperationException($"Register import {Import.Id} is imported: its file is no longer kept.");
}

/// <summary>
/// Uploaded register files: kept in the database (<c>StoredFiles</c>) until imported, so any instance serves every step,
/// and read against the register as it is now: enabled caseworker accounts by e-mail, localities by name, plans by reference.
/// </summary>
public sealed class RegisterImports(EhcpQaDbContext db, TimeProvider clock)
{
    public const string KeyPrefix = "registers/";

    /// <summary>Stores a checked file and records its upload.</summary>
    public async Task<Domain.Register.RegisterImport> AddAsync(string fileName, byte[] content, int rowCount, string byUserId, CancellationToken cancellationToken)
    {
        var key = $"{KeyPrefix}{Guid.NewGuid():N}";
        var now = clock.GetUtcNow();
        db.StoredFiles.Add(StoredFiles.Of(key, content, now));
        var import = Domain.Register.RegisterImport.Upload(fileName, key, rowCount, byUserId, now);
        db.RegisterImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return import;
    }

    /// <summary>The import (tracked) with its file opened (none once imported or removed); null when there is no such import.</summary>
    public async Task<OpenedRegister?> OpenAsync(int id, CancellationToken cancellationToken)
    {
        var import = await db.RegisterImports.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null)
        {
            return null;
        }

        if (import.IsImported)
        {
            return new OpenedRegister(import, null);
        }

        var content = await StoredFiles.ReadAsync(db, import.FileKey, cancellationToken);
        if (content is null)
        {
            // Not imported within a day: the retention job removed the file.
            return new OpenedRegister(import, null);
        }

        return new OpenedRegister(import, RegisterFile.Open(import.FileName, content));
    }

    /// <summary>The columns chosen for the newest other upload that had them: what the next file is offered.</summary>
    public async Task<RegisterColumnMapping?> LastMappingAsync(int exceptId, CancellationToken cancellationToken)
    {
        var json = await db.RegisterImports.AsNoTracking()
            .Where(i => i.Id != exceptId && i.MappingJson != null)
            .OrderByDescending(i => i.UploadedAt)
            .ThenByDescending(i => i.Id)
            .Select(i => i.MappingJson)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : RegisterColumnMapping.FromJson(json);
    }

    /// <summary>
    /// What importing the file would do now. To be imported, the plans it would change are tracked, so that
    /// <see cref="Domain.Register.RegisterImport.Import"/> changes them for the next save; to be shown, nothing is.
    /// </summary>
    public async Task<RegisterImportPreview> PreviewAsync(OpenedRegister opened, DateOnly today, bool toImport, CancellationToken cancellationToken)
    {
        var mapping = opened.Import.Mapping ?? throw new InvalidOperationException("The file's columns have not been chosen.");
        var lookups = await LookupsAsync(toImport, cancellationToken);
        return RegisterImportPreview.Of(opened.File.Headings, mapping, opened.File.Rows(), lookups, today);
    }

    /// <summary>How many new plans are saved at a time: the context forgets each batch once saved, so a register of
    /// 50,000 plans never has them all tracked at once.</summary>
    public const int SaveBatch = 1000;

    /// <summary>
    /// Saves new plans a batch at a time as they are made, inside the caller's transaction, so only one batch is held at
    /// once. Everything the context tracked before must be saved first; afterwards it tracks nothing.
    /// </summary>
    /// <param name="saved">Told how many of the plans are saved after each batch.</param>
    public async Task AddInBatchesAsync(IEnumerable<Plan> plans, Action<int> saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        db.ChangeTracker.Clear();
        var done = 0;
        foreach (var batch in plans.Chunk(SaveBatch))
        {
            db.Plans.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += batch.Length;
            saved(done);
        }
    }

    /// <summary>Removes the stored file once it is imported: the plans hold what it said.</summary>
    public async Task ForgetFileAsync(Domain.Register.RegisterImport import, CancellationToken cancellationToken)
    {
        var stored = await db.StoredFiles.SingleOrDefaultAsync(f => f.Key == import.FileKey, cancellationToken);
        if (stored is not null)
        {
            db.StoredFiles.Remove(stored);
        }
    }

    private async Task<RegisterLookups> LookupsAsync(bool tracked, CancellationToken cancellationToken)
    {
        var caseworkers = await (
                from user in db.Users.AsNoTracking()
                where user.DisabledAt == null && user.Email != null
                    && db.UserRoles.Any(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRole.Caseworker))
                select new { user.Id, user.Email })
            .ToListAsync(cancellationToken);
        var caseworkerIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var caseworker in caseworkers)
        {
            caseworkerIds[caseworker.Email!.Trim()] = caseworker.Id;
        }

        var localityIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var locality in await db.Localities.AsNoTracking().ToListAsync(cancellationToken))
        {
            localityIds[locality.Name] = locality.Id;
        }

        var plans = new Dictionary<string, Plan>(StringComparer.OrdinalIgnoreCase);
        // A plan signed off here keeps the issue date it was given here: its signed-off versions say so, and no others are read.
        var onRegister = (tracked ? db.Plans : db.Plans.AsNoTracking())
            .Include(p => p.Versions.Where(v => v.Status == DraftStatus.SignedOff))
            .AsSplitQuery();
        foreach (var plan in await onRegister.ToListAsync(cancellationToken))
        {
            plans[plan.Reference] = plan;
        }

        return new RegisterLookups(caseworkerIds, localityIds, plans);
    }
}
