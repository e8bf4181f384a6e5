using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using EhcpQa.Domain.Register;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.RegisterImport;

/// <summary>The register file chosen to upload.</summary>
public sealed class RegisterUploadForm
{
    [Display(Name = "Register file")]
    public IFormFile? File { get; set; }
}

/// <summary>An earlier upload, with the person who imported it (or uploaded it, while it waits), and whether its file was removed unimported.</summary>
public sealed record EarlierImport(Domain.Register.RegisterImport Import, string By, bool Removed);

/// <summary>The upload page: the form and the uploads before.</summary>
public sealed record RegisterUploadPage(IReadOnlyList<EarlierImport> Earlier)
{
    public RegisterUploadForm Upload { get; } = new();
}

/// <summary>One field of the register and the column chosen for it ("" for none).</summary>
public sealed class RegisterColumnChoice
{
    public RegisterField Field { get; set; }

    public string? Heading { get; set; }
}

/// <summary>The columns chosen for a file, one choice per field in <see cref="RegisterFields.All"/> order. Holds what was chosen.</summary>
public sealed class RegisterColumnsForm
{
    public List<RegisterColumnChoice> Choices { get; set; } = [];

    public Guid ConcurrencyToken { get; set; }

    public static RegisterColumnsForm From(RegisterColumnMapping mapping, Guid concurrencyToken) => new()
    {
        Choices = RegisterFields.All.Select(f => new RegisterColumnChoice { Field = f, Heading = mapping.HeadingFor(f) }).ToList(),
        ConcurrencyToken = concurrencyToken,
    };

    /// <summary>The mapping chosen: each field once, in its own order, whatever the form posted.</summary>
    public RegisterColumnMapping ToMapping(IReadOnlyList<string> headings)
    {
        var columns = new Dictionary<RegisterField, string>();
        foreach (var field in RegisterFields.All)
        {
            var heading = Choices.FirstOrDefault(c => c.Field == field)?.Heading;
            if (!string.IsNullOrWhiteSpace(heading))
            {
                columns[field] = heading;
            }
        }

        Choices = RegisterFields.All.Select(f => new RegisterColumnChoice { Field = f, Heading = columns.GetValueOrDefault(f) }).ToList();
        return new RegisterColumnMapping(columns);
    }

    /// <summary>The model state key of a problem with a field ("Form.Choices[3].Heading"), or "" for the whole.</summary>
    public string KeyOf(string field)
    {
        var index = Enum.TryParse<RegisterField>(field, out var parsed) ? Choices.FindIndex(c => c.Field == parsed) : -1;
        return index < 0 ? string.Empty : $"Form.Choices[{index}].Heading";
    }
}

/// <summary>The page that matches the file's columns to the register's fields.</summary>
public sealed record RegisterColumnsPage(Domain.Register.RegisterImport Import, RegisterColumnsForm Form, IReadOnlyList<string> Headings)
{
    public IReadOnlyList<SelectListItem> HeadingItems { get; } =
        Headings.Select(h => new SelectListItem(h, h)).ToList();
}

/// <summary>The confirmation that imports a preview: the import's concurrency token when the preview was shown.</summary>
public sealed class RegisterImportConfirmForm
{
    public Guid ConcurrencyToken { get; set; }
}

/// <summary>What importing the file would do now.</summary>
public sealed record RegisterPreviewPage(
    Domain.Register.RegisterImport Import,
    RegisterImportPreview Preview,
    RegisterColumnMapping Mapping,
    IReadOnlyDictionary<int, string> Localities,
    RegisterImportConfirmForm Confirm)
{
    public bool CanImport => Preview.Additions.Count + Preview.Updates.Count > 0;
}

/// <summary>What an import did, and who did it.</summary>
public sealed record RegisterImportedPage(Domain.Register.RegisterImport Import, string UploadedBy, string ImportedBy);

/// <summary>The refused rows of a preview as a CSV: row, field, reason. Cells that would run as formulas in a spreadsheet are escaped.</summary>
public static class RegisterRefusalsCsv
{
    public static byte[] Write(IEnumerable<RegisterRefusal> refusals)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, configuration))
        {
            csv.WriteField("Row");
            csv.WriteField("Field");
            csv.WriteField("Reason");
            csv.NextRecord();
            foreach (var refusal in refusals)
            {
                csv.WriteField(refusal.RowNumber.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(refusal.Field?.Name() ?? "The whole row");
                csv.WriteField(refusal.Message);
                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }
}

/// <summary>An example register: one column per field the service reads, headed by the field's name, and two plans.</summary>
public static class RegisterExampleCsv
{
    private static readonly string[][] Rows =
    [
        ["EHC-2024-0012", "AB", "14/03/2015", "caseworker@example.gov.uk", "North", "SEMH", "ASD", "Mainstream", "Example Primary School", "10/01/2024", "30/05/2024", "28/04/2025", "Final", "", "CLA"],
        ["EHC-2025-0107", "CD", "02/11/2012", "caseworker@example.gov.uk", "South", "MLD", "", "Special", "", "03/02/2025", "", "", "Draft", "", ""],
    ];

    public static byte[] Write()
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var field in RegisterFields.All)
            {
                csv.WriteField(field.Name());
            }

            csv.NextRecord();
            foreach (var row in Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }
}
