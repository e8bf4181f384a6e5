using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.DraftChecks;
using EhcpQa.Web.Persistence.Identity;

namespace EhcpQa.Web.Features.DraftChecks;

/// <summary>What each word list is for, as the QA lead reads it. A list the service adds later and this does not name is shown by its key.</summary>
public static class WordingListNames
{
    private static readonly Dictionary<string, (string Name, string Hint)> Known = new(StringComparer.Ordinal)
    {
        ["provision.vagueTerms"] = ("Vague words in provision", "Words and phrases that leave provision in F, G, H1 and H2 unspecific. Each is flagged with its reason."),
        ["provision.amountUnits"] = ("Units of amount", "Units that, after a number, say how much provision there is: minutes, hours, sessions."),
        ["provision.frequencyWords"] = ("Words of frequency", "Words that say how often provision happens: daily, weekly, each term."),
        ["provision.deliveryRoles"] = ("Who delivers provision", "Roles that name who will provide it: a teaching assistant, a speech and language therapist. Short capitalised forms such as SENCO match in capitals only."),
        ["provision.nothingIdentified"] = ("Statements that nothing was identified", "Phrases that say no needs or provision were identified: such a statement is what the law asks for, not provision to check."),
        ["provision.preparingForAdulthood"] = ("Preparing for adulthood", "From Year 9, outcomes and provision must use at least one of these: employment, independent living, community participation, good health."),
        ["provision.outcomeTimeFrames"] = ("Time frames of outcomes", "How an outcome in E says by when. # stands for a number, YYYY for a year and * for any one word: \"within # months\", \"by the end of year #\"."),
        ["provision.outcomeMeasures"] = ("Measures of outcomes", "Words that make an outcome measurable besides a number: independently, without prompting, consistently. # stands for a number."),
        ["provision.notNames"] = ("Capitalised words that are not names", "Words written with a capital that are never a child's name: add your schools, programmes and places so they are not taken for another child's name."),
        ["provision.otherPeople"] = ("Other people in a plan", "Words for people other than the child (mum, teacher, therapist): a sentence naming one is not read for the child's pronouns, and a name after one is not the child's."),
        ["provision.titles"] = ("Titles", "Titles before a name (Mrs, Dr): the name after one is an adult's, not the child's."),
        ["provision.childSlotAfter"] = ("Words after the child's name", "Words that, after a name, show the name is the child's: will, needs, has."),
        ["provision.childSlotBefore"] = ("Words before the child's name", "Words that, before a name, show the name is the child's: support, help, for."),
        ["thread.stopWords"] = ("Words the golden thread ignores", "Words too common to link a need to an outcome or provision when two statements share them."),
        ["thread.nothingIdentified"] = ("Statements that nothing was identified (golden thread)", "Phrases that say no needs or provision were identified: such a statement is not a need for the thread to follow."),
    };

    public static string NameOf(string key) => Known.TryGetValue(key, out var known) ? known.Name : AreaList(key)?.Name ?? Humanised(key);

    public static string? HintOf(string key) => Known.TryGetValue(key, out var known) ? known.Hint : AreaList(key)?.Hint;

    /// <summary>"thread.areas.cognition-and-learning.words": the area's name and what the list does for it.</summary>
    private static (string Name, string Hint)? AreaList(string key)
    {
        var parts = key.Split('.');
        if (parts is not [_, "areas", var slug, var list])
        {
            return null;
        }

        var area = ThreadWording.Default.Areas.FirstOrDefault(a => WordingLists.Slug(a.Name) == slug)?.Name ?? slug.Replace('-', ' ');
        var lower = area.ToLowerInvariant();
        return list switch
        {
            "headings" => ($"{area}: headings", $"Headings under which a plan writes about {lower}: needs, outcomes and provision under one are in this area of need."),
            "words" => ($"{area}: words", $"Words that place a need, outcome or provision in {lower} when no heading does."),
            _ => ($"{area}: {list}", $"A list the golden thread reads {lower} by."),
        };
    }

    private static string Humanised(string key)
    {
        var parts = key.Split('.');
        var words = string.Join(" ", parts.Skip(1).Select(p => p.Replace('-', ' ')));
        var spaced = string.Concat(words.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        return spaced.Length == 0 ? key : char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }
}

/// <summary>The lists the draft checks read by, each with how many entries it has and how many the authority changed.</summary>
public sealed record WordingIndexPage(IReadOnlyList<(WordingList List, int Changes)> Lists);

/// <summary>One list: its entries (the authority's additions marked), the form to add to it, and every change made to it.</summary>
public sealed record WordingListPage(
    WordingList List,
    WordingAddForm Add,
    IReadOnlyList<WordingChange> Changes,
    StaffNames Names)
{
    public string Name => WordingListNames.NameOf(List.Key);

    public string? Hint => WordingListNames.HintOf(List.Key);

    /// <summary>The change that put these words on the list, when the authority added them.</summary>
    public WordingChange? AddedBy(string words) =>
        Changes.FirstOrDefault(c => c.Kind == WordingChangeKind.Added && WordingLists.SameWords(c.Words, words));
}

/// <summary>Words to add to a list.</summary>
public sealed class WordingAddForm
{
    [Display(Name = "Words to add")]
    public string? Words { get; set; }

    [Display(Name = "Why these words make provision vague")]
    public string? Reason { get; set; }
}
