using System.Text;
using System.Text.RegularExpressions;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>A line recognised as the heading of a plan section. <see cref="HasTitle"/>: the line says more than the
/// code ("Section A: Views…", not just "Section A"); <see cref="InlineText"/>: text written after the title on the same
/// line ("Section J: Personal budget – not requested").</summary>
internal sealed record SectionHeading(SectionCode Code, bool HasTitle, string? InlineText)
{
    /// <summary>A numbered part of a section: "A2: My journey so far" is part of A.</summary>
    public bool SubPart { get; init; }

    /// <summary>Says it goes on with a section already begun: "Section B (continued)".</summary>
    public bool Continued { get; init; }
}

/// <summary>
/// Recognises the headings of the sections of an EHC plan, written in the many ways real plans write them:
/// "Section A: The views, interests and aspirations of the child", "SECTION B – SPECIAL EDUCATIONAL NEEDS",
/// "Section H1 Social care provision", "B. Special educational needs", "H2: Other social care provision",
/// "(A) All about me", "Part A", "A1: About me", and the title alone ("Special educational provision") in a Word heading
/// style, in bold or capitals where it comes in the plan's order, or plain when it is the Code of Practice's full wording
/// in the plan's order.
/// </summary>
internal static partial class SectionHeadings
{
    /// <summary>A heading is a short line: longer ones are sentences that happen to start with "Section B".</summary>
    public const int MaxHeadingLength = 150;

    /// <summary>
    /// Except a heading that goes on with the section's title: plans often head sections with the Code of Practice's
    /// full wording, such as "Section H1: Any social care provision which must be made for a child or young person under
    /// 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970."
    /// </summary>
    public const int MaxTitledHeadingLength = 400;

    /// <summary>A title alone in bold, not all in the titles' words, is a heading up to this length.</summary>
    private const int MaxShortTitleLength = 80;

    /// <summary>The Code of Practice's wording of a title, plain, has at least this many words.</summary>
    private const int MinStatutoryWordingWords = 5;

    /// <summary>Words a section's heading may use after its code (in <see cref="Key"/> form), first the fuller ones.</summary>
    private static readonly Dictionary<SectionCode, string[]> TitleWords = new()
    {
        [SectionCode.A] =
        [
            "views interests and aspirations", "views interests aspirations", "views wishes and feelings",
            "views and aspirations", "views and interests", "views", "aspirations", "all about me", "about me",
            "journey so far", "story", "history",
        ],
        [SectionCode.B] =
        [
            "special educational needs", "special educational need", "educational needs", "learning needs", "sen",
        ],
        [SectionCode.C] = ["health needs", "health care needs", "healthcare needs", "health"],
        [SectionCode.D] = ["social care needs", "social care"],
        [SectionCode.E] = ["outcomes", "outcome", "desired outcomes", "agreed outcomes"],
        [SectionCode.F] = ["special educational provision", "educational provision", "provision"],
        [SectionCode.G] = ["health provision", "health care provision", "healthcare provision", "health"],
        [SectionCode.H1] = ["social care provision", "social care", "chronically sick", "csdpa"],
        [SectionCode.H2] = ["other social care provision", "any other social care provision", "social care provision", "social care", "other"],
        [SectionCode.I] =
        [
            "placement", "name and type of", "name of school", "name of setting", "name of the school",
            "school", "setting", "education placement", "educational placement", "named placement",
        ],
        [SectionCode.J] = ["personal budget", "budget", "direct payment"],
        [SectionCode.K] = ["advice and information", "advice", "information", "appendices", "appendix", "reports"],
    };

    /// <summary>Titles that make a heading on their own, without "Section X", when written in a Word heading style.</summary>
    private static readonly (string Title, SectionCode Code)[] StandaloneTitles =
    [
        ("views interests and aspirations", SectionCode.A),
        ("special educational needs", SectionCode.B),
        ("health needs", SectionCode.C),
        ("social care needs", SectionCode.D),
        ("outcomes", SectionCode.E),
        ("special educational provision", SectionCode.F),
        ("health provision", SectionCode.G),
        ("other social care provision", SectionCode.H2),
        ("social care provision", SectionCode.H1),
        ("placement", SectionCode.I),
        ("name and type of", SectionCode.I),
        ("personal budget", SectionCode.J),
        ("where there is a personal budget", SectionCode.J),
        ("advice and information", SectionCode.K),
    ];

