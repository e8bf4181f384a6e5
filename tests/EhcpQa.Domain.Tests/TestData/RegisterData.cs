using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>
/// A register file as a case-management system exports it: a heading for every field, and a sound row for
/// <see cref="PlanData"/>'s plan (issued as final) to be varied cell by cell in each test.
/// </summary>
internal static class RegisterData
{
    public const string CaseworkerEmail = "sam.jones@council.example";

    public const string OtherCaseworkerEmail = "alex.brown@council.example";

    public const string OtherCaseworkerId = "caseworker-2";

    public const string Locality = "North";

    public const string OtherLocality = "South";

    public const int OtherLocalityId = 2;

    public const string ImportedBy = "qa-lead";

    /// <summary>The file's headings, one for each field in the order of <see cref="RegisterField"/>.</summary>
    public static readonly IReadOnlyList<string> Headings =
    [
        "Ref", "Initials", "DOB", "Caseworker email", "Locality", "Primary need", "Secondary need", "Setting type",
        "School", "Request date", "Issue date", "Last review date", "Status", "Ceased date", "Vulnerable groups",
    ];

    /// <summary>Each field mapped to its heading in <see cref="Headings"/>.</summary>
    public static RegisterColumnMapping Mapping { get; } =
        new(RegisterFields.All.Select((field, i) => (field, i)).ToDictionary(x => x.field, x => Headings[x.i]));

    /// <summary>The cells of PlanData's plan, issued as final on 20 February 2026.</summary>
    public static Dictionary<RegisterField, string?> SoundCells() => new()
    {
        [RegisterField.Reference] = "EHC/2026-001",
        [RegisterField.ChildInitials] = "JS",
        [RegisterField.DateOfBirth] = "14/05/2016",
        [RegisterField.Caseworker] = CaseworkerEmail,
        [RegisterField.Locality] = Locality,
        [RegisterField.PrimaryNeed] = "ASD",
        [RegisterField.SecondaryNeed] = null,
        [RegisterField.SettingType] = "Mainstream",
        [RegisterField.SettingName] = "Oak Primary School",
        [RegisterField.RequestDate] = "05/01/2026",
        [RegisterField.IssuedOn] = "20/02/2026",
        [RegisterField.LastReviewedOn] = null,
        [RegisterField.Status] = "Final",
        [RegisterField.CeasedOn] = null,
        [RegisterField.Cohorts] = null,
    };

    /// <summary>A row of the sound cells, with some changed.</summary>
    public static RegisterRow Row(int number = 2, params (RegisterField Field, string? Value)[] changes)
    {
        var cells = SoundCells();
        foreach (var (field, value) in changes)
        {
            cells[field] = value;
        }

        return new RegisterRow(number, RegisterFields.All.Select(f => cells[f]).ToList());
    }

    /// <summary>A row for another plan, with its own reference.</summary>
    public static RegisterRow RowFor(string reference, int number, params (RegisterField Field, string? Value)[] changes) =>
        Row(number, [(RegisterField.Reference, reference), .. changes]);

    /// <summary>What the service knows: two caseworkers, two localities and the given plans.</summary>
    public static RegisterLookups Lookups(params Plan[] plans) => new(
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [CaseworkerEmail] = PlanData.CaseworkerId,
            [OtherCaseworkerEmail] = OtherCaseworkerId,
        },
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            [Locality] = PlanData.LocalityId,
            [OtherLocality] = OtherLocalityId,
        },
        plans.ToDictionary(p => p.Reference, StringComparer.OrdinalIgnoreCase));

    /// <summary>The preview of the rows against the given plans, today.</summary>
    public static RegisterImportPreview Preview(IEnumerable<RegisterRow> rows, params Plan[] plans) =>
        RegisterImportPreview.Of(Headings, Mapping, rows, Lookups(plans), PlanData.Today);

    /// <summary>The preview of one row against the given plans.</summary>
    public static RegisterImportPreview Preview(RegisterRow row, params Plan[] plans) => Preview([row], plans);

    /// <summary>The record read from one row that is sound; fails the test when it is refused.</summary>
    public static RegisterRecord Read(RegisterRow row)
    {
        var preview = Preview(row);
        Assert.Empty(preview.Refusals);
        return Assert.Single(preview.Additions);
    }

    /// <summary>The refusals of one row.</summary>
    public static IReadOnlyList<RegisterRefusal> Refusals(RegisterRow row, params Plan[] plans) => Preview(row, plans).Refusals;

    /// <summary>The plan the row adds, imported now.</summary>
    public static Plan Imported(RegisterRow row) => Assert.Single(Preview(row).Apply(ImportedBy, PlanData.Now));
}
