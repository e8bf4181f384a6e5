using System.Runtime.InteropServices;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.DraftChecks;

/// <summary>
/// Follows the golden thread of a draft as a QA lead does: each need in Section B (special educational needs), C
/// (health) and D (social care) should be answered by an outcome in E and by provision in F, G, H1 or H2. A need and
/// an answer are linked when they are in the same area of need (from the heading they sit under, failing that their
/// words, failing that their section; a statement in C, D, G, H1 or H2 is also in its section's area, Health or Social
/// care) or share enough content words (stop words and proper names left out). Needs left unanswered and provision
/// that answers no need are the breaks. The words it reads by are data (<see cref="ThreadWording"/>).
/// Each statement is read once into a set of words, so a 40-page draft is traced in a few milliseconds.
/// </summary>
public sealed class GoldenThread
{
    /// <summary>The sections whose statements are needs.</summary>
    public static IReadOnlyList<SectionCode> NeedSections { get; } = [SectionCode.B, SectionCode.C, SectionCode.D];

    /// <summary>The sections whose statements are outcomes.</summary>
    public static IReadOnlyList<SectionCode> OutcomeSections { get; } = [SectionCode.E];

    /// <summary>The sections whose statements are provision.</summary>
    public static IReadOnlyList<SectionCode> ProvisionSections { get; } = [SectionCode.F, SectionCode.G, SectionCode.H1, SectionCode.H2];

    /// <summary>Whether the thread runs through a section: its needs, outcomes or provision.</summary>
    public static bool Follows(SectionCode section) =>
        NeedSections.Contains(section) || OutcomeSections.Contains(section) || ProvisionSections.Contains(section);

    /// <summary>Fewer words than this on a line is a heading, not a statement.</summary>
    private const int StatementMinimumWords = 4;

    /// <summary>A known heading may be followed by this many words ("needs", "and outcomes") and still be a heading.</summary>
    private const int HeadingExtraWords = 3;

    private const int ExcerptLength = 160;
    private const int NoArea = -1;

    private readonly string[] _areaNames;
    private readonly Dictionary<SectionCode, int> _sectionAreas = [];
    private readonly List<(string[] Words, int Area)> _headings;
    private readonly Dictionary<string, List<(string[] Following, int Term, int Area)>> _terms = new(StringComparer.Ordinal);
    private readonly int _termCount;
    private readonly int _longestHeading;
    private readonly HashSet<string> _stopWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _nothingIdentified = new(StringComparer.Ordinal);
    private readonly int _sharedWordsToLink;

    public GoldenThread(ThreadWording words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _areaNames = [.. words.Areas.Select(a => a.Name)];
        _sharedWordsToLink = Math.Max(1, words.SharedWordsToLink);
        _headings = [];
        var lexicon = new Lexicon();
        var seenTerms = new HashSet<string>(StringComparer.Ordinal);
        for (var area = 0; area < words.Areas.Count; area++)
        {
            foreach (var section in words.Areas[area].Sections)
            {
                _sectionAreas.TryAdd(section, area);
            }

            foreach (var heading in words.Areas[area].Headings)
            {
                if (HeadingWords(heading, lexicon) is { Length: > 0 } headingWords)
                {
                    _headings.Add((headingWords, area));
                }
            }

            foreach (var term in words.Areas[area].Words)
            {
                var stems = StemsOf(term, lexicon);
                if (stems.Length == 0 || !seenTerms.Add($"{area}:{string.Join(' ', stems)}"))
                {
                    continue;
                }

                if (!_terms.TryGetValue(stems[0], out var starting))
                {
                    _terms[stems[0]] = starting = [];
                }

                starting.Add((stems[1..], _termCount++, area));
            }
        }

        _headings.Sort((x, y) => y.Words.Length.CompareTo(x.Words.Length));
        _longestHeading = _headings.Count > 0 ? _headings[0].Words.Length : 0;
        foreach (var stop in words.StopWords.Where(w => !string.IsNullOrWhiteSpace(w)))
        {
            var lower = stop.Trim().ToLowerInvariant();
            _stopWords.Add(lower);
            _stopWords.Add(Stem(lower));
        }

        foreach (var phrase in words.NothingIdentified.Select(p => StemsOf(p, lexicon)).Where(p => p.Length > 0))
        {
            if (!_nothingIdentified.TryGetValue(phrase[0], out var starting))
            {
                _nothingIdentified[phrase[0]] = starting = [];
            }

            starting.Add(phrase);
        }
    }

