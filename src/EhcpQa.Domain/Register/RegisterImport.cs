namespace EhcpQa.Domain.Register;

/// <summary>Where an uploaded register is: waiting for its columns, ready to preview, or imported.</summary>
public enum RegisterImportStatus
{
    Uploaded = 1,
    ColumnsChosen,
    Imported,
}

/// <summary>
/// One register file uploaded to be imported: who uploaded it and when, the columns chosen for it (the mapping the
/// next upload is offered), and once imported who imported it, when, and what it did. The file itself is kept only
/// until it is imported.
/// </summary>
public sealed class RegisterImport
{
    /// <summary>The longest file name kept (for display only).</summary>
    public const int FileNameMaxLength = 200;

    /// <summary>The longest a stored mapping may be: far more than fifteen fields with long headings need.</summary>
    public const int MappingMaxLength = 8000;

    private RegisterImport()
    {
        FileName = string.Empty;
        FileKey = string.Empty;
        UploadedById = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The uploader's file name, shortened to fit, for display only.</summary>
    public string FileName { get; private set; }

    /// <summary>Where the file's content is stored until it is imported.</summary>
    public string FileKey { get; private set; }

    /// <summary>How many data rows the file holds.</summary>
    public int RowCount { get; private set; }

    public string UploadedById { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public RegisterImportStatus Status { get; private set; }

    /// <summary>The columns chosen for the file (<see cref="RegisterColumnMapping.ToJson"/>); null until chosen.</summary>
    public string? MappingJson { get; private set; }

    public string? ImportedById { get; private set; }

    public DateTimeOffset? ImportedAt { get; private set; }

    public int Added { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Refused { get; private set; }

    public bool IsImported => Status == RegisterImportStatus.Imported;

    /// <summary>The columns chosen, or null before they are.</summary>
    public RegisterColumnMapping? Mapping => MappingJson is null ? null : RegisterColumnMapping.FromJson(MappingJson);

    /// <summary>Records a register file that was read and stored under a key.</summary>
    public static RegisterImport Upload(string? fileName, string fileKey, int rowCount, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (rowCount < 0)
        {
            throw new DomainRuleException("A register cannot have fewer than no rows.");
        }

        var name = Path.GetFileName(fileName?.Trim() ?? string.Empty);
        return new RegisterImport
        {
            FileName = name.Length == 0 ? "register" : name[..Math.Min(name.Length, FileNameMaxLength)],
            FileKey = fileKey,
            RowCount = rowCount,
            UploadedById = byUserId,
            UploadedAt = at,
            Status = RegisterImportStatus.Uploaded,
        };
    }

    /// <summary>Keeps the columns chosen for the file; they may be chosen again until it is imported.</summary>
    public void ChooseColumns(RegisterColumnMapping mapping, IReadOnlyList<string> headings)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        RefuseOnceImported();
        DomainRuleException.ThrowIfAny(mapping.Problems(headings));
        var json = mapping.ToJson();
        if (json.Length > MappingMaxLength)
        {
            throw new DomainRuleException("The column headings are too long to keep: shorten them in the file and upload it again.");
        }

        MappingJson = json;
        Status = RegisterImportStatus.ColumnsChosen;
    }

    /// <summary>
    /// Carries out a preview made from this file with its chosen columns: the plans to add are returned for the
    /// caller to store, each made as it is reached (once), the plans to update are updated, and what was done is recorded with who and when.
    /// </summary>
    public IEnumerable<Plans.Plan> Import(RegisterImportPreview preview, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        RefuseOnceImported();
        if (Status != RegisterImportStatus.ColumnsChosen)
        {
            throw new DomainRuleException("Choose the file's columns before importing it.");
        }

        var added = preview.Apply(byUserId, at);
        Added = preview.Additions.Count;
        Updated = preview.Updates.Count;
        Unchanged = preview.Unchanged;
        Refused = preview.RefusedRows;
        ImportedById = byUserId;
        ImportedAt = at;
        Status = RegisterImportStatus.Imported;
        return added;
    }

    private void RefuseOnceImported()
    {
        if (IsImported)
        {
            throw new DomainRuleException($"{FileName} has been imported already: upload the register again to import a later export.");
        }
    }
}
