using System.Collections.Frozen;
using System.Globalization;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Register;

/// <summary>
/// How the text of a register's cells is read: dates, types of need and setting, statuses and cohorts, in the words
/// case-management systems export them in. Each reader gives the value, or the message refusing the text.
/// </summary>
internal static class RegisterValues
{
    internal const string NeedCodes = "SLCN, ASD, SpLD, MLD, SLD, PMLD, SEMH, HI, VI, MSI, PD";
    internal const string SettingWords = "mainstream, resourced provision, special, independent, further education, early years, EHE or EOTAS";
    internal const string StatusWords = "draft, final, amended or ceased";
    internal const string CohortWords = "child in care (CLA), child protection (CP), youth justice (YJ) and elective home education (EHE)";

    private const int QuotedMaxLength = 60;

    private static readonly string[] DateFormats =
    [
        "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d MMM yyyy", "d MMMM yyyy",
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    private static readonly FrozenDictionary<string, NeedType> NeedWords = Words(
        Enum.GetValues<NeedType>().SelectMany(n => new[] { (n.Name(), n), (n.ToString(), n) }).Concat(
        [
            ("SLCN", NeedType.SpeechLanguageAndCommunication),
            ("ASD", NeedType.Autism), ("ASC", NeedType.Autism), ("AUT", NeedType.Autism),
            ("SpLD", NeedType.SpecificLearningDifficulty),
            ("MLD", NeedType.ModerateLearningDifficulty),
            ("SLD", NeedType.SevereLearningDifficulty),
            ("PMLD", NeedType.ProfoundAndMultipleLearningDifficulty),
            ("SEMH", NeedType.SocialEmotionalAndMentalHealth),
            ("HI", NeedType.HearingImpairment),
            ("VI", NeedType.VisionImpairment),
            ("MSI", NeedType.MultiSensoryImpairment),
            ("PD", NeedType.PhysicalDisability),
        ]));

    private static readonly FrozenDictionary<string, SettingType> SettingTypeWords = Words(
        Enum.GetValues<SettingType>().SelectMany(s => new[] { (s.Name(), s), (s.ToString(), s) }).Concat(
        [
            ("mainstream", SettingType.Mainstream),
            ("resourced provision", SettingType.ResourcedProvision), ("SEN unit", SettingType.ResourcedProvision),
            ("special", SettingType.Special),
            ("independent", SettingType.Independent), ("INMSS", SettingType.Independent),
            ("non-maintained", SettingType.Independent), ("NMSS", SettingType.Independent),
            ("FE", SettingType.FurtherEducation), ("college", SettingType.FurtherEducation),
            ("early years", SettingType.EarlyYears), ("EY", SettingType.EarlyYears),
            ("EHE", SettingType.ElectiveHomeEducation),
            ("EOTAS", SettingType.EducationOtherThanAtSchool),
        ]));

    private static readonly FrozenDictionary<string, RegisterStatus> StatusNames = Words(
    [
        ("draft", RegisterStatus.Draft),
        ("final", RegisterStatus.Final), ("issued", RegisterStatus.Final), ("maintained", RegisterStatus.Final), ("active", RegisterStatus.Final),
        ("amended", RegisterStatus.Amended),
        ("ceased", RegisterStatus.Ceased), ("closed", RegisterStatus.Ceased),
    ]);

    private static readonly FrozenDictionary<string, VulnerableCohorts> CohortNames = Words(
        Enum.GetValues<VulnerableCohorts>().Where(c => c != VulnerableCohorts.None).Select(c => (c.Name(), c)).Concat(
        [
            ("none", VulnerableCohorts.None),
            ("CLA", VulnerableCohorts.ChildInCare), ("LAC", VulnerableCohorts.ChildInCare), ("looked after", VulnerableCohorts.ChildInCare),
            ("child looked after", VulnerableCohorts.ChildInCare), ("looked after child", VulnerableCohorts.ChildInCare),
            ("CIC", VulnerableCohorts.ChildInCare),
            ("CP", VulnerableCohorts.ChildProtection), ("CPP", VulnerableCohorts.ChildProtection),
            ("child protection plan", VulnerableCohorts.ChildProtection),
            ("YJ", VulnerableCohorts.YouthJustice), ("YOT", VulnerableCohorts.YouthJustice),
            ("EHE", VulnerableCohorts.ElectiveHomeEducation),
        ]));

    private static readonly char[] CohortSeparators = [',', ';', '/', '|'];

    /// <summary>
    /// Whether a cell's text would be taken for a formula by a spreadsheet it is opened in again: it starts with =, +
    /// or @, a tab or carriage return, or a hyphen that does not start a number.
    /// </summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && (text[0] is '=' or '+' or '@' or '\t' or '\r'
            || (text[0] == '-' && text.Length > 1 && !char.IsDigit(text[1])));

    /// <summary>The text in quotes for a message, shortened when long.</summary>
    public static string Quote(string text) =>
        $"'{(text.Length > QuotedMaxLength ? string.Concat(text.AsSpan(0, QuotedMaxLength - 3), "...") : text)}'";

    public static string? ReadDate(string text, out DateOnly date)
    {
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var read))
        {
            date = DateOnly.FromDateTime(read);
            return null;
        }

        date = default;
        return $"{Quote(text)} is not a date: use a date such as 31/01/2026";
    }

    public static string? ReadNeed(string text, out NeedType need) =>
        NeedWords.TryGetValue(RegisterFields.Normalise(text), out need)
            ? null
            : $"{Quote(text)} is not a type of need the service records: use one of the DfE codes {NeedCodes} or its name";

    public static string? ReadSettingType(string text, out SettingType setting) =>
        SettingTypeWords.TryGetValue(RegisterFields.Normalise(text), out setting)
            ? null
            : $"{Quote(text)} is not a type of setting the service records: use {SettingWords}";

    public static string? ReadStatus(string text, out RegisterStatus status) =>
        StatusNames.TryGetValue(RegisterFields.Normalise(text), out status)
            ? null
            : $"{Quote(text)} is not a plan status: use {StatusWords}";

    /// <summary>The cohorts in a list, and a message for each entry that is not one.</summary>
    public static VulnerableCohorts ReadCohorts(string text, List<string> refused)
    {
        var cohorts = VulnerableCohorts.None;
        foreach (var entry in text.Split(CohortSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (CohortNames.TryGetValue(RegisterFields.Normalise(entry), out var cohort))
            {
                cohorts |= cohort;
            }
            else
            {
                refused.Add($"{Quote(entry)} is not a cohort the service records: use {CohortWords}, separated by commas");
            }
        }

        return cohorts;
    }

    private static FrozenDictionary<string, T> Words<T>(IEnumerable<(string Word, T Value)> words)
    {
        var byWord = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (word, value) in words)
        {
            byWord.TryAdd(RegisterFields.Normalise(word), value);
        }

        return byWord.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
