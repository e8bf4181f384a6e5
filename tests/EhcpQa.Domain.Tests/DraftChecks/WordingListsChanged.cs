using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>The word lists in force are the shipped lists with the authority's changes applied in order; a change is refused when it would do nothing or lose the reason.</summary>
public class WordingListsChanged
{
    private const string Json = """
        {
          "vagueTerms": [ { "words": "as needed", "reason": "says not how much" } ],
          "units": [ "minutes", "hours" ],
          "areas": [ { "name": "Communication and interaction", "words": [ "speech" ] } ]
        }
        """;

    private static readonly DateTimeOffset At = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    private static WordingLists Lists => WordingLists.Parse("test", Json);

    [Fact]
    public void EveryArrayIsAList_KeyedByItsPath_AndNamedEntriesByTheirName()
    {
        Assert.Equal(["test.vagueTerms", "test.units", "test.areas.communication-and-interaction.words"], Lists.Lists.Select(l => l.Key));
        Assert.True(Lists.Find("test.vagueTerms")!.HasReasons);
        Assert.False(Lists.Find("test.units")!.HasReasons);
        Assert.Null(Lists.Find("test.nothing"));
    }

    [Fact]
    public void AddedWords_JoinTheList_AndRemovedWordsLeaveIt_InTheOrderTheyWereMade()
    {
        var units = Lists.Find("test.units")!;
        var added = WordingChange.Add(units, " sessions ", null, "qa", At);
        var removed = WordingChange.Remove(units, "HOURS", "qa", At.AddMinutes(1));
        var vague = WordingChange.Add(Lists.Find("test.vagueTerms")!, "in due course", "says not when", "qa", At.AddMinutes(2));
        var speech = WordingChange.Add(Lists.Find("test.areas.communication-and-interaction.words")!, "listening", null, "qa", At.AddMinutes(3));

        var changed = Lists.With([speech, vague, removed, added]);

        Assert.Equal(["minutes", "sessions"], changed.Find("test.units")!.Items.Select(i => i.Words));
        Assert.Equal(new WordingItem("in due course", "says not when"), changed.Find("test.vagueTerms")!.Items[^1]);
        Assert.Equal(["speech", "listening"], changed.Find("test.areas.communication-and-interaction.words")!.Items.Select(i => i.Words));
        Assert.Contains("\"in due course\"", changed.ToJson(), StringComparison.Ordinal);
        Assert.Equal(["minutes", "hours"], Lists.Find("test.units")!.Items.Select(i => i.Words));
    }

    [Fact]
    public void WordsTakenOffAndAddedAgain_AreOnTheList()
    {
        var units = Lists.Find("test.units")!;
        var removed = WordingChange.Remove(units, "minutes", "qa", At);
        var afterRemoval = Lists.With([removed]).Find("test.units")!;
        var addedAgain = WordingChange.Add(afterRemoval, "Minutes", null, "qa", At.AddMinutes(1));

        Assert.True(Lists.With([removed, addedAgain]).Find("test.units")!.Holds("minutes"));
    }

    [Fact]
    public void WordsAlreadyOnTheList_EmptyWords_OrAVagueTermWithoutItsReason_AreRefused()
    {
        var vague = Lists.Find("test.vagueTerms")!;

        Assert.Equal(["Words"], WordingChange.AddProblems(vague, "As-needed", "again").Select(p => p.Field));
        Assert.Equal(["Words"], WordingChange.AddProblems(vague, "   ", "why").Select(p => p.Field));
        Assert.Equal(["Reason"], WordingChange.AddProblems(vague, "by arrangement", "").Select(p => p.Field));
        Assert.Equal(["Words"], WordingChange.AddProblems(vague, new string('a', WordingChange.WordsMaxLength + 1), "why").Select(p => p.Field));
        Assert.Empty(WordingChange.AddProblems(Lists.Find("test.units")!, "terms", null));
        Assert.Throws<DomainRuleException>(() => WordingChange.Remove(vague, "never listed", "qa", At));
    }

    [Fact]
    public void TheShippedLists_BuildAChecker()
    {
        var wording = DraftCheckWording.AsShipped;
        var vague = wording.Find("provision.vagueTerms")!;
        var changed = wording.With([WordingChange.Add(vague, "subject to review", "lets it be withdrawn", "qa", At)]);

        Assert.Contains(changed.Checker().FlagsOf(SectionCode.F, "A teaching assistant will give 20 minutes daily, subject to review."),
            w => w.Kind == DraftCheckKind.VagueProvision && w.Words == "subject to review");
        Assert.DoesNotContain(wording.Checker().FlagsOf(SectionCode.F, "A teaching assistant will give 20 minutes daily, subject to review."),
            w => w.Kind == DraftCheckKind.VagueProvision);
    }
}
