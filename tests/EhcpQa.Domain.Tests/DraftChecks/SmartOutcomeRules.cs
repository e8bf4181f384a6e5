using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;
using static EhcpQa.Domain.Tests.DraftChecks.Drafts;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>An outcome in E with no time frame, or with nothing that could be measured, is flagged; headings are not outcomes, and a time-frame heading gives its time frame to the outcomes listed under it.</summary>
public class SmartOutcomeRules
{
    private static readonly DraftChecker Checker = new(ProvisionWording.Default);

    private static List<(DraftCheckKind Kind, string Words)> OutcomeFlags(string sectionE) =>
        Checker.Check(Draft((SectionCode.E, sectionE)))
            .Where(w => w.Kind is DraftCheckKind.OutcomeNoTimeFrame or DraftCheckKind.OutcomeNotMeasurable)
            .Select(w => (w.Kind, w.Words))
            .ToList();

    [Theory]
    [InlineData("Sam will read 100 high-frequency words accurately.")]
    [InlineData("Sam will write three sentences without adult support.")]
    [InlineData("Aisha will ask for help at least twice a day.")]
    public void AnOutcomeWithNoTimeFrame_IsFlagged(string outcome)
    {
        var flag = Assert.Single(OutcomeFlags(outcome));
        Assert.Equal((DraftCheckKind.OutcomeNoTimeFrame, outcome), flag);
    }

    [Theory]
    [InlineData("By the end of Key Stage 2, Sam will read 100 words accurately.")]
    [InlineData("By July 2027, Sam will count to 20 independently.")]
    [InlineData("By the end of Year 6, Sam will count to 20 independently.")]
    [InlineData("Within 12 months, Sam will count to 20 independently.")]
    [InlineData("By age 16, Sam will travel on the bus independently.")]
    [InlineData("In the next 6 months, Sam will count to 20 independently.")]
    [InlineData("Over the next year, Sam will count to 20 independently.")]
    [InlineData("By the time she leaves primary school, Aisha will count to 20 independently.")]
    [InlineData("By the next annual review, Sam will count to 20 independently.")]
    [InlineData("By 31 March 2027, Sam will count to 20 independently.")]
    public void AnOutcomeWithATimeFrameAndAMeasure_IsNotFlagged(string outcome)
    {
        Assert.Empty(OutcomeFlags(outcome));
    }

    [Theory]
    [InlineData("By the end of Year 6, Sam will improve his confidence.")]
    [InlineData("By July 2027, Aisha will be happy.")]
    [InlineData("By the end of Key Stage 2, Sam will make progress in reading.")]
    [InlineData("Within 12 months, Aisha will develop her skills.")]
    public void AVagueAspiration_IsNotMeasurable_ThoughItHasATimeFrame(string outcome)
    {
        var flag = Assert.Single(OutcomeFlags(outcome));
        Assert.Equal((DraftCheckKind.OutcomeNotMeasurable, outcome), flag);
    }

    [Fact]
    public void TheNumbersOfTheTimeFrame_AreNotAMeasure()
    {
        Assert.False(Checker.IsMeasurable("By the end of Year 6, Sam will improve his confidence."));
        Assert.False(Checker.IsMeasurable("By 31 July 2027, Sam will improve his confidence."));
        Assert.False(Checker.IsMeasurable("By the end of the autumn term 2026, Sam will improve his confidence."));
        Assert.True(Checker.IsMeasurable("By the end of Year 6, Sam will read 6 books."));
        Assert.False(Checker.IsMeasurable("Sam will work with 1:1 support to improve his reading."));
    }

    [Fact]
    public void AnOutcomeWithNeither_IsFlaggedForBoth()
    {
        Assert.Equal(
            [(DraftCheckKind.OutcomeNoTimeFrame, "Sam will make progress."), (DraftCheckKind.OutcomeNotMeasurable, "Sam will make progress.")],
            OutcomeFlags("Sam will make progress."));
    }

    [Fact]
    public void OutcomesListedUnderATimeFrameHeading_HaveItsTimeFrame_UntilTheNextAreaHeading()
    {
        var text = """
            Communication and interaction
            By the end of Year 6:
            - Sam will use 10 new words in class each week.
            - Sam will answer who and where questions accurately.
            Cognition and learning
            - Sam will count to 20 independently.
            """;

        Assert.Equal([(DraftCheckKind.OutcomeNoTimeFrame, "Sam will count to 20 independently.")], OutcomeFlags(text));
    }

    [Fact]
    public void AHeadingEndingInWill_GivesItsTimeFrameToTheBulletsUnderIt()
    {
        var text = "By the end of Key Stage 2, Sam will:\n- read 100 high-frequency words accurately\n- write his name independently\n- feel happier";

        Assert.Equal([(DraftCheckKind.OutcomeNotMeasurable, "feel happier")], OutcomeFlags(text));
    }

    [Theory]
    [InlineData("Social, emotional and mental health")]
    [InlineData("By the end of Key Stage 2")]
    [InlineData("Long-term outcomes")]
    [InlineData("No needs or provision were identified in this section.")]
    [InlineData("Text of section E.")]
    public void HeadingsAndStatementsThatAreNotOutcomes_AreNotFlagged(string line)
    {
        Assert.Empty(OutcomeFlags(line));
    }

    [Fact]
    public void OutcomesAreReadInSectionE_Only()
    {
        Assert.DoesNotContain(
            Checker.Check(Draft((SectionCode.A, "Sam will make progress."), (SectionCode.B, "Sam will make progress."))),
            w => w.Kind is DraftCheckKind.OutcomeNoTimeFrame or DraftCheckKind.OutcomeNotMeasurable);
    }

    [Fact]
    public void TheWordsAreData_ATimeFrameOrMeasureAddedToTheListIsRead()
    {
        const string outcome = "By Whitsun, Sam will share a toy with a friend fairly.";
        var words = ProvisionWording.Default with
        {
            OutcomeTimeFrames = [.. ProvisionWording.Default.OutcomeTimeFrames, "by whitsun"],
            OutcomeMeasures = [.. ProvisionWording.Default.OutcomeMeasures, "fairly"],
        };

        Assert.False(Checker.HasTimeFrame(outcome));
        Assert.False(Checker.IsMeasurable(outcome));
        Assert.True(new DraftChecker(words).HasTimeFrame(outcome));
        Assert.True(new DraftChecker(words).IsMeasurable(outcome));
    }
}
