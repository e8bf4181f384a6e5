using System.Text.RegularExpressions;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.DraftChecks;

/// <summary>What the draft checker found.</summary>
public enum DraftCheckKind
{
    /// <summary>Provision hedged or left open by a vague word or phrase.</summary>
    VagueProvision = 1,

    /// <summary>Provision with no amount or frequency.</summary>
    NoAmountOrFrequency,

    /// <summary>Provision with no one named to deliver it.</summary>
    NoOneNamed,

    /// <summary>A section the law wants a statement in left empty.</summary>
    StatementMissing,

    /// <summary>Section I (placement) filled in at draft stage.</summary>
    PlacementInDraft,

    /// <summary>A template placeholder left in.</summary>
    PlaceholderLeft,
}

/// <summary>One warning for the caseworker (and the grader): the section, the exact words, and why. Never blocking.</summary>
public sealed record DraftWarning(SectionCode Section, DraftCheckKind Kind, string Words, string Reason);

/// <summary>
/// Reads a draft as an experienced QA lead does in the first five minutes: provision in F, G, H1 and H2 that is not
/// specific and quantified (SEND Code of Practice 9.69: a vague word or phrase, no amount or frequency, no one named
/// to deliver it), sections C, D, G, H1 and H2 left empty instead of saying nothing was identified, Section I filled
/// in at draft stage, and template placeholders left in. The words it reads by are data (<see cref="ProvisionWording"/>).
/// </summary>
public sealed partial class DraftChecker
{
    /// <summary>The sections whose statements are provision.</summary>
    public static IReadOnlyList<SectionCode> ProvisionSections { get; } = [SectionCode.F, SectionCode.G, SectionCode.H1, SectionCode.H2];

    /// <summary>The sections that must say something, even that nothing was identified.</summary>
    public static IReadOnlyList<SectionCode> StatementSections { get; } = [SectionCode.C, SectionCode.D, SectionCode.G, SectionCode.H1, SectionCode.H2];

    /// <summary>Fewer words than this is a heading or a label, not a statement of provision.</summary>
    private const int StatementMinimumWords = 4;

    private readonly IReadOnlyList<(Regex Pattern, VagueTerm Term)> _vague;
    private readonly Regex _amount;
    private readonly Regex _deliverer;
    private readonly Regex _nothingIdentified;

