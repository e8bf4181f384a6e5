using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

/// <summary>
/// A grade scale is given afresh on a page: grades renamed, described, added and removed, the pass bar moved and
/// the best end chosen; a grade that bands or caps name stays until they change, and a form that grades keeps grades.
/// </summary>
public class GradeScaleEditing
{
    private static readonly FrameworkForm Form = Forms.Form([Forms.Section("A", Forms.Item("1", "levels"))], Forms.OneToFour, new GradeRule(GradeMode.Chosen, []));

    [Fact]
    public void TheGrades_TakeTheirNewNamesAndDescriptors_Trimmed()
    {
        var changed = Form.WithGradeScale(
            [new("1", " Excellent ", [" Everything is in the child's words ", " "]), new("2", "Good", []), new("3", "Fair", []), new("4", "Poor", [])],
            "3",
            bestFirst: true);

        Assert.Equal(["1", "2", "3", "4"], changed.GradeScale!.Grades.Select(g => g.Value));
        Assert.Equal(["Excellent", "Good", "Fair", "Poor"], changed.GradeScale.Grades.Select(g => g.Name));
        Assert.Equal(["Everything is in the child's words"], changed.GradeScale.Grades[0].Descriptors);
        Assert.Equal("3", changed.GradeScale.PassBar);
        Assert.Empty(changed.Problems());
    }

    [Fact]
    public void AGrade_IsAddedAndAnotherRemoved_WhenNothingNamesThem()
    {
        var changed = Form.WithGradeScale([.. Form.GradeScale!.Grades.Take(3), new("5", "Not yet assessable", [])], "2", bestFirst: true);

        Assert.Equal(["1", "2", "3", "5"], changed.GradeScale!.Grades.Select(g => g.Value));
        Assert.Empty(changed.Problems());
    }

    [Fact]
    public void AGradeThatBandsName_CannotBeRemoved()
    {
        var banded = Form with { SectionGrades = new GradeRule(GradeMode.Banded, [new("1", 80m), new("4", 0m)]) };

        var refused = Assert.Throws<DomainRuleException>(() => banded.WithGradeScale(banded.GradeScale!.Grades.Take(3).ToList(), "2", bestFirst: true));

        Assert.Contains("grade 4", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFormOfPointsOnly_GainsAGradeScale()
    {
        var pointsOnly = Form with { GradeScale = null, SectionGrades = GradeRule.NoGrade };

        var changed = pointsOnly.WithGradeScale([new("A", "Met", []), new("B", "Not met", [])], "A", bestFirst: true);

        Assert.Equal("A", changed.GradeScale!.PassBar);
        Assert.Empty(changed.Problems());
    }

    [Fact]
    public void EveryGradeRemoved_LeavesPointsOnly_UnlessSomethingIsGraded()
    {
        var ungraded = Form with { SectionGrades = GradeRule.NoGrade };

        Assert.Null(ungraded.WithGradeScale([], string.Empty, bestFirst: true).GradeScale);
        Assert.Throws<DomainRuleException>(() => Form.WithGradeScale([], string.Empty, bestFirst: true));
    }

    [Fact]
    public void ThePassBar_MustBeOneOfTheGrades()
    {
        var changed = Form.WithGradeScale(Form.GradeScale!.Grades, "7", bestFirst: true);

        Assert.Contains(changed.Problems(), p => p.Field == "gradeScale.passBar");
    }
}
