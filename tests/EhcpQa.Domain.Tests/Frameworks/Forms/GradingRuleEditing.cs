using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

/// <summary>How sections and the whole get their grades is changed on a page; the overall part is made when first needed and goes when nothing is left in it.</summary>
public class GradingRuleEditing
{
    private static readonly FrameworkForm Form = Forms.Form([Forms.Section("A", Forms.Item("1", "levels")), Forms.Section("B", Forms.Item("1", "levels"))], Forms.OneToFour);

    [Fact]
    public void SectionsBandedAndTheWholeChosenWithACap_KeepEveryRule()
    {
        var changed = Form.WithGrading(
            new GradeRule(GradeMode.Banded, [new("1", 85m), new("2", 65m), new("3", 40m), new("4", 0m)]),
            new GradeRule(GradeMode.Chosen, [new("1", 85m), new("2", 65m, Above: true), new("4", 0m)], OverallBasis.Total, [new GradeCap(new CapCondition("4", false, 1, null), "3")]),
            new OverallRating("How would you rate the plan as a whole?", "rating-1-5"));

        Assert.Empty(changed.Problems());
        Assert.Equal(GradeMode.Banded, changed.SectionGrades.Mode);
        Assert.Equal(OverallPart.DefaultTitle, changed.Overall!.Part.Title);
        Assert.Equal("rating-1-5", changed.Overall.Rating!.Answers);
        var score = changed.Score(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["A"] = new Dictionary<string, string> { ["1"] = "2" },
            ["B"] = new Dictionary<string, string> { ["1"] = "1" },
        });
        Assert.Equal("3", changed.SuggestedOverallGrade(score, ["1", "4"]));
    }

    [Fact]
    public void NoOverallGradeNorRating_LeavesNoOverallPart_WhenItHasNoItems()
    {
        var graded = Form.WithGrading(GradeRule.NoGrade, new GradeRule(GradeMode.Chosen, []), null);

        var ungraded = graded.WithGrading(GradeRule.NoGrade, GradeRule.NoGrade, null);

        Assert.NotNull(graded.Overall);
        Assert.Null(ungraded.Overall);
    }

    [Fact]
    public void BandsOutOfOrder_OrNotEndingAtNought_BreakRules()
    {
        var changed = Form.WithGrading(new GradeRule(GradeMode.Banded, [new("2", 65m), new("1", 85m)]), GradeRule.NoGrade, null);

        var problems = changed.Problems().Select(p => p.Field).ToList();

        Assert.Contains("sectionGrades.bands[1].grade", problems);
        Assert.Contains("sectionGrades.bands[1]", problems);
    }

    [Fact]
    public void GradingWithoutAGradeScale_BreaksARule()
    {
        var pointsOnly = Form with { GradeScale = null };

        var changed = pointsOnly.WithGrading(new GradeRule(GradeMode.Chosen, []), GradeRule.NoGrade, null);

        Assert.Contains(changed.Problems(), p => p.Field == "sectionGrades.mode");
    }
}
