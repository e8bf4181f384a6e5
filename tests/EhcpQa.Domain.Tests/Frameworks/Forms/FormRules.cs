using EhcpQa.Domain.Frameworks.Forms;
using static EhcpQa.Domain.Tests.Frameworks.Forms.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

/// <summary>Every way a form breaks the rules is reported with its place in the form.</summary>
public class FormRules
{
    private static readonly FormSection A = Section("A", Item("1", "levels"), Item("2", "yes-no"));

    private static List<string> PlacesOf(FrameworkForm form) => form.Problems().Select(p => p.Field).ToList();

    [Fact]
    public void AWellFormedForm_HasNoProblems()
    {
        Assert.Empty(Form([A], OneToFour, new GradeRule(GradeMode.Banded, [new("1", 85m), new("2", 65m), new("4", 0m)])).Problems());
    }

    [Fact]
    public void AnItemOnAScaleNotInTheFile_IsPlacedAtItsAnswers()
    {
        var form = Form([A, Section("B", Item("1", "yes-no"), Item("2", "stars"))]);

        var problem = Assert.Single(form.Problems());
        Assert.Equal("sections[1].items[1].answers", problem.Field);
        Assert.Contains("\"stars\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionCodesRepeated_OrTakingTheOverallCode_AreRefused()
    {
        var form = Form([A, Section("a", Item("1", "yes-no")), Section("overall", Item("1", "yes-no"))]);

        Assert.Equal(["sections[1].code", "sections[2].code"], PlacesOf(form));
    }

    [Fact]
    public void ItemCodesRepeatedInAPart_AreRefused()
    {
        Assert.Equal(["sections[0].items[1].code"], PlacesOf(Form([Section("A", Item("1", "yes-no"), Item("1", "yes-no"))])));
    }

    [Fact]
    public void AFormWithoutSections_OrASectionWithoutItems_IsRefused()
    {
        Assert.Equal(["sections"], PlacesOf(Form([])));
        Assert.Equal(["sections[0].items"], PlacesOf(Form([Section("A")])));
    }

    [Fact]
    public void BandsThatDoNotFall_OrDoNotEndAtZero_AreRefused()
    {
        var rising = Form([A], OneToFour, new GradeRule(GradeMode.Banded, [new("1", 60m), new("2", 70m), new("4", 0m)]));
        var open = Form([A], OneToFour, new GradeRule(GradeMode.Banded, [new("1", 85m), new("2", 65m)]));

        Assert.Equal(["sectionGrades.bands[1].from"], PlacesOf(rising));
        Assert.Equal(["sectionGrades.bands[1]"], PlacesOf(open));
    }

    [Fact]
    public void BandsOutOfTheScalesOrder_OrNamingAnotherGrade_AreRefused()
    {
        var form = Form([A], OneToFour, new GradeRule(GradeMode.Banded, [new("2", 85m), new("1", 65m), new("9", 0m)]));

        Assert.Equal(["sectionGrades.bands[1].grade", "sectionGrades.bands[2].grade"], PlacesOf(form));
    }

    [Fact]
    public void GradingWithoutAGradeScale_IsRefused()
    {
        Assert.Equal(["sectionGrades.mode"], PlacesOf(Form([A], gradeScale: null, new GradeRule(GradeMode.Chosen, []))));
    }

    [Fact]
    public void BandedSectionsWithoutPoints_AreRefused()
    {
        var form = Form([Section("A", Item("1", "comment"))], OneToFour, new GradeRule(GradeMode.Banded, [new("1", 0m)]));

        Assert.Equal(["sectionGrades.mode"], PlacesOf(form));
    }

    [Fact]
    public void APassBarNotOnTheScale_IsRefused()
    {
        Assert.Equal(["gradeScale.passBar"], PlacesOf(Form([A], OneToFour with { PassBar = "Good" })));
    }

    [Fact]
    public void ARatingScaleWhoseValuesDoNotRise_IsRefused()
    {
        var form = Form([A]) with
        {
            AnswerScales = [Forms.YesNo, Forms.Levels, new("stars", AnswerKind.Rating, [new("1", "One", 1m), new("3", "Three", 3m), new("2", "Two", 2m), new("x", "Ex", 4m)])],
        };

        Assert.Equal(["answerScales[2].options[2].value", "answerScales[2].options[3].value"], PlacesOf(form));
    }

    [Fact]
    public void OptionsWithPointsMixedWithOptionsWithout_AndPointsOnNotApplicable_AreRefused()
    {
        var form = Form([A]) with
        {
            AnswerScales = [Forms.YesNo, Forms.Levels, new("mixed", AnswerKind.Choice, [new("a", "A", 1m), new("b", "B"), new("na", "N/A", 2m, NotApplicable: true)])],
        };

        Assert.Equal(["answerScales[2].options[1].points", "answerScales[2].options[2].points"], PlacesOf(form));
    }

    [Fact]
    public void CapsNamingNoCondition_OrAGradeNotOnTheScale_AreRefused()
    {
        var caps = new List<GradeCap>
        {
            new(new CapCondition(null, false, 1, null), "3"),
            new(new CapCondition("2", false, null, 0.5m), "9"),
        };
        var form = Form([A], OneToFour, overall: new OverallPart(Section(OverallPart.Code), new GradeRule(GradeMode.Chosen, [], OverallBasis.Total, caps), null));

        Assert.Equal(["overall.grade.caps[0].when", "overall.grade.caps[1].atBest"], PlacesOf(form));
    }

    [Fact]
    public void AnOverallRatingOnAFreeTextScale_IsRefused()
    {
        var form = Form([A], overall: new OverallPart(Section(OverallPart.Code), GradeRule.NoGrade, new OverallRating("How good is the plan?", "comment")));

        Assert.Equal(["overall.rating.answers"], PlacesOf(form));
    }

    [Fact]
    public void AKeyThatIsNotLowerCaseWithHyphens_IsRefused()
    {
        Assert.Equal(["framework.key"], PlacesOf(Form([A]) with { Key = "Our Audit" }));
    }
}
