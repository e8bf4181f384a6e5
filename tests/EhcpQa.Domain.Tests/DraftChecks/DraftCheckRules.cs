using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>Each rule of the draft checker, with a draft that breaks it and one that does not.</summary>
public class DraftCheckRules
{
    private static readonly DraftChecker Checker = new(ProvisionWording.Default);

    private static Dictionary<SectionCode, string> Draft(params (SectionCode Code, string Text)[] sections)
    {
        var draft = PlanSections.Statutory.ToDictionary(s => s.Code, s => s.Code == SectionCode.I ? string.Empty : "No needs or provision were identified in this section.");
        foreach (var (code, text) in sections)
        {
            draft[code] = text;
        }

        return draft;
    }

    [Fact]
    public void AVagueWordInSectionF_IsFlaggedWithItsExactWordsAndWhy()
    {
        var warnings = Checker.Check(Draft((SectionCode.F, "A teaching assistant will give Sam support as needed for 20 minutes daily.")));

        var vague = Assert.Single(warnings);
        Assert.Equal((SectionCode.F, DraftCheckKind.VagueProvision, "as needed"), (vague.Section, vague.Kind, vague.Words));
        Assert.Contains("how much nor how often", vague.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SpecificProvision_InEveryProvisionSection_RaisesNothing()
    {
        const string specific = "A speech and language therapist will deliver 3 sessions of 30 minutes per week.";
        Assert.Empty(Checker.Check(Draft((SectionCode.F, specific), (SectionCode.G, specific), (SectionCode.H1, specific), (SectionCode.H2, specific))));
    }

    [Theory]
    [InlineData("A teaching assistant will support Sam with his reading.", DraftCheckKind.NoAmountOrFrequency)]
    [InlineData("Sam will have 3 hours of reading support each week.", DraftCheckKind.NoOneNamed)]
    public void ProvisionWithoutAnAmountOrSomeoneToDeliverIt_IsFlagged(string statement, DraftCheckKind expected)
    {
        var warning = Assert.Single(Checker.Check(Draft((SectionCode.F, statement))));
        Assert.Equal((expected, statement), (warning.Kind, warning.Words));
    }

    [Fact]
    public void HeadingsAndBullets_AreReadAsTheyAre_NotAsStatements()
    {
        var text = "Communication and interaction\n- A TA will deliver the Talk Boost programme for 30 minutes 3 times a week.\n1. The teacher will check Sam's understanding in each lesson.";

        Assert.Equal(
            ["A TA will deliver the Talk Boost programme for 30 minutes 3 times a week.", "The teacher will check Sam's understanding in each lesson."],
            DraftChecker.Statements(text));
        Assert.Empty(Checker.Check(Draft((SectionCode.F, text))));
    }

    [Theory]
    [InlineData(SectionCode.C, true)]
    [InlineData(SectionCode.D, true)]
    [InlineData(SectionCode.G, true)]
    [InlineData(SectionCode.H1, true)]
    [InlineData(SectionCode.H2, true)]
    [InlineData(SectionCode.K, false)]
    public void AnEmptySectionTheLawWantsAStatementIn_IsFlagged(SectionCode section, bool flagged)
    {
        var warnings = Checker.Check(Draft((section, "  ")));
        Assert.Equal(flagged, warnings.Any(w => w.Section == section && w.Kind == DraftCheckKind.StatementMissing));
    }

    [Fact]
    public void SectionIFilledInAtDraftStage_IsFlagged_AndBlankIsNot()
    {
        Assert.Contains(Checker.Check(Draft((SectionCode.I, "Oakfield Primary School"))), w => w.Kind == DraftCheckKind.PlacementInDraft);
        Assert.DoesNotContain(Checker.Check(Draft()), w => w.Kind == DraftCheckKind.PlacementInDraft);
    }

    [Theory]
    [InlineData("[Name] enjoys music.", "[Name]")]
    [InlineData("{{ child.first_name }} enjoys music.", "{{ child.first_name }}")]
    [InlineData("XX enjoys music.", "XX")]
    public void ATemplatePlaceholderLeftIn_IsFlaggedWhereverItIs(string text, string placeholder)
    {
        var warning = Assert.Single(Checker.Check(Draft((SectionCode.A, text))));
        Assert.Equal((DraftCheckKind.PlaceholderLeft, placeholder), (warning.Kind, warning.Words));
    }

    [Fact]
    public void TheMonthOfMay_IsNotAHedge()
    {
        Assert.True(Checker.IsSpecific("A careers adviser will meet Sam once in May 2027 and twice a year after that."));
        Assert.False(Checker.IsSpecific("A careers adviser may meet Sam twice a year."));
    }

    [Fact]
    public void TheWordsAreData_AWordAddedToTheListIsFlagged()
    {
        var words = ProvisionWording.Default with { VagueTerms = [.. ProvisionWording.Default.VagueTerms, new VagueTerm("flexible", "leaves the amount open")] };
        var statement = "A TA will provide flexible support for 2 hours a week.";

        Assert.True(new DraftChecker(ProvisionWording.Default).IsSpecific(statement));
        Assert.False(new DraftChecker(words).IsSpecific(statement));
    }
}
