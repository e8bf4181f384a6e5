using System.Collections.Concurrent;
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

    /// <summary>From Year 9, outcomes (E) or provision (F) with nothing on preparing for adulthood.</summary>
    PreparingForAdulthoodMissing,

    /// <summary>An outcome with no time by which it should be achieved.</summary>
    OutcomeNoTimeFrame,

    /// <summary>An outcome with nothing that could be measured or observed.</summary>
    OutcomeNotMeasurable,

    /// <summary>Another name used as the child's, as if copied from another child's plan.</summary>
    OtherChildsName,

    /// <summary>The child called "he" in some places and "she" in others.</summary>
    PronounsChange,
}

/// <summary>One warning for the caseworker (and the grader): the section, the exact words, and why. Never blocking.</summary>
public sealed record DraftWarning(SectionCode Section, DraftCheckKind Kind, string Words, string Reason);

/// <summary>
/// Reads a draft as an experienced QA lead does in the first five minutes: provision in F, G, H1 and H2 that is not
/// specific and quantified (SEND Code of Practice 9.69: a vague word or phrase, no amount or frequency, no one named
/// to deliver it), sections C, D, G, H1 and H2 left empty instead of saying nothing was identified, Section I filled
/// in at draft stage, template placeholders left in, outcomes in E that are not time-bound or measurable (9.66), from
/// Year 9 outcomes and provision with nothing on preparing for adulthood (9.61), and, across the whole plan, another
/// child's name or pronouns left in from another plan. The words it reads by are data (<see cref="ProvisionWording"/>).
/// </summary>
public sealed partial class DraftChecker
{
    /// <summary>The sections whose statements are provision.</summary>
    public static IReadOnlyList<SectionCode> ProvisionSections { get; } = [SectionCode.F, SectionCode.G, SectionCode.H1, SectionCode.H2];

    /// <summary>The sections that must say something, even that nothing was identified.</summary>
    public static IReadOnlyList<SectionCode> StatementSections { get; } = [SectionCode.C, SectionCode.D, SectionCode.G, SectionCode.H1, SectionCode.H2];

    /// <summary>The patterns compiled so far, for all checkers; many more than one wording list needs is a sign of lists edited, and they are let go.</summary>
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex> CompiledPatterns = new();

    private const int MostCompiledPatterns = 256;

    /// <summary>Fewer words than this is a heading or a label, not a statement of provision.</summary>
    private const int StatementMinimumWords = 4;

    private readonly List<(Regex Pattern, VagueTerm Term)> _vague;
    private readonly Regex _anyVague;
    private readonly Regex _amount;
    private readonly Regex _deliverer;
    private readonly Regex _nothingIdentified;
    private readonly Regex? _preparingForAdulthood;
    private readonly Regex? _timeFrame;
    private readonly Regex? _measure;
    private readonly ChildNameReader _names;

