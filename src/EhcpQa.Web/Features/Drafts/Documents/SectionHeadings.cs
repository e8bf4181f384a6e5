using System.Text;
using System.Text.RegularExpressions;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Features.Drafts.Documents;

/// <summary>A line recognised as the heading of a plan section. <see cref="HasTitle"/>: the line says more than the
/// code ("Section A: Views…", not just "Section A"); <see cref="InlineText"/>: text written after the title on the same
/// line ("Section J: Personal budget – not requested").</summary>
internal sealed record SectionHeading(SectionCode Code, bool HasTitle, string? InlineText);

/// <summary>
/// Recognises the headings of the sections of an EHC plan, written in the many ways real plans write them:
/// "Section A: The views, interests and aspirations of the child", "SECTION B – SPECIAL EDUCATIONAL NEEDS",
/// "Section H1 Social care provision", "B. Special educational needs", "H2: Other social care provision",
/// and, in a Word heading style, the title alone ("Special educational provision").
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
        ("personal budget", SectionCode.J),
        ("advice and information", SectionCode.K),
    ];

    private static readonly string[] LeadingFillers =
    [
        "the ", "child s ", "young person s ", "child or young person s ", "child and young person s ",
        "child young person s ", "children and young people s ", "my ", "our ",
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
        "individual", "plan", "them", "there", "is", "how", "will", "support", "particular", "it", "used",
    ];

    /// <summary>Words that, straight after a title word, show a sentence rather than a heading: "Section B needs are…".</summary>
    private static readonly HashSet<string> SentenceWords =
    [
        "will", "is", "are", "was", "were", "be", "been", "should", "must", "may", "can", "could", "would", "has",
        "have", "had", "needs", "need", "to", "does", "do", "did", "remains", "remain", "states", "says", "shows",
        "sets", "describes", "includes", "contains", "lists", "records",
    ];

    // "Section A", "SECTION h1", "Section H 2", "Section-B": the word, then the code, not followed by a letter or digit.
    // A digit after another letter numbers a part of that section ("Section A2: Journey so far" is in A).
    [GeneratedRegex(@"^section\s*[-–:]?\s*(?:(?<h>h)\s*(?<n>[12])|(?<c>[a-gi-k])[0-9]?|(?<c>h))(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SectionWord();

    // "B.", "H1:", "E –", "A)": a code at the start with punctuation after it (or a space, for H1 and H2).
    [GeneratedRegex(@"^(?:(?<h>h)\s*(?<n>[12])(?:\s*[.:)\-–—|]+\s*|\s+)|(?<c>[a-k])\s*[.:)\-–—|]+\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BareCode();

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
    /// headings came before: a heading "Section H" without a number is H1 until H1 has been seen, then H2, and a
    /// title alone in a heading style only starts a section not seen yet.
    /// </summary>
    public static SectionHeading? Match(string text, bool emphasised, bool headingStyle, IReadOnlySet<SectionCode> seen)
    {
        var line = Normalise(text);
        if (line.Length == 0)
        {
            return null;
        }

        var section = SectionWord().Match(line);
        if (section.Success)
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
            var accepted = remainder.Length == 0
                || (separator.Success && (!sentence || titled))
                || StartsLikeTitle(code, remainder, sentence)
                || (!sentence && (emphasised || headingStyle));
            var maxLength = titled ? MaxTitledHeadingLength : MaxHeadingLength;
            return accepted && headingLength <= maxLength ? new SectionHeading(code, remainder.Length > 0, inline) : null;
        }

        var bare = BareCode().Match(line);
        if (bare.Success)
        {
            var remainder = line[bare.Length..];
            var code = CodeOf(bare, remainder, seen);
            var inline = InlineText(code, remainder);

            // The title must come first: "B. Jones, SENCO, on Sam's special educational needs" is not a heading.
            var key = WithoutFillers(Key(remainder));
            return WordsFor(code).Any(w => StartsWithWords(key, w)) && line.Length - (inline?.Length ?? 0) <= MaxTitledHeadingLength
                ? new SectionHeading(code, true, inline)
                : null;
        }

        if (headingStyle && line.Length <= MaxHeadingLength)
        {
            var key = WithoutFillers(Key(line));
            foreach (var (title, code) in StandaloneTitles)
            {
                // "Social care provision" alone is H1 until H1 has been seen, then H2.
                var resolved = code == SectionCode.H1 && seen.Contains(SectionCode.H1) ? SectionCode.H2 : code;
                if (StartsWithWords(key, title) && !seen.Contains(resolved))
                {
                    return new SectionHeading(resolved, true, null);
                }
            }
        }

        return null;
    }

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

    private static bool StartsWithWords(string key, string words) =>
        (key + " ").StartsWith(words + " ", StringComparison.Ordinal)
        || (key + " ").StartsWith(words + "s ", StringComparison.Ordinal);

    private static bool ContainsWords(string key, string words)
    {
        var padded = " " + key + " ";
        return padded.Contains(" " + words + " ", StringComparison.Ordinal) || padded.Contains(" " + words + "s ", StringComparison.Ordinal);
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
