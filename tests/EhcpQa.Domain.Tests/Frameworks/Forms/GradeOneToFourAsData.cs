using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

/// <summary>The 1–4 scheme written as a form suggests exactly what <see cref="GradeSuggestion"/> suggests.</summary>
public class GradeOneToFourAsData
{
    private static readonly FrameworkVersion Version = FrameworkBuilder.Complete()
        .WithDescriptorsIn(SectionCode.B, required: 4, ifApplicable: 2)
        .WithDescriptorsIn(SectionCode.Overall, required: 3, ifApplicable: 1)
        .BuildPublished();

    private static readonly FrameworkForm Form = GradeOneToFourForm.Of(Version);

    [Fact]
    public void TheForm_KeepsTheRules()
    {
        Assert.Empty(Form.Problems());
    }

    [Fact]
    public void TheForm_HasEverySectionOfTheVersion_WithTheOverallSectionAsItsOverallPart()
    {
        Assert.Equal(PlanSections.Statutory.Select(s => s.Code.ToString()), Form.Sections.Select(s => s.Code));
        Assert.Equal(4, Form.Overall!.Part.Items.Count);
        Assert.Equal(GradeOneToFourForm.YesNoNotApplicable, Form.Overall.Part.Items[3].Answers);
        Assert.Equal("2", Form.GradeScale!.PassBar);
    }

    [Fact]
    public void EverySectionSuggestion_MatchesTheCodedRule()
    {
        var random = new Random(7);
        var section = Version.Section(SectionCode.B);
        var part = Form.Section("B")!;
        for (var trial = 0; trial < 500; trial++)
        {
            var answers = section.Descriptors.ToDictionary(
                d => d.Number,
                d => d.AllowsNotApplicable ? (DescriptorAnswer)random.Next(1, 4) : (DescriptorAnswer)random.Next(1, 3));

            var expected = GradeSuggestion.ForSection(answers.Values.ToList());
            var band = Form.ScorePart(part, AsForm(answers), Form.SectionGrades).Band;

            Assert.Equal(expected.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), band);
        }
    }

    [Fact]
    public void EveryPlanSuggestion_MatchesTheCodedRule()
    {
        var random = new Random(11);
        var overall = Version.Section(SectionCode.Overall);
        for (var trial = 0; trial < 1000; trial++)
        {
            var overallAnswers = overall.Descriptors.ToDictionary(
                d => d.Number,
                d => d.AllowsNotApplicable ? (DescriptorAnswer)random.Next(1, 4) : (DescriptorAnswer)random.Next(1, 3));
            var sectionGrades = Enumerable.Range(0, random.Next(0, 13)).Select(_ => Grade.All[random.Next(0, 4)]).ToList();

            var expected = GradeSuggestion.ForPlan(overallAnswers.Values.ToList(), sectionGrades);
            var score = Form.Score(new Dictionary<string, IReadOnlyDictionary<string, string>> { [OverallPart.Code] = AsForm(overallAnswers) });
            var suggested = Form.SuggestedOverallGrade(score, sectionGrades.Select(g => g.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());

            Assert.Equal(expected.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), suggested);
        }
    }

    private static Dictionary<string, string> AsForm(Dictionary<int, DescriptorAnswer> answers) =>
        answers.ToDictionary(
            a => a.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
            a => a.Value switch
            {
                DescriptorAnswer.Yes => "yes",
                DescriptorAnswer.No => "no",
                _ => "na",
            });
}
