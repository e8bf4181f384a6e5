using System.Collections.Frozen;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Register;

/// <summary>What the person is told about each field the service reads from a register, and the headings it recognises for each.</summary>
public static class RegisterFields
{
    private const string DateHint = "A date such as 31/01/2026 or 2026-01-31";

    private static readonly FrozenDictionary<RegisterField, string[]> Headings = new Dictionary<RegisterField, string[]>
    {
        [RegisterField.Reference] = ["Plan reference", "Reference", "Ref", "Plan ref", "EHCP reference", "EHCP ref", "EHC plan reference", "Case reference", "Case ref"],
        [RegisterField.ChildInitials] = ["Child's initials", "Initials", "Child initials", "Pupil initials"],
        [RegisterField.DateOfBirth] = ["Date of birth", "DOB", "Birth date"],
        [RegisterField.Caseworker] = ["Caseworker's e-mail address", "Caseworker", "Case officer", "SEN officer", "Caseworker email", "Caseworker email address", "Case officer email", "SEN officer email"],
        [RegisterField.Locality] = ["Locality", "Area", "Team", "Locality team"],
        [RegisterField.PrimaryNeed] = ["Primary need", "Primary SEN type", "Primary type of need", "Primary SEN need"],
        [RegisterField.SecondaryNeed] = ["Secondary need", "Secondary SEN type", "Secondary type of need", "Secondary SEN need"],
        [RegisterField.SettingType] = ["Type of setting", "Setting type", "Provision type", "School type", "Type of provision"],
        [RegisterField.SettingName] = ["Name of setting", "School", "Setting", "Setting name", "School name", "Provision", "Placement"],
        [RegisterField.RequestDate] = ["Date the request for assessment was received", "Request date", "Date of request", "RFA date", "Request received", "Date request received", "Assessment request date"],
        [RegisterField.IssuedOn] = ["Date the plan was issued", "Issue date", "Date issued", "Final plan date", "Date of final plan", "Plan issued", "Issued"],
        [RegisterField.LastReviewedOn] = ["Date of the last annual review", "Last annual review", "Last review date", "Last review", "Annual review date", "Date of last review"],
        [RegisterField.Status] = ["Plan status", "Status", "EHCP status"],
        [RegisterField.CeasedOn] = ["Date the plan ceased", "Ceased date", "Date ceased", "Ceased", "Ceased on", "Date closed", "Closure date"],
        [RegisterField.Cohorts] = ["Cohorts", "Vulnerable groups", "Vulnerable cohorts", "Cohort", "Vulnerable group"],
    }.ToFrozenDictionary();

    /// <summary>Every field, in the order of <see cref="RegisterField"/>.</summary>
    public static IReadOnlyList<RegisterField> All { get; } = Enum.GetValues<RegisterField>();

    /// <summary>The field as the person reads it, for example "Plan reference".</summary>
    public static string Name(this RegisterField field) => field switch
    {
        RegisterField.Reference => "Plan reference",
        RegisterField.ChildInitials => "Child's initials",
        RegisterField.DateOfBirth => "Date of birth",
        RegisterField.Caseworker => "Caseworker's e-mail address",
        RegisterField.Locality => "Locality",
        RegisterField.PrimaryNeed => "Primary need",
        RegisterField.SecondaryNeed => "Secondary need",
        RegisterField.SettingType => "Type of setting",
        RegisterField.SettingName => "Name of setting",
        RegisterField.RequestDate => "Date the request for assessment was received",
        RegisterField.IssuedOn => "Date the plan was issued",
        RegisterField.LastReviewedOn => "Date of the last annual review",
        RegisterField.Status => "Plan status",
        RegisterField.CeasedOn => "Date the plan ceased",
        RegisterField.Cohorts => "Cohorts",
        _ => field.ToString(),
    };

    /// <summary>One sentence on the values the service accepts in the field's column.</summary>
    public static string Hint(this RegisterField field) => field switch
    {
        RegisterField.Reference => $"The authority's reference for the plan: up to {Plan.ReferenceMaxLength} letters, numbers, hyphens or slashes",
        RegisterField.ChildInitials => $"The child's initials, 1 to {Plan.ChildIdentifierMaxLength} letters, never their name",
        RegisterField.Caseworker => "The e-mail address of the caseworker's account in the service",
        RegisterField.Locality => "The name of one of the service's localities",
        RegisterField.PrimaryNeed => $"One of the DfE codes {RegisterValues.NeedCodes} or their names",
        RegisterField.SecondaryNeed => $"One of the DfE codes {RegisterValues.NeedCodes} or their names, or blank when there is none",
        RegisterField.SettingType => $"One of {RegisterValues.SettingWords} (or the service's own names for them)",
        RegisterField.SettingName => $"The name of the school or other setting, up to {Plan.SettingNameMaxLength} characters",
        RegisterField.Status => "One of draft, final (or issued, maintained, active), amended, or ceased (or closed)",
        RegisterField.Cohorts => $"Any of {RegisterValues.CohortWords}, separated by commas, or blank or none when there are none",
        RegisterField.DateOfBirth or RegisterField.RequestDate or RegisterField.IssuedOn or RegisterField.LastReviewedOn
            or RegisterField.CeasedOn => DateHint,
        _ => string.Empty,
    };

    /// <summary>Whether every register must have a column for the field and every row a value in it.</summary>
    public static bool IsRequired(this RegisterField field) => field is RegisterField.Reference or RegisterField.ChildInitials
        or RegisterField.DateOfBirth or RegisterField.Caseworker or RegisterField.Locality or RegisterField.PrimaryNeed
        or RegisterField.SettingType or RegisterField.RequestDate or RegisterField.Status;

    /// <summary>The headings the service recognises for the field, its own name first.</summary>
    public static IReadOnlyList<string> RecognisedHeadings(this RegisterField field) =>
        Headings.TryGetValue(field, out var headings) ? headings : [field.Name()];

    /// <summary>The field's name in running text ("Enter the plan reference").</summary>
    internal static string InText(this RegisterField field) => char.ToLowerInvariant(field.Name()[0]) + field.Name()[1..];

    /// <summary>What changed, as a plan's history names it ("caseworker", "date of the last annual review").</summary>
    internal static string AsChange(this RegisterField field) => field == RegisterField.Caseworker ? "caseworker" : field.InText();

    /// <summary>Text with only its letters and digits, in lower case: how headings and coded values are compared.</summary>
    internal static string Normalise(string text)
    {
        Span<char> kept = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(kept[..length]);
    }
}