    /// <summary>What the column headings of the national template's tables say, without a code.</summary>
    private static readonly (string Title, SectionCode Code)[] ColumnTitles =
    [
        ("special educational needs", SectionCode.B),
        ("special educational need", SectionCode.B),
        ("educational needs", SectionCode.B),
        ("sen", SectionCode.B),
        ("health needs", SectionCode.C),
        ("health care needs", SectionCode.C),
        ("healthcare needs", SectionCode.C),
        ("social care needs", SectionCode.D),
        ("outcomes", SectionCode.E),
        ("outcome", SectionCode.E),
        ("desired outcomes", SectionCode.E),
        ("agreed outcomes", SectionCode.E),
        ("special educational provision", SectionCode.F),
        ("educational provision", SectionCode.F),
        ("health provision", SectionCode.G),
        ("health care provision", SectionCode.G),
        ("healthcare provision", SectionCode.G),
        ("other social care provision", SectionCode.H2),
        ("social care provision", SectionCode.H1),
    ];

    private static readonly string[] LeadingFillers =
    [
        "the ", "child s ", "young person s ", "child or young person s ", "child and young person s ",
        "child young person s ", "children and young people s ", "my ", "our ", "any ",
    ];

    /// <summary>
    /// The words the sections' titles are written in, including the Code of Practice's full wording: a line of nothing
    /// else only repeats a title.
    /// </summary>
    private static readonly HashSet<string> TitleVocabulary =
    [
        "a", "about", "act", "adult", "adulthood", "advice", "all", "an", "and", "any", "appendices", "appendix", "are",
        "aspirations", "assessment", "attached", "attended", "be", "budget", "budgets", "by", "care", "carers", "child",
        "children", "chronically", "csdpa", "details", "difficulties", "direct", "disabilities", "disability",
        "disabled", "during", "education", "educational", "ehc", "family", "far", "feelings", "for", "from", "gathered",
        "health", "healthcare", "her", "his", "history", "in", "including", "information", "institution", "interests",
        "journey", "learning", "life", "made", "maintained", "me", "must", "my", "name", "named", "need", "needs",
        "nursery", "of", "or", "other", "outcome", "outcomes", "parent", "parents", "payment", "payments", "people",
        "person", "personal", "persons", "placement", "post", "preparation", "provision", "reasonably", "related",
        "reports", "required", "result", "resulting", "s", "school", "section", "sen", "send", "setting", "sick", "so",
        "social", "sought", "special", "story", "that", "the", "their", "this", "to", "type", "under", "views",
        "where", "which", "wishes", "with", "young", "2", "16", "18", "1970", "should", "include", "included",
        "individual", "plan", "them", "there", "is", "how", "will", "support", "particular", "it", "used", "having",
    ];

    /// <summary>Words that, straight after a title word, show a sentence rather than a heading: "Section B needs are…".</summary>
    private static readonly HashSet<string> SentenceWords =
    [
        "will", "is", "are", "was", "were", "be", "been", "should", "must", "may", "can", "could", "would", "has",
        "have", "had", "needs", "need", "to", "does", "do", "did", "remains", "remain", "states", "says", "shows",
        "sets", "describes", "includes", "contains", "lists", "records",
    ];