    public DraftChecker(ProvisionWording words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _preparingForAdulthood = WordsRegex(words.PreparingForAdulthood);
        _timeFrame = WordsRegex(words.OutcomeTimeFrames);
        _measure = WordsRegex(words.OutcomeMeasures);
        _names = new ChildNameReader(words);
        _vague = words.VagueTerms
            .Where(t => !string.IsNullOrWhiteSpace(t.Words))
            .Select(t => (new Regex(VaguePattern(t.Words), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), t))
            .ToList();
        _anyVague = Compiled(
            _vague.Count > 0 ? string.Join("|", _vague.Select(v => $"(?:{v.Pattern})")) : "(?!)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var units = Alternatives(words.AmountUnits);
        var frequencies = Alternatives(words.FrequencyWords);
        _amount = Compiled(
            $@"\b(\d+(\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|sixty|half an?)\s*(x\s*\d+\s*)?-?\s*({units})\b"
            + $@"|\b\d+\s*:\s*\d+\b|\b\d+\s*x\s*\d+\b"
            + (frequencies.Length > 0 ? $@"|\b({frequencies})\b" : string.Empty),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var nothing = Alternatives(words.NothingIdentified);
        _nothingIdentified = Compiled(nothing.Length > 0 ? $@"(?<!\w)({nothing})(?!\w)" : "(?!)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var roles = words.DeliveryRoles.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        var acronyms = roles.Where(IsAcronym).Select(Regex.Escape).ToList();
        var phrases = roles.Where(r => !IsAcronym(r)).Select(Phrase).ToList();
        _deliverer = Compiled(
            string.Join("|", new[]
            {
                phrases.Count > 0 ? $@"(?i:\b({string.Join("|", phrases)})s?\b)" : null,
                acronyms.Count > 0 ? $@"\b({string.Join("|", acronyms)})s?\b" : null,
            }.Where(p => p is not null)) is { Length: > 0 } pattern ? pattern : "(?!)",
            RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// Every warning for a draft's sections (missing sections are read as empty), section by section: each section's
    /// own, then those read across the whole plan (another child's name, pronouns that change) found in it.
    /// </summary>
    public IReadOnlyList<DraftWarning> Check(IReadOnlyDictionary<SectionCode, string> sections, DraftContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var texts = PlanSections.Statutory
            .Select(s => (s.Code, Text: sections.TryGetValue(s.Code, out var text) ? text ?? string.Empty : string.Empty))
            .ToList();
        var acrossThePlan = _names.Check(texts, context?.ChildInitials);
        return texts
            .SelectMany(s => CheckSection(s.Code, s.Text, context).Concat(acrossThePlan.Where(w => w.Section == s.Code)))
            .ToList();
    }

    /// <summary>
    /// The warnings for one section's text, as the grader sees them beside it: the rules that read a section on its
    /// own (those read across the whole plan are in <see cref="Check"/>).
    /// </summary>
    public IReadOnlyList<DraftWarning> CheckSection(SectionCode code, string? text, DraftContext? context = null)
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
            warnings.Add(new(code, DraftCheckKind.PlaceholderLeft, placeholder.Value.Trim(), "a template placeholder has been left in"));
        }

        if (ProvisionSections.Contains(code))
        {
            // A statement that nothing was identified is what the law asks for, not provision to check.
            foreach (var statement in Statements(text).Where(s => !_nothingIdentified.IsMatch(s)))
            {
                warnings.AddRange(FlagsOf(code, statement));
            }
        }

        if (code == SectionCode.E)
        {
            warnings.AddRange(OutcomeFlags(text));
        }

        if (code is SectionCode.E or SectionCode.F
            && context?.YearGroup >= PreparingForAdulthoodFrom
            && _preparingForAdulthood is not null
            && !_preparingForAdulthood.IsMatch(text))
        {
            warnings.Add(new(code, DraftCheckKind.PreparingForAdulthoodMissing, string.Empty,
                code == SectionCode.E
                    ? "from Year 9 the outcomes must include preparing for adulthood: employment, independent living, community participation and good health"
                    : "from Year 9 the provision must include support to prepare for adulthood: employment, independent living, community participation and good health"));
        }

        return warnings;
    }

    /// <summary>Whether an outcome says by when it should be achieved ("by the end of Key Stage 2", "within 12 months").</summary>
    public bool HasTimeFrame(string outcome) => _timeFrame?.IsMatch(outcome ?? string.Empty) ?? false;

    /// <summary>
    /// Whether an outcome has something that could be measured or observed: a number or amount (beyond its time
    /// frame) or a measure word ("independently", "out of", "at least").
    /// </summary>
    public bool IsMeasurable(string outcome)
    {
        var rest = Ratio().Replace(WithoutTimeFrames(outcome ?? string.Empty), " ");
        return Digit().IsMatch(rest) || (_measure?.IsMatch(rest) ?? false);
    }

    /// <summary>An outcome without its time frames, each with the year, stage or date that ends it ("by the end of Year 6", "by July 2027").</summary>
    private string WithoutTimeFrames(string outcome)
    {
        if (_timeFrame is null)
        {
            return outcome;
        }

        var rest = new System.Text.StringBuilder(outcome.Length);
        var from = 0;
        for (var found = _timeFrame.Match(outcome); found.Success; found = found.NextMatch())
        {
            var end = found.Index + found.Length;
            if (TimeFrameEnd().Match(outcome, end) is { Success: true } tail)
            {
                end += tail.Length;
            }

            rest.Append(outcome, from, Math.Max(0, found.Index - from)).Append(' ');
            from = Math.Max(from, end);
        }

        return rest.Append(outcome, from, outcome.Length - from).ToString();
    }

    /// <summary>
    /// The outcomes of section E, each with whether it is listed under a heading giving its time frame ("By the end
    /// of Year 6:"). A line with no outcome in it ("Communication and interaction") is a heading: one with a time
    /// frame gives it to the lines after it, one without ends it.
    /// </summary>
    private IEnumerable<(string Outcome, bool UnderTimeFrame)> Outcomes(string text)
    {
        var underTimeFrame = false;
        var listed = false;
        foreach (var raw in (text ?? string.Empty).Split('\n'))
        {
            var bulleted = Bullet().IsMatch(raw.Trim());
            var line = Bullet().Replace(raw.Trim(), string.Empty).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var cue = OutcomeCue().IsMatch(line);
            var endsInColon = line.EndsWith(':');
            if (endsInColon || (!bulleted && !cue && (HasTimeFrame(line) || !EndsASentence().IsMatch(line))))
            {
                if (HasTimeFrame(line))
                {
                    (underTimeFrame, listed) = (true, true);
                }
                else if (!cue)
                {
                    (underTimeFrame, listed) = (false, endsInColon);
                }
                else
                {
                    listed = true;
                }

                continue;
            }

            foreach (var sentence in SentenceBreak().Split(line))
            {
                var outcome = Bullet().Replace(sentence.Trim(), string.Empty).Trim();
                var words = outcome.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (words >= 2 && !_nothingIdentified.IsMatch(outcome) && (listed || (words >= StatementMinimumWords && OutcomeCue().IsMatch(outcome))))
                {
                    yield return (outcome, underTimeFrame);
                }
            }
        }
    }

    private IEnumerable<DraftWarning> OutcomeFlags(string text)
    {
        foreach (var (outcome, underTimeFrame) in Outcomes(text))
        {
            if (_timeFrame is not null && !underTimeFrame && !_timeFrame.IsMatch(outcome))
            {
                yield return new(SectionCode.E, DraftCheckKind.OutcomeNoTimeFrame, Excerpt(outcome),
                    "says nothing of when it should be achieved: an outcome must be time-bound (by the end of a key stage, a year, a date)");
            }

            if (_measure is not null && !IsMeasurable(outcome))
            {
                yield return new(SectionCode.E, DraftCheckKind.OutcomeNotMeasurable, Excerpt(outcome),
                    "says nothing that could be measured or observed: how much, how often, how well or how independently");
            }
        }
    }

    /// <summary>Whether a statement of provision is specific: no vague words, an amount or frequency, and someone named to deliver it.</summary>
    public bool IsSpecific(string statement) => !FlagsOf(SectionCode.F, statement).Any();

    /// <summary>Why a statement of provision is not specific (nothing when it is).</summary>
    public IEnumerable<DraftWarning> FlagsOf(SectionCode section, string statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        foreach (var (pattern, term) in _anyVague.IsMatch(statement) ? _vague : [])
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

    /// <summary>The year group from which outcomes and provision must include preparing for adulthood.</summary>
    private const int PreparingForAdulthoodFrom = 9;

    /// <summary>
    /// One pattern for a list of words, each a whole word or phrase, any case; in a phrase <c>#</c> stands for a
    /// number, <c>YYYY</c> for a year and <c>*</c> for one word. No pattern when the list is empty.
    /// </summary>
    internal static Regex? WordsRegex(IReadOnlyList<string> words)
    {
        var phrases = words
            .Where(w => !string.IsNullOrWhiteSpace(w))
            .Select(w => w.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(w => w.Length)
            .ToList();
        static bool Bounded(char c) => char.IsLetterOrDigit(c) || c is '#' or '*';
        var wholeWords = phrases.Where(p => Bounded(p[0]) && Bounded(p[^1])).Select(WordsPattern).ToList();
        var others = phrases.Where(p => !Bounded(p[0]) || !Bounded(p[^1])).Select(p =>
            (Bounded(p[0]) ? @"(?<![\p{L}\p{N}])" : string.Empty) + WordsPattern(p) + (Bounded(p[^1]) ? @"(?![\p{L}\p{N}])" : string.Empty));
        var pattern = string.Join("|", new[] { wholeWords.Count > 0 ? $@"\b(?:{string.Join("|", wholeWords)})\b" : null }
            .Concat(others)
            .Where(p => p is not null));
        return pattern.Length == 0 ? null : Compiled(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// A pattern read for every statement, compiled once for every checker that reads by the same words (the service
    /// makes one for each wording list it reads by; a list edited on the page is a new pattern).
    /// </summary>
    private static Regex Compiled(string pattern, RegexOptions options)
    {
        if (CompiledPatterns.Count > MostCompiledPatterns)
        {
            CompiledPatterns.Clear();
        }

        return CompiledPatterns.GetOrAdd((pattern, options), key => new Regex(key.Pattern, key.Options | RegexOptions.Compiled));
    }

    private static string WordsPattern(string words)
    {
        const string number = @"(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty)";
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == "*"
                ? @"[\p{L}'’-]+"
                : Regex.Escape(w).Replace(@"\#", number, StringComparison.Ordinal).Replace("YYYY", @"(?:19|20)\d{2}", StringComparison.Ordinal));
        return $"(?:{string.Join(@"[\s-]+", parts)})";
    }

    private static string Phrase(string words) => string.Join(@"[\s-]+", words.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    private static string Alternatives(IEnumerable<string> words) =>
        string.Join("|", words.Where(w => !string.IsNullOrWhiteSpace(w)).OrderByDescending(w => w.Length).Select(Phrase));

    private static bool IsAcronym(string role) => role.Length <= 5 && role.Any(char.IsUpper) && !role.Contains(' ', StringComparison.Ordinal);

    internal static string Excerpt(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 160 ? trimmed : trimmed[..159] + "…";
    }

    [GeneratedRegex(@"\[(?=[^\]\r\n]*\p{L})[^\[\]\r\n]{1,40}\]|\{\{[^}]{0,60}\}\}|<<[^>]{0,60}>>|\b[Xx]{2,}(?:/[Xx]{2,})+\b|\b[Dd]{2}/[Mm]{2}/[Yy]{2,4}\b|\bXX+\b"
        + @"|(?im:^[ \t]*(?:(?:the\s+)?(?:child|young\s+person)['’]?s\s+)?(?:full\s+|first\s+|preferred\s+)?name[ \t]*:[ \t]*_*[ \t]*(?=\r?$))")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"(?<=[.;!?])\s+(?=[A-Z0-9""'(])")]
    internal static partial Regex SentenceBreak();

    [GeneratedRegex(@"^([-*•·–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*")]
    internal static partial Regex Bullet();

    [GeneratedRegex(@"\b(will|can|to|able)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutcomeCue();

    [GeneratedRegex(@"[.!?]\W*$")]
    private static partial Regex EndsASentence();

    [GeneratedRegex(@"\d+\s*:\s*\d+")]
    private static partial Regex Ratio();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"\G[ \t,]*(?:(?!will\b)\p{L}+[ \t]+){0,3}?\d+(?:[/.\-]\d+)*(?:st|nd|rd|th)?(?:[ \t]+(?:19|20)\d{2})?(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeFrameEnd();
}
