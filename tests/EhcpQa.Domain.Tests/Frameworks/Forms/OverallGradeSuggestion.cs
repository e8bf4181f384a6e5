using EhcpQa.Domain.Frameworks.Forms;
using static EhcpQa.Domain.Tests.Frameworks.Forms.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

public class OverallGradeSuggestion
{
    private static readonly FormSection A = Section("A", Item("1", "rating-1-5"), Item("2", "rating-1-5"));

    private static FrameworkForm BestLastForm(GradeRule overallGrade, params FormItem[] overallItems) =>
        Form([A], PoorToExcellent, new GradeRule(GradeMode.Chosen, []), new OverallPart(Section(OverallPart.Code, overallItems), overallGrade, null));

    private static FormScore Score(FrameworkForm form, IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string>? overall = null) =>
        form.Score(new Dictionary<string, IReadOnlyDictionary<string, string>> { ["A"] = a, [OverallPart.Code] = overall ?? Answers() });

    [Fact]
    public void BandsOnTheTotal_SuggestAGradeOnABestLastScale()
    {
        var form = BestLastForm(new GradeRule(GradeMode.Chosen, [new("5", 90m), new("4", 70m), new("3", 50m), new("2", 30m), new("1", 0m)], OverallBasis.Total));

        var score = Score(form, Answers(("1", "4"), ("2", "4")));

        Assert.Equal("4", form.SuggestedOverallGrade(score, []));
    }

    [Fact]
    public void BandsOnTheOverallItems_ReadOnlyThoseItems()
    {
        var form = BestLastForm(
            new GradeRule(GradeMode.Chosen, [new("5", 100m), new("1", 0m)], OverallBasis.OverallItems),
            Item("1", "yes-no"));

        var score = Score(form, Answers(("1", "1"), ("2", "1")), Answers(("1", "yes")));

        Assert.Equal("5", form.SuggestedOverallGrade(score, []));
    }

    [Fact]
    public void ACap_HoldsTheGradeNoBetterThanItsLimit_WhenEnoughSectionsAreAtOrBelowItsGrade()
    {
        var caps = new List<GradeCap> { new(new CapCondition("2", false, 1, null), "3") };
        var form = BestLastForm(new GradeRule(GradeMode.Chosen, [new("5", 90m), new("1", 0m)], OverallBasis.Total, caps));
        var score = Score(form, Answers(("1", "5"), ("2", "5")));

        Assert.Equal("5", form.SuggestedOverallGrade(score, ["4", "3"]));
        Assert.Equal("3", form.SuggestedOverallGrade(score, ["4", "2"]));
        Assert.Equal("3", form.SuggestedOverallGrade(score, ["1"]));
    }

    [Fact]
    public void AShareCap_CountsSectionsBelowThePassBar_AgainstTheSectionsGraded()
    {
        var caps = new List<GradeCap> { new(new CapCondition(null, true, null, 0.5m), "1") };
        var form = BestLastForm(new GradeRule(GradeMode.Chosen, [new("5", 0m)], OverallBasis.Total, caps));
        var score = Score(form, Answers());

        Assert.Equal("5", form.SuggestedOverallGrade(score, ["2", "3", "4"]));
        Assert.Equal("1", form.SuggestedOverallGrade(score, ["2", "3", "4", "1"]));
    }

    [Fact]
    public void ACapNeverImprovesAGrade()
    {
        var caps = new List<GradeCap> { new(new CapCondition("3", false, 1, null), "4") };
        var form = BestLastForm(new GradeRule(GradeMode.Chosen, [new("5", 90m), new("2", 0m)], OverallBasis.Total, caps));
        var score = Score(form, Answers(("1", "1"), ("2", "1")));

        Assert.Equal("2", form.SuggestedOverallGrade(score, ["3"]));
    }

    [Fact]
    public void ChosenWithoutBandsOrCaps_SuggestsNothing()
    {
        var form = BestLastForm(new GradeRule(GradeMode.Chosen, []));

        Assert.Null(form.SuggestedOverallGrade(Score(form, Answers()), ["3"]));
    }

    [Fact]
    public void AFormWithoutAnOverallGrade_SuggestsNothing()
    {
        var form = Form([A]);

        Assert.Null(form.SuggestedOverallGrade(Score(form, Answers()), []));
    }
}