    public DraftChecker(ProvisionWording words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _vague = words.VagueTerms
            .Where(t => !string.IsNullOrWhiteSpace(t.Words))
            .Select(t => (new Regex(VaguePattern(t.Words), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), t))
            .ToList();
        var units = Alternatives(words.AmountUnits);
        var frequencies = Alternatives(words.FrequencyWords);
        _amount = new Regex(
            $@"\b(\d+(\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|sixty|half an?)\s*(x\s*\d+\s*)?-?\s*({units})\b"
            + $@"|\b\d+\s*:\s*\d+\b|\b\d+\s*x\s*\d+\b"
            + (frequencies.Length > 0 ? $@"|\b({frequencies})\b" : string.Empty),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var nothing = Alternatives(words.NothingIdentified);
        _nothingIdentified = new Regex(nothing.Length > 0 ? $@"(?<!\w)({nothing})(?!\w)" : "(?!)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var roles = words.DeliveryRoles.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        var acronyms = roles.Where(IsAcronym).Select(Regex.Escape).ToList();
        var phrases = roles.Where(r => !IsAcronym(r)).Select(Phrase).ToList();
        _deliverer = new Regex(
            string.Join("|", new[]
            {
                phrases.Count > 0 ? $@"(?i:\b({string.Join("|", phrases)})s?\b)" : null,
                acronyms.Count > 0 ? $@"\b({string.Join("|", acronyms)})s?\b" : null,
            }.Where(p => p is not null)) is { Length: > 0 } pattern ? pattern : "(?!)",
            RegexOptions.CultureInvariant);
    }

    /// <summary>Every warning for a draft's sections (missing sections are read as empty).</summary>
    public IReadOnlyList<DraftWarning> Check(IReadOnlyDictionary<SectionCode, string> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        return PlanSections.Statutory
            .SelectMany(s => CheckSection(s.Code, sections.TryGetValue(s.Code, out var text) ? text : string.Empty))
            .ToList();
    }

    /// <summary>The warnings for one section's text, as the grader sees them beside it.</summary>
    public IReadOnlyList<DraftWarning> CheckSection(SectionCode code, string? text)
    {
        text ??= string.Empty;
        var warnings = new List<DraftWarning>();
        if (StatementSections.Contains(code) && string.IsNullOrWhiteSpace(text))
        {
            warnings.Add(new(code, DraftCheckKind.StatementMissing, string.Empty,
                $"Section {code} is empty: if no {(code is SectionCode.C or SectionCode.D ? "needs" : "provision")} were identified, the plan must say so"));
        }

        if (code == SectionCode.I && !string.IsNullOrWhiteSpace(text))
        {
            warnings.Add(new(code, DraftCheckKind.PlacementInDraft, Excerpt(text),
                "Section I must be blank in a draft sent to the family: they may ask for a placement first"));
        }

        foreach (Match placeholder in PlaceholderPattern().Matches(text))
        {
            warnings.Add(new(code, DraftCheckKind.PlaceholderLeft, placeholder.Value, "a template placeholder has been left in"));
        }

        if (ProvisionSections.Contains(code))
        {
            // A statement that nothing was identified is what the law asks for, not provision to check.
            foreach (var statement in Statements(text).Where(s => !_nothingIdentified.IsMatch(s)))
            {
                warnings.AddRange(FlagsOf(code, statement));
            }
        }

        return warnings;
    }

    /// <summary>Whether a statement of provision is specific: no vague words, an amount or frequency, and someone named to deliver it.</summary>
    public bool IsSpecific(string statement) => !FlagsOf(SectionCode.F, statement).Any();

    /// <summary>Why a statement of provision is not specific (nothing when it is).</summary>
    public IEnumerable<DraftWarning> FlagsOf(SectionCode section, string statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        foreach (var (pattern, term) in _vague)
        {
            if (pattern.Match(statement) is { Success: true } found)
            {
                yield return new(section, DraftCheckKind.VagueProvision, found.Value, $"\"{found.Value}\" {term.Reason}");
            }
        }

        if (!_amount.IsMatch(statement))
        {
            yield return new(section, DraftCheckKind.NoAmountOrFrequency, Excerpt(statement), "says neither how much nor how often it will be provided");
        }

        if (!_deliverer.IsMatch(statement))
        {
            yield return new(section, DraftCheckKind.NoOneNamed, Excerpt(statement), "does not say who will provide it");
        }
    }

    /// <summary>The statements of a section: its lines and sentences, bullets and numbering taken off, headings left out.</summary>
    public static IEnumerable<string> Statements(string text) =>
        (text ?? string.Empty)
            .Split('\n')
            .SelectMany(line => SentenceBreak().Split(line))
            .Select(s => Bullet().Replace(s.Trim(), string.Empty).Trim())
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= StatementMinimumWords);

    private static string VaguePattern(string words)
    {
        var phrase = Phrase(words);
        // "May" followed by a year is the month.
        return string.Equals(words.Trim(), "may", StringComparison.OrdinalIgnoreCase) ? @"\bmay\b(?!\s+\d{4})" : $@"\b{phrase}\b";
    }

    private static string Phrase(string words) => string.Join(@"[\s-]+", words.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    private static string Alternatives(IEnumerable<string> words) =>
        string.Join("|", words.Where(w => !string.IsNullOrWhiteSpace(w)).OrderByDescending(w => w.Length).Select(Phrase));

    private static bool IsAcronym(string role) => role.Length <= 5 && role.Any(char.IsUpper) && !role.Contains(' ', StringComparison.Ordinal);

    private static string Excerpt(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 160 ? trimmed : trimmed[..159] + "…";
    }

    [GeneratedRegex(@"\[[^\[\]\r\n]{1,40}\]|\{\{[^}]{0,60}\}\}|<<[^>]{0,60}>>|\bXX+\b")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(?<=[.;!?])\s+(?=[A-Z0-9""'(])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^([-*•·–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*")]
    private static partial Regex Bullet();
}