    /// <summary>The golden thread of a draft's sections (missing sections are read as empty).</summary>
    public ThreadMatrix Trace(IReadOnlyDictionary<SectionCode, string> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var lexicon = new Lexicon();
        foreach (var (code, text) in sections)
        {
            if (!NeedSections.Contains(code) && !OutcomeSections.Contains(code) && !ProvisionSections.Contains(code))
            {
                Scan(text ?? string.Empty, lexicon, null, noteCase: true);
            }
        }

        List<Statement> ReadAll(IEnumerable<SectionCode> codes) =>
            [.. codes.SelectMany(code => ReadSection(code, sections.TryGetValue(code, out var text) ? text : null, lexicon, noteCase: true))];

        var needs = ReadAll(NeedSections);
        var outcomes = ReadAll(OutcomeSections);
        var provision = ReadAll(ProvisionSections);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var statement in needs.Concat(outcomes).Concat(provision))
        {
            statement.Content = ContentOf(statement, vocabulary);
        }

        var postings = new List<int>?[vocabulary.Count];
        var needsByArea = new List<int>[_areaNames.Length];
        for (var n = 0; n < needs.Count; n++)
        {
            foreach (var (id, _) in needs[n].Content)
            {
                (postings[id] ??= []).Add(n);
            }

            foreach (var area in needs[n].Areas)
            {
                (needsByArea[area] ??= []).Add(n);
            }
        }

        var (outcomeLinks, outcomeAnswers) = Link(needs, outcomes, postings, needsByArea);
        var (provisionLinks, provisionAnswers) = Link(needs, provision, postings, needsByArea);

        var threadNeeds = new List<ThreadNeed>(needs.Count);
        var gaps = new List<ThreadGap>();
        for (var n = 0; n < needs.Count; n++)
        {
            var need = needs[n].Thread;
            threadNeeds.Add(new ThreadNeed(need, outcomeLinks[n] ?? [], provisionLinks[n] ?? []));
            if (outcomeLinks[n] is null)
            {
                gaps.Add(new(ThreadGapKind.NeedWithoutOutcome, need.Section, Excerpt(need.Text), need.Area,
                    "no outcome in Section E answers this need: none is in its area of need or shares its words"));
            }

            if (provisionLinks[n] is null)
            {
                gaps.Add(new(ThreadGapKind.NeedWithoutProvision, need.Section, Excerpt(need.Text), need.Area,
                    "no provision in Sections F, G, H1 or H2 answers this need: none is in its area of need or shares its words"));
            }
        }

        var unansweringProvision = provision.Where((_, i) => !provisionAnswers[i]).Select(p => p.Thread).ToList();
        gaps.AddRange(unansweringProvision.Select(p => new ThreadGap(ThreadGapKind.ProvisionWithoutNeed, p.Section, Excerpt(p.Text), p.Area,
            "this provision answers no need in Sections B, C or D: none is in its area of need or shares its words")));

