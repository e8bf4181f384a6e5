using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

/// <summary>A grade scale's grades are renamed and described, its pass bar moved and its best end chosen; their values stay.</summary>
public class GradeScaleEditing
{
    private static readonly FrameworkForm Form = Forms.Form([Forms.Section("A", Forms.Item("1", "levels"))], Forms.OneToFour);

    [Fact]
    public void TheGrades_KeepTheirValues_AndTakeTheirNewNamesAndDescriptors()
    {
        var changed = Form.WithGrades(
            [("Excellent", [" Everything is in the child's words ", " "]), ("Good", []), ("Fair", []), ("Poor", [])],
            "3",
            bestFirst: true);

        Assert.Equal(Form.GradeScale!.Grades.Select(g => g.Value), changed.GradeScale!.Grades.Select(g => g.Value));
        Assert.Equal(["Excellent", "Good", "Fair", "Poor"], changed.GradeScale.Grades.Select(g => g.Name));
        Assert.Equal(["Everything is in the child's words"], changed.GradeScale.Grades[0].Descriptors);
        Assert.Equal("3", changed.GradeScale.PassBar);
    }

    [Fact]
    public void AFormOfPointsOnly_HasNoGradesToChange()
    {
        var pointsOnly = Form with { GradeScale = null };

        Assert.Throws<DomainRuleException>(() => pointsOnly.WithGrades([], "1", bestFirst: true));
    }

    [Fact]
    public void ThePassBar_MustBeOneOfTheGrades()
    {
        var changed = Form.WithGrades(Form.GradeScale!.Grades.Select(g => (g.Name, g.Descriptors)).ToList(), "7", bestFirst: true);

        Assert.Contains(changed.Problems(), p => p.Field == "gradeScale.passBar");
    }
}
