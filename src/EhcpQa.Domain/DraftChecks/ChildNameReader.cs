using System.Text.RegularExpressions;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.DraftChecks;

/// <summary>
/// Reads the whole draft for what is left in from another child's plan: another name used as the child's, and the
/// child called "he" in some places and "she" in others. The child's name is found from the names used where a
/// sentence is about the child ("Sam will", "Sam's", "support Sam"), checked against the child's initials, the only
/// part of the name the service holds. Precision comes first: names of family, friends and adults (after a title or
/// a relationship word, or followed by one) and words used in lower case elsewhere are never read as names.
/// </summary>
internal sealed partial class ChildNameReader
{
    private static readonly SectionCode[] AboutTheChild = [SectionCode.A, SectionCode.B, SectionCode.E, SectionCode.F];
    private static readonly HashSet<string> He = new(["he", "him", "his", "himself"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> She = new(["she", "her", "hers", "herself"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Determiners = new(["his", "her", "their", "the", "a", "an", "my", "our", "its"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Naming = new(["called", "named"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a name that also follow names of things ("Minecraft is"): a name used only so is read as the child's only twice.</summary>
    private static readonly HashSet<string> WeakSlots = new(["is", "was", "are"], StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _notNames;
    private readonly HashSet<string> _titles;
    private readonly HashSet<string> _after;
    private readonly HashSet<string> _before;
    private readonly HashSet<string> _otherPeopleWords;
    private readonly Regex? _otherPeople;

    public ChildNameReader(ProvisionWording words)
    {
        _notNames = new(words.NotNames.Select(Normalise), StringComparer.OrdinalIgnoreCase);
        _titles = new(words.Titles.Select(t => Normalise(t).TrimEnd('.')), StringComparer.OrdinalIgnoreCase);
        _after = new(words.ChildSlotAfter.Select(Normalise), StringComparer.OrdinalIgnoreCase);
        _before = new(words.ChildSlotBefore.Select(Normalise), StringComparer.OrdinalIgnoreCase);
        _otherPeopleWords = new(
            words.OtherPeople.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Normalise(p.Trim().Split(' ')[^1])),
            StringComparer.OrdinalIgnoreCase);
        _otherPeople = DraftChecker.WordsRegex(words.OtherPeople);
    }

    /// <summary>The warnings read across the whole plan, each in the section where its words are.</summary>
    public IReadOnlyList<DraftWarning> Check(IReadOnlyList<(SectionCode Code, string Text)> sections, string? initials)
    {
        var sentences = sections.SelectMany(s => SentencesOf(s.Code, s.Text)).ToList();
        var lowerCase = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in sentences.SelectMany(s => s.Words).Where(w => char.IsLower(w.Text[0])))
        {
            lowerCase.Add(word.Base);
        }

        var (uses, otherPeople) = NamesUsedAsTheChild(sentences, lowerCase);
        var ranked = uses.OrderByDescending(u => u.Value.Count).Select(u => (Name: u.Key, Uses: u.Value)).ToList();
        var initial = initials?.FirstOrDefault(char.IsLetter) ?? default;
        var warnings = new List<DraftWarning>();
        string? child;
        if (initial != default)
        {
            child = ranked.FirstOrDefault(r => char.ToUpperInvariant(r.Name[0]) == char.ToUpperInvariant(initial)).Name;
            if (child is null && Dominant(ranked, otherPeople) is { } someoneElse)
            {
                warnings.AddRange(BySection(sentences, someoneElse.Uses.Select(u => u.Sentence),
                    $"\"{someoneElse.Name}\" is used as the child's name throughout, but the child's initials are {Dotted(initials!)}: is this another child's plan?",
                    DraftCheckKind.OtherChildsName));
                child = someoneElse.Name;
            }
            else if (child is not null && uses[child].Count >= 2)
            {
                warnings.AddRange(OtherNames(sentences, ranked, otherPeople, child, $"{child} ({Dotted(initials!)})"));
            }
        }
        else
        {
            child = Dominant(ranked, otherPeople)?.Name;
            if (child is not null)
            {
                warnings.AddRange(OtherNames(sentences, ranked, otherPeople, child, child));
            }
        }

        warnings.AddRange(PronounChanges(sentences, child, lowerCase));
        return warnings;
    }

    private (Dictionary<string, List<(int Sentence, bool Weak)>> Uses, HashSet<string> OtherPeople) NamesUsedAsTheChild(
        List<Sentence> sentences, HashSet<string> lowerCase)
    {
        var uses = new Dictionary<string, List<(int Sentence, bool Weak)>>(StringComparer.Ordinal);
        var otherPeople = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var (_, text, words) = sentences[s];
            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i];
                if (!IsName(word, lowerCase))
                {
                    continue;
                }

                if (i > 0 && !words[i - 1].Possessive && Gap(text, words[i - 1], word) is "" or "." && _titles.Contains(words[i - 1].Base))
                {
                    otherPeople.Add(word.Base);
                    continue;
                }

                // A surname ("Sam Smith"), or a word of a name such as "Sensory Circuits" or "Oakfield Primary".
                if (i > 0 && !words[i - 1].Possessive && Gap(text, words[i - 1], word).Length == 0
                    && (IsName(words[i - 1], lowerCase) || (i > 1 && char.IsUpper(words[i - 1].Text[0]))))
                {
                    continue;
                }

                if (IsSomeoneElse(text, words, i))
                {
                    otherPeople.Add(word.Base);
                    continue;
                }

                var last = i + 1 < words.Length && !word.Possessive && Gap(text, word, words[i + 1]).Length == 0 && IsName(words[i + 1], lowerCase) ? i + 1 : i;
                var after = last + 1 < words.Length && Gap(text, words[last], words[last + 1]).Length == 0 && _after.Contains(words[last + 1].Text)
                    ? words[last + 1].Text
                    : null;
                var before = i > 0 && Gap(text, words[i - 1], word).Length == 0 && _before.Contains(words[i - 1].Text);
                if (words[last].Possessive || after is not null || before)
                {
                    if (!uses.TryGetValue(word.Base, out var list))
                    {
                        uses[word.Base] = list = [];
                    }

                    list.Add((s, !words[last].Possessive && !before && WeakSlots.Contains(after!)));
                }
            }
        }

        return (uses, otherPeople);
    }

    /// <summary>Whether a name is someone else's by the words next to it: "sister Lily", "a friend called Ali", "Lily (sister)", "Sarah, his TA, will".</summary>
    private bool IsSomeoneElse(string text, Word[] words, int i)
    {
        if (i > 0 && !words[i - 1].Possessive && Gap(text, words[i - 1], words[i]) is "" or "," && _otherPeopleWords.Contains(words[i - 1].Text))
        {
            return true;
        }

        if (i > 1 && Naming.Contains(words[i - 1].Text) && _otherPeopleWords.Contains(words[i - 2].Text))
        {
            return true;
        }

        if (i + 1 >= words.Length || Gap(text, words[i], words[i + 1]) is not ("," or "(" or "-" or "–"))
        {
            return false;
        }

        for (var k = i + 1; k < Math.Min(words.Length, i + 4); k++)
        {
            if (_otherPeopleWords.Contains(words[k].Text))
            {
                return k + 1 == words.Length || Gap(text, words[k], words[k + 1]).IndexOfAny(',', ')') >= 0;
            }

            if (!Determiners.Contains(words[k].Text) && !words[k].Possessive)
            {
                return false;
            }
        }

        return false;
    }

    private static (string Name, List<(int Sentence, bool Weak)> Uses)? Dominant(
        List<(string Name, List<(int Sentence, bool Weak)> Uses)> ranked, HashSet<string> otherPeople)
    {
        if (ranked is not [var top, ..] || top.Uses.Count < 2 || otherPeople.Contains(top.Name))
        {
            return null;
        }

        return ranked.Count == 1 || ranked[1].Uses.Count < top.Uses.Count ? top : null;
    }

    private static IEnumerable<DraftWarning> OtherNames(
        List<Sentence> sentences,
        List<(string Name, List<(int Sentence, bool Weak)> Uses)> ranked,
        HashSet<string> otherPeople,
        string child,
        string childNamed)
    {
        foreach (var (name, uses) in ranked)
        {
            if (name == child || otherPeople.Contains(name) || IsAShortForm(name, child))
            {
                continue;
            }

            var asTheChild = uses.Where(u => !sentences[u.Sentence].Words.Any(w => w.Base == child)).ToList();
            if (asTheChild.Count == 0 || (asTheChild.Count == 1 && asTheChild[0].Weak))
            {
                continue;
            }

            foreach (var warning in BySection(sentences, asTheChild.Select(u => u.Sentence),
                $"\"{name}\" is used as the child's name here, but the plan is about {childNamed}: was this copied from another plan?", DraftCheckKind.OtherChildsName))
            {
                yield return warning;
            }
        }
    }

    private IEnumerable<DraftWarning> PronounChanges(List<Sentence> sentences, string? child, HashSet<string> lowerCase)
    {
        if (_otherPeople is null)
        {
            yield break;
        }

        var about = new List<(Sentence Sentence, bool He, bool She)>();
        var afterSomeoneElse = false;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            afterSomeoneElse &= i > 0 && sentences[i - 1].Section == sentence.Section;
            var mentionsSomeoneElse = AboutTheChild.Contains(sentence.Section) && MentionsSomeoneElse(sentence, child, lowerCase);
            var startsWithAPronoun = sentence.Words[0].Text is "He" or "She";
            var isAboutTheChild = (child is not null && sentence.Words.Any(w => w.Base == child)) || (startsWithAPronoun && !afterSomeoneElse);
            if (AboutTheChild.Contains(sentence.Section) && isAboutTheChild && !mentionsSomeoneElse)
            {
                var (isHe, isShe) = (sentence.Words.Any(w => He.Contains(w.Text)), sentence.Words.Any(w => She.Contains(w.Text)));
                if (isHe != isShe)
                {
                    about.Add((sentence, isHe, isShe));
                }
            }

            // "He" or "she" after a sentence about someone else is about them: "Dr Patel saw Sam. She recommended…"
            afterSomeoneElse = mentionsSomeoneElse || (afterSomeoneElse && startsWithAPronoun);
        }

        var he = about.Where(s => s.He).Select(s => s.Sentence).ToList();
        var she = about.Where(s => s.She).Select(s => s.Sentence).ToList();
        if (he.Count == 0 || she.Count == 0)
        {
            yield break;
        }

        var heIsTheMinority = he.Count < she.Count || (he.Count == she.Count && sentences.IndexOf(he[0]) > sentences.IndexOf(she[0]));
        var (minority, usual, unusual) = heIsTheMinority ? (he, "she", "he") : (she, "he", "she");
        foreach (var sentence in minority)
        {
            yield return new(sentence.Section, DraftCheckKind.PronounsChange, DraftChecker.Excerpt(sentence.Text),
                $"the plan calls the child \"{usual}\" elsewhere but \"{unusual}\" here");
        }
    }

    private bool MentionsSomeoneElse(Sentence sentence, string? child, HashSet<string> lowerCase) =>
        _otherPeople!.IsMatch(sentence.Text)
        || sentence.Words.Any(w => _titles.Contains(w.Base) || (w.Base != child && IsName(w, lowerCase)));

    private static IEnumerable<DraftWarning> BySection(List<Sentence> sentences, IEnumerable<int> used, string reason, DraftCheckKind kind) =>
        used.Distinct()
            .Order()
            .Select(i => sentences[i])
            .GroupBy(s => s.Section)
            .Select(g => new DraftWarning(g.Key, kind, DraftChecker.Excerpt(g.First().Text), reason));

    private bool IsName(Word word, HashSet<string> lowerCase) =>
        word.Base.Length >= 2
        && char.IsUpper(word.Base[0])
        && HasNameShape(word.Base)
        && !_notNames.Contains(word.Base)
        && !_titles.Contains(word.Base)
        && !_otherPeopleWords.Contains(word.Base)
        && !lowerCase.Contains(word.Base);

    /// <summary>"Sam", "Zoë", "Mary-Jane": a capital, then small letters, the parts joined by hyphens.</summary>
    private static bool HasNameShape(string word)
    {
        var startOfPart = true;
        foreach (var c in word)
        {
            var fits = startOfPart ? char.IsUpper(c) : char.IsLower(c) || (c == '-' && !startOfPart);
            if (!fits)
            {
                return false;
            }

            startOfPart = c == '-';
        }

        return !startOfPart;
    }

    /// <summary>"Sam" and "Samuel", "Alex" and "Alexander": one may be what the child is called for short.</summary>
    private static bool IsAShortForm(string name, string child) =>
        name.StartsWith(child, StringComparison.OrdinalIgnoreCase)
        || child.StartsWith(name, StringComparison.OrdinalIgnoreCase)
        || (name.Length >= 3 && child.Length >= 3 && string.Equals(name[..3], child[..3], StringComparison.OrdinalIgnoreCase));

    private static string Dotted(string initials) => string.Concat(initials.Where(char.IsLetter).Select(c => $"{char.ToUpperInvariant(c)}."));

    private static ReadOnlySpan<char> Gap(string text, Word left, Word right) => text.AsSpan(left.End, right.Start - left.End).Trim();

    private static string Normalise(string word) => word.Trim().Replace('’', '\'');

    private static IEnumerable<Sentence> SentencesOf(SectionCode code, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            foreach (var part in DraftChecker.SentenceBreak().Split(line))
            {
                var sentence = DraftChecker.Bullet().Replace(part.Trim(), string.Empty).Trim();
                var words = new List<Word>();
                foreach (var found in WordPattern().EnumerateMatches(sentence))
                {
                    words.Add(Word.Of(sentence.Substring(found.Index, found.Length), found.Index));
                }

                if (words.Count > 0)
                {
                    yield return new(code, sentence, [.. words]);
                }
            }
        }
    }

    private sealed record Sentence(SectionCode Section, string Text, Word[] Words);

    /// <summary>A word as written (apostrophes straightened), without its possessive ending as <see cref="Base"/>.</summary>
    private readonly record struct Word(string Text, string Base, int Start, int End, bool Possessive)
    {
        public static Word Of(string written, int start)
        {
            var text = written.Replace('’', '\'').TrimEnd('-');
            var (name, possessive) = text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? (text[..^2], true)
                : text.EndsWith('\'') ? (text[..^1], true)
                : (text, false);
            return new(text, name, start, start + written.Length, possessive);
        }
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex WordPattern();
}