    // "Section A", "SECTION h1", "Section H 2", "Section-B", "Part A": the word, then the code, not followed by a letter or
    // digit. A digit after another letter numbers a part of that section ("Section A2: Journey so far" is in A).
    [GeneratedRegex(@"^(?:section|part)\s*[-–:]?\s*(?:(?<h>h)\s*(?<n>[12])|(?<c>[a-gi-k])(?<part>[0-9])?|(?<c>h))(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SectionWord();

    // "B.", "H1:", "E –", "A)", "A1 ": a code at the start with punctuation after it (or a space, for H1, H2 and parts).
    [GeneratedRegex(@"^(?:(?<h>h)\s*(?<n>[12])(?:\s*[.:)\-–—|]+\s*|\s+)|(?<c>[a-gi-k])(?<part>[0-9])(?:\s*[.:)\-–—|]+\s*|\s+|$)|(?<c>[a-k])\s*[.:)\-–—|]+\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BareCode();

    // "(A) All about me", "(H1)": a code in brackets at the start.
    [GeneratedRegex(@"^\(\s*(?:(?<h>h)\s*(?<n>[12])|(?<c>[a-gi-k])(?<part>[0-9])?|(?<c>h))\s*\)\s*(?:[.:\-–—|]+\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BracketedCode();

    // "Outcomes (E)", "Special educational provision (Section F)": a code in brackets at the end of a column heading.
    [GeneratedRegex(@"\(\s*(?:section\s*)?(?:(?<h>h)\s*(?<n>[12])|(?<c>[a-gi-k])|(?<c>h))\s*\)\s*[.:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingCode();

    // "B", "H1", "Section E" alone in a column heading.
    [GeneratedRegex(@"^(?:section\s*)?(?:(?<h>h)\s*(?<n>[12])|(?<c>[a-k]))\s*[.:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CodeAlone();

    // "Sections C and G: Health needs and provision", "Section D, H1 and H2", "Sections B/E/F": several sections at once.
    [GeneratedRegex(@"^sections?\s*(?<first>h\s*[12]|[a-k])(?:\s*(?:,|and|&|/|\+)\s*(?:section\s*)?(?:h\s*[12]|[a-k]))+\s*(?:$|[:.\-–—|(])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SeveralSections();

    [GeneratedRegex(@"^\s*[:.\-–—|()]+\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Separator();

    // Where a title ends and text about the section begins: "Personal budget – not requested".
    [GeneratedRegex(@"\s*:\s*|\s+[–—-]\s+|\s*\|\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InlineSeparator();

    [GeneratedRegex(@"^\s*(?:and|&|/)\s*h\s*2(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BothH();

    // Bullets or numbers typed before a heading: "• Section D", "1. Section A".
    [GeneratedRegex(@"^(?:[\s•·▪◦‣*\-–]+|[0-9]{1,2}[.)])\s", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadingBullet();

    /// <summary>
    /// Reads a line as a section heading, or returns null. <paramref name="seen"/> holds the sections whose
    /// headings came before and <paramref name="current"/> the section the line is in: a heading "Section H" without a
    /// number is H1 until H1 has been seen, then H2; a title alone only starts a section not seen yet; and a code without
    /// "Section" ("B. Special educational needs", "(A)") or a title alone in bold must come in the plan's order, so that
    /// a list item "(a) …" or a bold line inside a section stays in it.
    /// </summary>
    public static SectionHeading? Match(string text, bool emphasised, bool headingStyle, IReadOnlySet<SectionCode> seen, SectionCode? current = null)
    {
        var line = Normalise(text);
        if (line.Length == 0)
        {
            return null;
        }

        var section = SectionWord().Match(line);
        if (section.Success)
        {
            return SectionWordHeading(line, section, emphasised || headingStyle, seen);
        }

        var bare = BareCode().Match(line);
        if (!bare.Success)
        {
            bare = BracketedCode().Match(line);
        }

        return bare.Success
            ? BareCodeHeading(line, bare, emphasised || headingStyle, seen, current)
            : TitleHeading(line, emphasised, headingStyle, seen, current);
    }

    /// <summary>Whether a line heads several sections at once, as the national template's combined tables do.</summary>
    public static bool IsSeveralSections(string text) => FirstOfSeveralSections(text) is not null;

    /// <summary>The first section of a line heading several at once ("Sections C and G" gives C), or null.</summary>
    public static SectionCode? FirstOfSeveralSections(string text)
    {
        if (!text.Contains("section", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = SeveralSections().Match(Normalise(text));
        if (!match.Success)
        {
            return null;
        }

        var first = match.Groups["first"].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return Enum.Parse<SectionCode>(first);
    }

    /// <summary>
    /// Reads the heading of a column in a table of the national template ("Section B: Special educational needs",
    /// "Outcomes (E)", "H1 provision", "Special educational provision"), or returns null. <paramref name="before"/>:
    /// the sections of the columns to its left, which decide what "Provision" or "Social care provision" alone means.
    /// </summary>
    public static (SectionCode Code, bool Explicit)? ColumnHeading(string text, IReadOnlyCollection<SectionCode> before)
    {
        var line = Normalise(text);
        if (line.Length == 0 || line.Length > MaxTitledHeadingLength)
        {
            return null;
        }

        var seen = new HashSet<SectionCode>(before);
        foreach (var pattern in (Regex[])[SectionWord(), BareCode(), BracketedCode(), CodeAlone()])
        {
            var match = pattern.Match(line);
            if (match.Success)
            {
                return (CodeOf(match, line[match.Length..], seen), true);
            }
        }

        var trailing = TrailingCode().Match(line);
        if (trailing.Success)
        {
            return (CodeOf(trailing, line[..trailing.Index], seen), true);
        }

        return ColumnTitle(WithoutFillers(Key(line)), seen) is { } code ? (code, false) : null;
    }

    private static SectionCode? ColumnTitle(string key, HashSet<SectionCode> before)
    {
        if (ContainsWords(key, "chronically sick") || ContainsWords(key, "csdpa"))
        {
            return SectionCode.H1;
        }

        foreach (var (title, code) in ColumnTitles)
        {
            if (StartsWithWords(key, title))
            {
                return code == SectionCode.H1 && before.Contains(SectionCode.H1) ? SectionCode.H2 : code;
            }
        }

        if (!StartsWithWords(key, "provision"))
        {
            return null;
        }

        // "Provision" alone: for the needs to its left.
        return before.Contains(SectionCode.C) ? SectionCode.G
            : before.Contains(SectionCode.H1) ? SectionCode.H2
            : before.Contains(SectionCode.D) ? SectionCode.H1
            : SectionCode.F;
    }

    private static SectionHeading? SectionWordHeading(string line, Match section, bool marked, IReadOnlySet<SectionCode> seen)
    {
        var rest = line[section.Length..];
        if (section.Groups["n"].Value == "1" && BothH().Match(rest) is { Success: true } both)
        {
            // "Section H1 and H2: Social care provision" heads H1.
            rest = rest[both.Length..];
        }

        var separator = Separator().Match(rest);
        var remainder = separator.Success ? rest[separator.Length..] : rest.TrimStart();
        var code = CodeOf(section, remainder, seen);
        var inline = InlineText(code, remainder);
        var headingLength = line.Length - (inline?.Length ?? 0);
        var sentence = line.EndsWith('.');
        var titled = ResemblesTitle(code, remainder);
        var continued = ContainsWords(Key(remainder), "continued");
        var accepted = remainder.Length == 0
            || (separator.Success && (!sentence || titled))
            || StartsLikeTitle(code, remainder, sentence)
            || (!sentence && marked);
        var maxLength = titled ? MaxTitledHeadingLength : MaxHeadingLength;
        return accepted && headingLength <= maxLength
            ? new SectionHeading(code, remainder.Length > 0, inline) { SubPart = section.Groups["part"].Success, Continued = continued }
            : null;
    }

    /// <summary>
    /// "B. Special educational needs", "(A)", "A1: About me": a code written in capitals followed by the section's title,
    /// or alone, in the plan's order (or in bold or a heading style); a part ("A2") goes with its section. A code in small
    /// letters ("(a) …", "b) …") numbers a list unless in bold or a heading style.
    /// </summary>
    private static SectionHeading? BareCodeHeading(string line, Match bare, bool marked, IReadOnlySet<SectionCode> seen, SectionCode? current)
    {
        var letter = bare.Groups["c"].Success ? bare.Groups["c"].Value : bare.Groups["h"].Value;
        if (char.IsLower(letter[0]) && !marked)
        {
            return null;
        }

        var remainder = line[bare.Length..];
        var code = CodeOf(bare, remainder, seen);
        var subPart = bare.Groups["part"].Success;
        var inOrder = InOrder(code, current) || (subPart && code == current);
        if (!inOrder && !marked)
        {
            return null;
        }

        if (remainder.Length == 0)
        {
            return new SectionHeading(code, false, null) { SubPart = subPart };
        }

        // The title must come first: "B. Jones, SENCO, on Sam's special educational needs" is not a heading.
        var inline = InlineText(code, remainder);
        var key = WithoutFillers(Key(remainder));
        var titled = WordsFor(code).Any(w => StartsWithWords(key, w)) && line.Length - (inline?.Length ?? 0) <= MaxTitledHeadingLength;
        var namedPart = subPart && marked && !line.EndsWith('.') && line.Length <= MaxHeadingLength;
        return titled || namedPart
            ? new SectionHeading(code, true, titled ? inline : null) { SubPart = subPart }
            : null;
    }

    /// <summary>
    /// A title without a code: in a heading style; in bold or capitals when it comes in the plan's order and is short or
    /// all title words; plain only when it is the Code of Practice's wording ("The child or young person's special
    /// educational needs") in the plan's order.
    /// </summary>
    private static SectionHeading? TitleHeading(string line, bool emphasised, bool headingStyle, IReadOnlySet<SectionCode> seen, SectionCode? current)
    {
        if (line.Length > MaxTitledHeadingLength)
        {
            return null;
        }

        var key = WithoutFillers(Key(line));
        var words = Key(line).Split(' ');
        var onlyTitleWords = words.All(TitleVocabulary.Contains);
        foreach (var (title, code) in StandaloneTitles)
        {
            // "Social care provision" alone is H1 until H1 has been seen, then H2.
            var resolved = code == SectionCode.H1 && seen.Contains(SectionCode.H1) ? SectionCode.H2 : code;
            if (!StartsWithWords(key, title) || seen.Contains(resolved))
            {
                continue;
            }

            var inOrder = InOrder(resolved, current);
            var accepted = (headingStyle && (line.Length <= MaxHeadingLength || onlyTitleWords))
                || (emphasised && inOrder && (line.Length <= MaxShortTitleLength || onlyTitleWords))
                || (inOrder && onlyTitleWords && words.Length >= MinStatutoryWordingWords);
            return accepted ? new SectionHeading(resolved, true, null) : null;
        }

        return null;
    }

    /// <summary>Whether a section coming now keeps the plan's order: after the section the line is in.</summary>
    private static bool InOrder(SectionCode code, SectionCode? current) => current is null || code > current;

    /// <summary>
    /// Whether a line only repeats the title of the section whose heading came just before it, as in a heading
    /// "Section A" followed by a line "The views, interests and aspirations of the child and parents".
    /// </summary>
    public static bool IsTitleOf(SectionCode code, string text)
    {
        var line = Normalise(text);
        return line.Length is > 0 and <= MaxTitledHeadingLength
            && ResemblesTitle(code, line)
            && Key(line).Split(' ').All(TitleVocabulary.Contains);
    }

    private static SectionCode CodeOf(Match match, string remainder, IReadOnlySet<SectionCode> seen)
    {
        if (match.Groups["h"].Success)
        {
            return match.Groups["n"].Value == "1" ? SectionCode.H1 : SectionCode.H2;
        }

        var letter = char.ToUpperInvariant(match.Groups["c"].Value[0]);
        if (letter != 'H')
        {
            return Enum.Parse<SectionCode>(letter.ToString());
        }

        // "Section H" with no number: H2 when it says "other", or once H1 has been seen; otherwise H1.
        var key = " " + Key(remainder) + " ";
        return key.Contains(" other ", StringComparison.Ordinal) || seen.Contains(SectionCode.H1) ? SectionCode.H2 : SectionCode.H1;
    }

    private static bool ResemblesTitle(SectionCode code, string remainder)
    {
        var key = WithoutFillers(Key(remainder));
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var words in WordsFor(code))
        {
            if (StartsWithWords(key, words))
            {
                return true;
            }

            // Longer titles may come anywhere in the heading: "The child's views, interests and aspirations".
            if (words.Contains(' ', StringComparison.Ordinal) && ContainsWords(key, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether words after "Section X " with no punctuation are a title ("Section H1 Social care provision") and not
    /// a sentence ("Section B needs are met by…", "Section F provision will be reviewed", "Section E outcomes for Sam
    /// were agreed."). A title of one word must not end like a sentence.
    /// </summary>
    private static bool StartsLikeTitle(SectionCode code, string remainder, bool sentence)
    {
        var key = WithoutFillers(Key(remainder));
        var title = WordsFor(code).Where(w => StartsWithWords(key, w)).MaxBy(w => w.Length);
        if (title is null)
        {
            return false;
        }

        var after = key.Split(' ');
        var titleWords = title.Split(' ').Length;
        return (titleWords > 1 || !sentence) && (after.Length <= titleWords || !SentenceWords.Contains(after[titleWords]));
    }

    /// <summary>The text after the title, when the title is followed by a separator and something else.</summary>
    private static string? InlineText(SectionCode code, string remainder)
    {
        var separator = InlineSeparator().Match(remainder);
        if (!separator.Success || separator.Index == 0)
        {
            return null;
        }

        var title = remainder[..separator.Index];
        var after = remainder[(separator.Index + separator.Length)..].Trim();
        if (after.Length == 0 || !ResemblesTitle(code, title))
        {
            return null;
        }

        // "Views, interests and aspirations – journey so far" is all title.
        var afterKey = WithoutFillers(Key(after));
        return WordsFor(code).Any(w => afterKey == w || afterKey == w + "s") ? null : after;
    }

    private static IEnumerable<string> WordsFor(SectionCode code) =>
        code switch
        {
            SectionCode.H1 => TitleWords[SectionCode.H1].Concat(TitleWords[SectionCode.H2]),
            SectionCode.H2 => TitleWords[SectionCode.H2].Concat(TitleWords[SectionCode.H1]),
            _ => TitleWords[code],
        };

    /// <summary>Whether <paramref name="key"/> starts with the whole words <paramref name="words"/> (or their plural).</summary>
    private static bool StartsWithWords(string key, string words) =>
        key.StartsWith(words, StringComparison.Ordinal) && EndsWord(key, words.Length);

    /// <summary>Whether <paramref name="key"/> holds the whole words <paramref name="words"/> (or their plural) anywhere.</summary>
    private static bool ContainsWords(string key, string words)
    {
        for (var at = key.IndexOf(words, StringComparison.Ordinal); at >= 0; at = key.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            if ((at == 0 || key[at - 1] == ' ') && EndsWord(key, at + words.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of a key ends at <paramref name="end"/>, perhaps after a plural "s".</summary>
    private static bool EndsWord(string key, int end)
    {
        if (end == key.Length || key[end] == ' ')
        {
            return true;
        }

        return key[end] == 's' && (end + 1 == key.Length || key[end + 1] == ' ');
    }

    private static string WithoutFillers(string key)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var filler in LeadingFillers)
            {
                if (key.StartsWith(filler, StringComparison.Ordinal))
                {
                    key = key[filler.Length..];
                    stripped = true;
                }
            }
        }

        return key;
    }

    /// <summary>One line, spaces collapsed, list bullets typed at its start removed.</summary>
    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        var line = builder.ToString();
        var bullet = LeadingBullet().Match(line);
        return bullet.Success ? line[bullet.Length..] : line;
    }

    /// <summary>Lower case letters and digits separated by single spaces; "&amp;" is "and".</summary>
    internal static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
