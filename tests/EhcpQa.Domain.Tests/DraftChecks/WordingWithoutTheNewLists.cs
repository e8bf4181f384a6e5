using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;
using static EhcpQa.Domain.Tests.DraftChecks.Drafts;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>A wording list saved before the lists for outcomes, adulthood and names existed is read with them empty, and the rules that need them then raise nothing.</summary>
public class WordingWithoutTheNewLists
{
    private const string OlderList = """
        { "vagueTerms": [ { "words": "as needed", "reason": "says neither how much nor how often" } ], "amountUnits": ["minutes"],
          "frequencyWords": ["daily"], "deliveryRoles": ["teaching assistant"], "nothingIdentified": ["no needs"] }
        """;

    [Fact]
    public void TheNewListsAreEmpty()
    {
        var words = ProvisionWording.FromJson(OlderList);

        Assert.Empty(words.PreparingForAdulthood);
        Assert.Empty(words.OutcomeTimeFrames);
        Assert.Empty(words.OutcomeMeasures);
        Assert.Empty(words.NotNames);
        Assert.Empty(words.OtherPeople);
        Assert.Empty(words.Titles);
        Assert.Empty(words.ChildSlotAfter);
        Assert.Empty(words.ChildSlotBefore);
        Assert.Single(words.VagueTerms);
    }

    [Fact]
    public void TheRulesThatNeedThem_RaiseNothing()
    {
        var checker = new DraftChecker(ProvisionWording.FromJson(OlderList));
        var plan = Draft(
            (SectionCode.A, "Sam is kind. Sam's mum says he likes trains. Jack will need help. She will join in."),
            (SectionCode.E, "Sam will make progress."));

        Assert.DoesNotContain(checker.Check(plan, new DraftContext(10, "S")), w => w.Kind is DraftCheckKind.PreparingForAdulthoodMissing
            or DraftCheckKind.OutcomeNoTimeFrame or DraftCheckKind.OutcomeNotMeasurable or DraftCheckKind.OtherChildsName or DraftCheckKind.PronounsChange);
    }

    [Fact]
    public void TheShippedList_HasEveryNewList()
    {
        var words = ProvisionWording.Default;

        Assert.All(
            new[] { words.PreparingForAdulthood, words.OutcomeTimeFrames, words.OutcomeMeasures, words.NotNames, words.OtherPeople, words.Titles, words.ChildSlotAfter, words.ChildSlotBefore },
            list => Assert.NotEmpty(list));
    }
}
