namespace EhcpQa.Domain.DraftChecks;

/// <summary>Whether a change put words on a list or took them off.</summary>
public enum WordingChangeKind
{
    Added = 1,
    Removed,
}

/// <summary>
/// A QA lead's change to one of the word lists the draft checks read by: words added (with the reason shown to
/// the caseworker, on lists that give one) or taken off, by whom and when. Changes are never altered or deleted:
/// the lists in force are the shipped lists with every change applied in order (<see cref="WordingLists.With"/>).
/// </summary>
public sealed class WordingChange
{
    /// <summary>The longest words an entry may have: a phrase, not a sentence.</summary>
    public const int WordsMaxLength = 80;

    /// <summary>The longest reason an entry may give.</summary>
    public const int ReasonMaxLength = 200;

    private WordingChange()
    {
        List = string.Empty;
        Words = string.Empty;
        MadeBy = string.Empty;
    }

    private WordingChange(string list, WordingChangeKind kind, string words, string? reason, string madeBy, DateTimeOffset madeAt)
    {
        List = list;
        Kind = kind;
        Words = words;
        Reason = reason;
        MadeBy = madeBy;
        MadeAt = madeAt;
    }

    public int Id { get; private set; }

    /// <summary>The key of the list changed (<see cref="WordingList.Key"/>).</summary>
    public string List { get; private set; }

    public WordingChangeKind Kind { get; private set; }

    public string Words { get; private set; }

    public string? Reason { get; private set; }

    public string MadeBy { get; private set; }

    public DateTimeOffset MadeAt { get; private set; }

    /// <summary>Puts words on a list as it is now; refuses words already on it, and a list that gives reasons without one.</summary>
    public static WordingChange Add(WordingList list, string? words, string? reason, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(AddProblems(list, words, reason));
        return new WordingChange(list.Key, WordingChangeKind.Added, Tidy(words), list.HasReasons ? reason!.Trim() : null, byUserId, at);
    }

    /// <summary>Takes words off a list as it is now; refuses words not on it.</summary>
    public static WordingChange Remove(WordingList list, string? words, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        var entry = list.Items.FirstOrDefault(i => WordingLists.SameWords(i.Words, words))
            ?? throw new DomainRuleException($"\"{words?.Trim()}\" is not on this list now: someone may have taken it off already.");
        return new WordingChange(list.Key, WordingChangeKind.Removed, entry.Words, null, byUserId, at);
    }

    /// <summary>What is wrong with adding these words to the list as it is now (nothing when they may be added).</summary>
    public static IEnumerable<Problem> AddProblems(WordingList list, string? words, string? reason)
    {
        ArgumentNullException.ThrowIfNull(list);
        var tidy = Tidy(words);
        if (tidy.Length == 0)
        {
            yield return new(nameof(Words), "Enter the words to add");
        }
        else if (tidy.Length > WordsMaxLength)
        {
            yield return new(nameof(Words), $"The words must be {WordsMaxLength} characters or fewer: a word or phrase, not a sentence");
        }
        else if (list.Holds(tidy))
        {
            yield return new(nameof(Words), $"\"{tidy}\" is already on the list");
        }

        if (list.HasReasons)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                yield return new(nameof(Reason), "Enter why these words make provision vague: the caseworker sees it with the flag");
            }
            else if (reason.Trim().Length > ReasonMaxLength)
            {
                yield return new(nameof(Reason), $"The reason must be {ReasonMaxLength} characters or fewer");
            }
        }
    }

    private static string Tidy(string? words) => string.Join(' ', (words ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