        return new ThreadMatrix(
            threadNeeds,
            [.. outcomes.Select(o => o.Thread)],
            [.. provision.Select(p => p.Thread)],
            unansweringProvision,
            [.. outcomes.Where((_, i) => !outcomeAnswers[i]).Select(o => o.Thread)],
            gaps,
            ByArea(threadNeeds, needs, outcomes, provision));
    }

    /// <summary>
    /// The statements of one section with their areas of need: headings (lines of fewer than four words, or a known
    /// area heading) are not statements but place the statements under them; statements that say nothing was
    /// identified are left out.
    /// </summary>
    public IReadOnlyList<ThreadStatement> Read(SectionCode section, string? text) =>
        [.. ReadSection(section, text, new Lexicon(), noteCase: false).Select(s => s.Thread)];

    /// <summary>The area of need a statement's words place it in (the area with most of its words), or null.</summary>
    public string? AreaOfWords(string statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var area = AreaByWords(WordsOf(statement, new Lexicon()));
        return area == NoArea ? null : _areaNames[area];
    }

    /// <summary>Whether a statement only says that no needs or provision were identified.</summary>
    public bool SaysNothingIdentified(string statement) => SaysNothing(WordsOf(statement ?? string.Empty, new Lexicon()));

    /// <summary>
    /// A word's stem as the thread compares words: lower case, possessive and plural, -ing, -ed and -ly taken off,
    /// then -al, -ation, -ion, -ate and -ment ("communicates", "communicating" and "communication" share a stem).
    /// </summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        w = w.Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal);
        if (w.Length <= 3)
        {
            return w;
        }

        if (TryStrip(ref w, "ies", "y", 2) || TryStrip(ref w, "ied", "y", 2))
        {
            return w;
        }

        if (TryStrip(ref w, "ing", string.Empty, 3) || TryStrip(ref w, "ed", string.Empty, 3))
        {
            if (w.Length >= 4 && w[^1] == w[^2] && !"aeioulsz".Contains(w[^1], StringComparison.Ordinal))
            {
                w = w[..^1];
            }
        }
        else if (!w.EndsWith("ily", StringComparison.Ordinal) && TryStrip(ref w, "ly", string.Empty, 4))
        {
        }
        else if (w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.Length > 3 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        for (var i = 0; i < 2; i++)
        {
            if (!(TryStrip(ref w, "ation", string.Empty, 4) || TryStrip(ref w, "ment", string.Empty, 4) || TryStrip(ref w, "ion", string.Empty, 4)
                || TryStrip(ref w, "al", string.Empty, 4) || TryStrip(ref w, "at", string.Empty, 4)))
            {
                break;
            }
        }

        return w;
    }

    private static bool TryStrip(ref string word, string suffix, string replacement, int minimumStem)
    {
        if (word.Length - suffix.Length < minimumStem || !word.EndsWith(suffix, StringComparison.Ordinal))
        {
            return false;
        }

        word = word[..^suffix.Length] + replacement;
        return true;
    }

    private IEnumerable<Statement> ReadSection(SectionCode section, string? text, Lexicon lexicon, bool noteCase)
    {
        var current = NoArea;
        var sectionArea = _sectionAreas.TryGetValue(section, out var area) ? area : NoArea;
        foreach (var raw in (text ?? string.Empty).Split('\n'))
        {
            var line = WithoutBullet(raw);
            if (line.Length == 0)
            {
                continue;
            }

            var lineWords = WordCount(line);
            if (TrySplitHeading(line, out var head, out var rest) && KnownHeading(head, lexicon) is var headed and not NoArea)
            {
                current = headed;
                line = rest;
            }
            else if (lineWords <= _longestHeading + HeadingExtraWords && KnownHeading(line, lexicon) is var known and not NoArea)
            {
                current = known;
                continue;
            }
            else if (lineWords < StatementMinimumWords || (line.EndsWith(':') && !line.Contains('.', StringComparison.Ordinal)))
            {
                var byWords = AreaByWords(WordsOf(line, lexicon));
                current = byWords == NoArea ? current : byWords;
                continue;
            }

            foreach (var sentence in Sentences(line))
            {
                var statement = WithoutBullet(sentence);
                if (WordCount(statement) < StatementMinimumWords)
                {
                    continue;
                }

                var words = WordsOf(statement, lexicon, noteCase);
                if (SaysNothing(words))
                {
                    continue;
                }

                var statementArea = current != NoArea ? current : AreaByWords(words) is var byWords and not NoArea ? byWords : sectionArea;
                yield return new Statement(
                    new ThreadStatement(section, statement, statementArea == NoArea ? null : _areaNames[statementArea]),
                    statementArea,
                    sectionArea,
                    words);
            }
        }
    }

    private bool SaysNothing(Word[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (_nothingIdentified.TryGetValue(words[i].Stem, out var starting)
                && starting.Exists(phrase => i + phrase.Length <= words.Length && StemsMatch(words, i, phrase)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StemsMatch(Word[] words, int start, string[] stems)
    {
        for (var j = 0; j < stems.Length; j++)
        {
            if (!string.Equals(words[start + j].Stem, stems[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private int KnownHeading(string line, Lexicon lexicon)
    {
        if (line.EndsWith('.') && WordCount(line) >= StatementMinimumWords)
        {
            return NoArea;
        }

        var words = HeadingWords(line, lexicon);
        foreach (var (heading, area) in _headings)
        {
            if (words.Length >= heading.Length && words.Length - heading.Length <= HeadingExtraWords && words.AsSpan(0, heading.Length).SequenceEqual(heading))
            {
                return area;
            }
        }

        return NoArea;
    }

    private int AreaByWords(Word[] words)
    {
        if (_areaNames.Length == 0 || words.Length == 0)
        {
            return NoArea;
        }

        var scores = new int[_areaNames.Length];
        HashSet<int>? matched = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (!_terms.TryGetValue(words[i].Stem, out var starting))
            {
                continue;
            }

            foreach (var (following, term, area) in starting)
            {
                if (i + 1 + following.Length <= words.Length && StemsMatch(words, i + 1, following) && (matched ??= []).Add(term))
                {
                    scores[area]++;
                }
            }
        }

        var best = NoArea;
        for (var area = 0; area < scores.Length; area++)
        {
            if (scores[area] > 0 && (best == NoArea || scores[area] > scores[best]))
            {
                best = area;
            }
        }

        return best;
    }

    private (int Id, string Word)[] ContentOf(Statement statement, Dictionary<string, int> vocabulary)
    {
        var content = new List<(int Id, string Word)>(statement.Words.Length);
        foreach (var word in statement.Words)
        {
            if (word.ContentId == Word.Unread)
            {
                var isContent = word.Stem.Length >= 3 && !word.IsName && !_stopWords.Contains(word.Lower) && !_stopWords.Contains(word.Stem);
                if (!isContent)
                {
                    word.ContentId = Word.NotContent;
                }
                else if (vocabulary.TryGetValue(word.Stem, out var id))
                {
                    word.ContentId = id;
                }
                else
                {
                    vocabulary[word.Stem] = word.ContentId = vocabulary.Count;
                }
            }

            if (word.ContentId >= 0 && !Contains(content, word.ContentId))
            {
                content.Add((word.ContentId, word.Lower));
            }
        }

        return [.. content];
    }

    private static bool Contains(List<(int Id, string Word)> content, int id)
    {
        foreach (var (contentId, _) in CollectionsMarshal.AsSpan(content))
        {
            if (contentId == id)
            {
                return true;
            }
        }

        return false;
    }

    private (List<ThreadLink>?[] Links, bool[] Answers) Link(List<Statement> needs, List<Statement> answers, List<int>?[] postings, List<int>?[] needsByArea)
    {
        var links = new List<ThreadLink>?[needs.Count];
        var answersANeed = new bool[answers.Count];
        var shared = new int[needs.Count];
        var linkedBy = new int[needs.Count];
        Array.Fill(linkedBy, -1);
        var inAnswer = new int[postings.Length];
        Array.Fill(inAnswer, -1);
        var touched = new List<int>();
        for (var a = 0; a < answers.Count; a++)
        {
            var answer = answers[a];
            touched.Clear();
            foreach (var (id, _) in answer.Content)
            {
                inAnswer[id] = a;
                if (postings[id] is { } posting)
                {
                    foreach (var n in CollectionsMarshal.AsSpan(posting))
                    {
                        if (shared[n]++ == 0)
                        {
                            touched.Add(n);
                        }
                    }
                }
            }

            foreach (var n in touched)
            {
                if (shared[n] >= _sharedWordsToLink)
                {
                    var sameArea = SameArea(needs[n], answer);
                    (links[n] ??= []).Add(new ThreadLink(answer.Thread, sameArea == NoArea ? null : _areaNames[sameArea], SharedWords(needs[n], shared[n], inAnswer, a)));
                    linkedBy[n] = a;
                    answersANeed[a] = true;
                }

                shared[n] = 0;
            }

            foreach (var area in answer.Areas)
            {
                if (needsByArea[area] is not { Count: > 0 } inArea)
                {
                    continue;
                }

                var byArea = new ThreadLink(answer.Thread, _areaNames[area], []);
                foreach (var n in CollectionsMarshal.AsSpan(inArea))
                {
                    if (linkedBy[n] != a)
                    {
                        (links[n] ??= []).Add(byArea);
                        linkedBy[n] = a;
                    }
                }

                answersANeed[a] = true;
            }
        }

        return (links, answersANeed);
    }

    private static string[] SharedWords(Statement need, int count, int[] inAnswer, int answer)
    {
        var words = new string[count];
        var found = 0;
        foreach (var (id, word) in need.Content)
        {
            if (inAnswer[id] == answer)
            {
                words[found++] = word;
            }
        }

        return words;
    }

    private static int SameArea(Statement need, Statement answer)
    {
        foreach (var area in answer.Areas)
        {
            if (Array.IndexOf(need.Areas, area) >= 0)
            {
                return area;
            }
        }

        return NoArea;
    }

    private List<ThreadArea> ByArea(List<ThreadNeed> threadNeeds, List<Statement> needs, List<Statement> outcomes, List<Statement> provision)
    {
        var rows = new List<ThreadArea>();
        foreach (var area in Enumerable.Range(0, _areaNames.Length).Append(NoArea))
        {
            var areaNeeds = threadNeeds.Where((_, i) => needs[i].Area == area).ToList();
            var areaOutcomes = outcomes.Where(o => o.Area == area).Select(o => o.Thread).ToList();
            var areaProvision = provision.Where(p => p.Area == area).Select(p => p.Thread).ToList();
            if (areaNeeds.Count + areaOutcomes.Count + areaProvision.Count > 0)
            {
                rows.Add(new ThreadArea(area == NoArea ? null : _areaNames[area], areaNeeds, areaOutcomes, areaProvision));
            }
        }

        return rows;
    }

    private static Word[] WordsOf(string text, Lexicon lexicon, bool noteCase = false)
    {
        var words = new List<Word>();
        Scan(text, lexicon, words, noteCase);
        return [.. words];
    }

    private static string[] StemsOf(string text, Lexicon lexicon) => [.. WordsOf(text, lexicon).Select(w => w.Stem)];

    private static string[] HeadingWords(string text, Lexicon lexicon) =>
        [.. WordsOf(text.Replace("&", " and ", StringComparison.Ordinal), lexicon).Select(w => w.Lower)];

    /// <summary>
    /// Reads the words of a text (letters, with apostrophes inside a word; a possessive 's taken off) into the lexicon,
    /// noting for proper names (the child's, a school's) whether each is ever written in lower case or with a capital
    /// mid-sentence.
    /// </summary>
    private static void Scan(string text, Lexicon lexicon, List<Word>? into, bool noteCase)
    {
        Span<char> buffer = stackalloc char[64];
        var atStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                atStart |= c is '.' or '!' or '?' or ':' or ';' or '\n' or '•';
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var raw = text.AsSpan(start, i - start);
            if (raw.Length > 2 && raw[^2] is '\'' or '’' && raw[^1] is 's' or 'S')
            {
                raw = raw[..^2];
            }

            var lower = raw.Length <= buffer.Length ? buffer : new char[raw.Length];
            var length = 0;
            var allLower = true;
            var lowerAfterFirst = false;
            for (var k = 0; k < raw.Length; k++)
            {
                if (raw[k] is '\'' or '’')
                {
                    continue;
                }

                allLower &= !char.IsUpper(raw[k]);
                lowerAfterFirst |= k > 0 && char.IsLower(raw[k]);
                lower[length++] = char.ToLowerInvariant(raw[k]);
            }

            var word = lexicon.Intern(lower[..length]);
            if (noteCase)
            {
                word.InLowerCase |= allLower;
                word.CapitalisedMidSentence |= !atStart && char.IsUpper(raw[0]) && lowerAfterFirst;
            }

            into?.Add(word);
            atStart = false;
        }
    }

    /// <summary>A line or sentence without its bullet or numbering ("-", "•", "1.", "(a)").</summary>
    private static string WithoutBullet(string text)
    {
        var line = text.AsSpan().Trim();
        var cut = 0;
        if (line.Length > 0 && line[0] is '-' or '*' or '•' or '·' or '–' or '—')
        {
            cut = 1;
        }
        else
        {
            var open = line.Length > 0 && line[0] == '(' ? 1 : 0;
            var digits = 0;
            while (open + digits < line.Length && digits < 3 && char.IsAsciiDigit(line[open + digits]))
            {
                digits++;
            }

            var mark = digits is 1 or 2 ? open + digits : digits == 0 && open + 1 < line.Length && char.IsAsciiLetterLower(line[open]) ? open + 1 : -1;
            if (mark > 0 && mark + 1 < line.Length && line[mark] is '.' or ')' && char.IsWhiteSpace(line[mark + 1]))
            {
                cut = mark + 1;
            }
        }

        var trimmed = line[cut..].Trim();
        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>The sentences of a line: broken after a full stop, semicolon, question or exclamation mark that a capital, digit or quote follows.</summary>
    private static IEnumerable<string> Sentences(string line)
    {
        var start = 0;
        for (var k = 0; k < line.Length - 1; k++)
        {
            if (line[k] is not ('.' or ';' or '!' or '?') || !char.IsWhiteSpace(line[k + 1]))
            {
                continue;
            }

            var next = k + 1;
            while (next < line.Length && char.IsWhiteSpace(line[next]))
            {
                next++;
            }

            if (next < line.Length && (char.IsAsciiLetterUpper(line[next]) || char.IsAsciiDigit(line[next]) || line[next] is '"' or '\'' or '('))
            {
                yield return line[start..(k + 1)];
                start = next;
                k = next - 1;
            }
        }

        yield return line[start..];
    }

    /// <summary>A line that opens with a heading and a colon or dash ("Communication and interaction: Sam …"), split in two.</summary>
    private static bool TrySplitHeading(string line, out string head, out string rest)
    {
        head = rest = string.Empty;
        for (var k = 0; k < Math.Min(line.Length, 82); k++)
        {
            var c = line[k];
            if (c == '.')
            {
                return false;
            }

            var spacedDash = c == '-' && k > 0 && line[k - 1] == ' ' && k + 1 < line.Length && line[k + 1] == ' ';
            if (c is ':' or '–' or '—' || spacedDash)
            {
                head = line[..k].Trim();
                rest = line[(k + 1)..].Trim();
                return head.Length >= 2 && rest.Length > 0;
            }
        }

        return false;
    }

    private static int WordCount(string text)
    {
        var count = 0;
        for (var k = 0; k < text.Length; k++)
        {
            if (text[k] != ' ' && (k == 0 || text[k - 1] == ' '))
            {
                count++;
            }
        }

        return count;
    }

    private static string Excerpt(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= ExcerptLength ? trimmed : trimmed[..(ExcerptLength - 1)] + "…";
    }

    /// <summary>One word of the draft, read once however often it is written.</summary>
    private sealed class Word(string lower)
    {
        public const int Unread = -2;
        public const int NotContent = -1;

        public string Lower { get; } = lower;

        public string Stem { get; } = GoldenThread.Stem(lower);

        public bool InLowerCase { get; set; }

        public bool CapitalisedMidSentence { get; set; }

        /// <summary>A proper name (the child's, a school's): written with a capital mid-sentence and never in lower case.</summary>
        public bool IsName => CapitalisedMidSentence && !InLowerCase;

        public int ContentId { get; set; } = Unread;
    }

    /// <summary>The words of one reading of a draft, each read once.</summary>
    private sealed class Lexicon
    {
        private readonly Dictionary<string, Word> _words = new(StringComparer.Ordinal);

        public Word Intern(ReadOnlySpan<char> lower)
        {
            var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(lower, out var word))
            {
                var text = lower.ToString();
                _words[text] = word = new Word(text);
            }

            return word;
        }
    }

    /// <summary>A statement as read: its area, and its section's area, by which it is also linked (a need in C is a health need).</summary>
    private sealed record Statement(ThreadStatement Thread, int Area, int SectionArea, Word[] Words)
    {
        public int[] Areas { get; } = (Area, SectionArea) switch
        {
            (NoArea, NoArea) => [],
            (NoArea, _) => [SectionArea],
            (_, NoArea) => [Area],
            _ when Area == SectionArea => [Area],
            _ => [Area, SectionArea],
        };

        public (int Id, string Word)[] Content { get; set; } = [];
    }
}
