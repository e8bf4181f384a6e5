using EhcpQa.Domain.Families;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Families;

/// <summary>A survey form (two ratings and a comment), an issued plan, and links made from them, for the family survey tests.</summary>
internal static class Surveys
{
    public const string Token = "a-secret-token-of-the-link";

    public static readonly DateTimeOffset Now = PlanData.Now;

    public static AnswerScale Rating { get; } = new("agree-1-5", AnswerKind.Rating,
        [new("1", "Not at all", 1), new("2", "A little", 2), new("3", "Partly", 3), new("4", "Mostly", 4), new("5", "Very much", 5)]);

    public static FrameworkForm Form { get; } = new(
        "family-survey", "Your views", "Survey, version 1", "For the tests", AssessedDocument.FamilySurvey, NotApplicableRule.RemovesItem,
        [Rating, new AnswerScale("comment", AnswerKind.Text, [])],
        null,
        [],
        [
            new FormSection("plan", "Your child's plan", [], [new("clear", "The plan is clear.", "agree-1-5"), new("comment", "Anything else?", "comment")]),
            new FormSection("whole", "Overall", [], [new("difference", "The plan will make a difference.", "agree-1-5")]),
        ],
        GradeRule.NoGrade,
        null);

    /// <summary>A plan issued with its text brought in, its child born on <paramref name="bornOn"/> (by default 9 years before today).</summary>
    public static Plan IssuedPlan(DateOnly? bornOn = null)
    {
        var plan = PlanData.Register(PlanData.Details() with { DateOfBirth = bornOn ?? PlanData.Today.AddYears(-9) }, PlanStage.Final);
        plan.BringInIssuedText(new Dictionary<SectionCode, string> { [SectionCode.A] = "About me." }, null, "qa-lead", Now);
        return plan;
    }

    public static SurveyInvitation Link(Plan? plan = null, SurveyRespondent respondent = SurveyRespondent.ParentOrCarer, int validDays = 28, IEnumerable<SurveyInvitation>? earlier = null, string token = Token) =>
        SurveyInvitation.Create(plan ?? IssuedPlan(), SurveyOccasion.PlanIssued, respondent, 7, SurveyInvitation.HashOf(token), validDays, earlier ?? [], "caseworker-1", Now);

    public static Dictionary<string, string?> Answers(string? clear = null, string? comment = null, string? difference = null) => new()
    {
        ["plan.clear"] = clear,
        ["plan.comment"] = comment,
        ["whole.difference"] = difference,
    };
}
