using EhcpQa.Domain.Tests.Frameworks.Forms;

namespace EhcpQa.Domain.Tests.Grades.OnForms;

/// <summary>A grade the grader chooses on the form's own scale: the bands suggest one, and departing from it needs a reason.</summary>
public class PartGradeOverride
{
    private readonly Domain.Frameworks.FrameworkVersion _version = FormGradings.Publish(FormGradings.Chosen());

    [Fact]
    public void TheSuggestedGrade_IsTakenWithoutAReason()
    {
        var grading = FormGradings.Start(_version);

        // 4 of 5 and yes (1 of 1): 5 of 6 points, 83.3 %, which the bands put at 4 Good.
        var part = grading.Judge(_version, "A", Forms.Answers(("A1", "4"), ("A2", "yes")), grade: "4");

        Assert.Equal(("4", "4"), (part.SuggestedGrade, part.Grade));
        Assert.False(part.IsOverridden);
    }

    [Fact]
    public void AnotherGrade_WithoutAReason_IsRefusedNamingBothGrades()
    {
        var grading = FormGradings.Start(_version);

        var refused = Assert.Throws<DomainRuleException>(() => grading.Judge(_version, "A", Forms.Answers(("A1", "4"), ("A2", "yes")), grade: "5"));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("OverrideReason", "Explain why you have graded excellent when the answers suggest good"), (problem.Field, problem.Message));
    }

    [Fact]
    public void AnotherGrade_WithAReason_IsKeptWithTheReason()
    {
        var grading = FormGradings.Start(_version);

        var part = grading.Judge(_version, "A", Forms.Answers(("A1", "4"), ("A2", "yes")), grade: "5", overrideReason: "Exceptional co-production");

        Assert.Equal(("5", "4", "Exceptional co-production"), (part.Grade, part.SuggestedGrade, part.OverrideReason));
    }

    [Fact]
    public void AGradeNotOnTheScale_IsRefused()
    {
        var grading = FormGradings.Start(_version);

        var refused = Assert.Throws<DomainRuleException>(() => grading.Judge(_version, "A", Forms.Answers(("A1", "4"), ("A2", "yes")), grade: "6"));

        Assert.Equal(("Grade", "Select a grade"), (Assert.Single(refused.Problems).Field, refused.Problems[0].Message));
    }
}
