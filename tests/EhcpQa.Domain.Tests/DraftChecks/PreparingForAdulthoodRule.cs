using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Tests.TestData;
using static EhcpQa.Domain.Tests.DraftChecks.Drafts;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>From Year 9 the outcomes (E) and the provision (F) must include preparing for adulthood; before Year 9, or with no year group, they need not.</summary>
public class PreparingForAdulthoodRule
{
    private static readonly DraftChecker Checker = new(ProvisionWording.Default);

    private const string OutcomesWithoutAdulthood = "By the end of Year 10, Jay will read 200 key words accurately.";
    private const string ProvisionWithoutAdulthood = "A teaching assistant will deliver a reading programme for 20 minutes daily.";

    [Theory]
    [InlineData(9, true)]
    [InlineData(11, true)]
    [InlineData(13, true)]
    [InlineData(8, false)]
    [InlineData(6, false)]
    [InlineData(null, false)]
    public void OutcomesAndProvisionWithNothingOnAdulthood_AreFlaggedFromYear9(int? yearGroup, bool flagged)
    {
        var warnings = Checker.Check(Draft((SectionCode.E, OutcomesWithoutAdulthood), (SectionCode.F, ProvisionWithoutAdulthood)), new DraftContext(yearGroup, "J"));

        var missing = warnings.Where(w => w.Kind == DraftCheckKind.PreparingForAdulthoodMissing).Select(w => w.Section).ToList();
        Assert.Equal(flagged ? [SectionCode.E, SectionCode.F] : [], missing);
    }

    [Fact]
    public void TheReason_NamesTheFourAreas()
    {
        var warning = Assert.Single(Checker.CheckSection(SectionCode.E, OutcomesWithoutAdulthood, new DraftContext(9, null)), w => w.Kind == DraftCheckKind.PreparingForAdulthoodMissing);
        Assert.Equal(
            "from Year 9 the outcomes must include preparing for adulthood: employment, independent living, community participation and good health",
            warning.Reason);
    }

    [Theory]
    [InlineData("By the end of Year 11, Jay will complete a week of work experience at a local garage.")]
    [InlineData("By the age of 17, Jay will travel to college independently on the bus.")]
    [InlineData("Within 12 months, Jay will join a community club and attend it once a week.")]
    [InlineData("By the end of Year 10, Jay will book his own health appointments with one prompt.")]
    [InlineData("Preparing for adulthood: by July 2027 Jay will make a cup of tea independently.")]
    [InlineData("By the end of Year 11, Jay will visit 2 colleges to plan his transition post-16.")]
    public void OutcomesInAnyOfTheFourAreas_AreNotFlagged(string outcome)
    {
        Assert.DoesNotContain(Checker.CheckSection(SectionCode.E, outcome, new DraftContext(10, "J")), w => w.Kind == DraftCheckKind.PreparingForAdulthoodMissing);
    }

    [Fact]
    public void ProvisionForAdulthood_IsNotFlagged_WhileOutcomesWithoutAreStill()
    {
        var warnings = Checker.Check(
            Draft((SectionCode.E, OutcomesWithoutAdulthood), (SectionCode.F, "A job coach will deliver travel training for 1 hour each week.")),
            new DraftContext(12, "J"));

        Assert.Equal([SectionCode.E], warnings.Where(w => w.Kind == DraftCheckKind.PreparingForAdulthoodMissing).Select(w => w.Section));
    }

    [Fact]
    public void WithoutAYearGroup_TheDefaultDraftRaisesNothingNew()
    {
        Assert.Empty(Checker.Check(Draft()));
        Assert.Empty(Checker.Check(Draft(), new DraftContext(null, "S")));
        Assert.Equal(2, Checker.Check(Draft(), new DraftContext(9, "S")).Count(w => w.Kind == DraftCheckKind.PreparingForAdulthoodMissing));
    }

    [Fact]
    public void TheWordsAreData_AWordAddedToTheListIsRead()
    {
        var outcome = "By the end of Year 10, Jay will cook a meal for 4 people with one prompt.";
        var words = ProvisionWording.Default with { PreparingForAdulthood = [.. ProvisionWording.Default.PreparingForAdulthood, "meal"] };
        var context = new DraftContext(10, "J");

        Assert.Contains(new DraftChecker(ProvisionWording.Default with { PreparingForAdulthood = ["employment"] }).CheckSection(SectionCode.E, outcome, context), w => w.Kind == DraftCheckKind.PreparingForAdulthoodMissing);
        Assert.DoesNotContain(new DraftChecker(words).CheckSection(SectionCode.E, outcome, context), w => w.Kind == DraftCheckKind.PreparingForAdulthoodMissing);
    }

    [Fact]
    public void TheContext_OfAPlan_IsItsYearGroupOnTheDay_AndItsInitials()
    {
        var plan = PlanData.Register(PlanData.Details() with { DateOfBirth = new DateOnly(2011, 10, 1) });

        Assert.Equal(new DraftContext(9, "JS"), DraftContext.Of(plan, new DateOnly(2025, 11, 1)));
        Assert.Equal(new DraftContext(8, "JS"), DraftContext.Of(plan, new DateOnly(2025, 8, 31)));
    }
}
