using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

/// <summary>Which forms the 1–4 grading pages can grade, and why the others cannot.</summary>
public class OneToFourFit
{
    private static readonly FrameworkForm OneToFour = GradeOneToFourForm.Of(FrameworkBuilder.Complete().BuildPublished());

    [Fact]
    public void TheFormOfAOneToFourVersion_Fits()
    {
        Assert.Empty(GradeOneToFourForm.Misfits(OneToFour));
    }

    public static TheoryData<string, string> Changes => new()
    {
        { "advice", "assesses something other than a plan" },
        { "full points", "N/A awards full points" },
        { "scale", "not only Yes / No" },
        { "grades", "1 Outstanding to 4 Inadequate" },
        { "sections", "sections A to K" },
        { "rating", "plan overall" },
        { "banded", "sections are not graded by the grader" },
        { "guidance", "guidance" },
        { "numbering", "numbered 1, 2, 3" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void AFormThatDiffers_DoesNotFit_AndSaysWhy(string change, string reason)
    {
        var section = OneToFour.Sections[1];
        var form = change switch
        {
            "advice" => OneToFour with { Assesses = AssessedDocument.Advice },
            "full points" => OneToFour with { NotApplicable = NotApplicableRule.AwardsFullPoints },
            "scale" => OneToFour with { AnswerScales = [OneToFour.AnswerScales[0], Forms.Levels] },
            "grades" => OneToFour with { GradeScale = OneToFour.GradeScale! with { PassBar = "3" } },
            "sections" => OneToFour with { Sections = OneToFour.Sections.Skip(1).ToList() },
            "rating" => OneToFour with { Overall = OneToFour.Overall! with { Rating = new OverallRating("As a whole?", "yes-no") } },
            "banded" => OneToFour with { SectionGrades = OneToFour.SectionGrades with { Mode = GradeMode.Banded } },
            "guidance" => OneToFour with { Sections = [.. OneToFour.Sections.Select(s => s == section ? s with { Items = [s.Items[0] with { Guidance = "Look for…" }] } : s)] },
            _ => OneToFour with { Sections = [.. OneToFour.Sections.Select(s => s == section ? s with { Items = [s.Items[0] with { Code = "2" }] } : s)] },
        };

        var misfits = GradeOneToFourForm.Misfits(form);

        Assert.Contains(misfits, m => m.Contains(reason, StringComparison.Ordinal));
    }
}
