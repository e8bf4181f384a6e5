using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>Starts gradings and judges their sections, so a test spells out only what it is about.</summary>
internal static class Gradings
{
    public const string Grader = "manager-1";

    public const string OverrideReason = "The grader weighed the plan as a whole";

    /// <summary>
    /// A published framework version with sections worth grading: B has five required descriptors, C two
    /// required and two "if applicable", the plan overall three required; every other section one required.
    /// </summary>
    public static FrameworkVersion Framework() =>
        FrameworkBuilder.Complete()
            .WithDescriptorsIn(SectionCode.B, required: 5)
            .WithDescriptorsIn(SectionCode.C, required: 2, ifApplicable: 2)
            .WithDescriptorsIn(SectionCode.Overall, required: 3)
            .BuildPublished();

    public const string PanelRationale = "Agreed by the panel after discussion";

    /// <summary>An agreed panel grade needs a rationale for every section; other gradings are judged without one.</summary>
    public static string? RationaleFor(Grading grading) => grading.Purpose == GradingPurpose.PanelAgreement ? PanelRationale : null;

    /// <summary>A sign-off grading of an unsaved plan version, started at <see cref="PlanData.Now"/>.</summary>
    public static Grading Start(FrameworkVersion framework, GradingPurpose purpose = GradingPurpose.SignOff, string graderId = Grader) =>
        Grading.Start(0, 0, purpose, graderId, framework, PlanData.Now, purpose.IsModeration() ? 1 : null);

    /// <summary>Judges a section at the grade its answers suggest, with no commentary.</summary>
    public static SectionJudgement JudgeAsSuggested(
        this Grading grading,
        FrameworkVersion framework,
        SectionCode section,
        IReadOnlyDictionary<int, DescriptorAnswer> answers,
        DateTimeOffset? at = null) =>
        grading.Judge(framework, section, answers, grading.SuggestionFor(framework, section, answers), new SectionCommentary(Rationale: RationaleFor(grading)), at ?? PlanData.Now);

    /// <summary>Judges every section A to K (not the plan overall) at the suggested grade, all descriptors met.</summary>
    public static Grading JudgeSectionsAllYes(this Grading grading, FrameworkVersion framework, DateTimeOffset? at = null)
    {
        foreach (var section in PlanSections.Statutory)
        {
            grading.JudgeAsSuggested(framework, section.Code, Answers.AllYes(framework, section.Code), at);
        }

        return grading;
    }

    /// <summary>
    /// Judges every section and the plan overall so that the overall grade is <paramref name="overall"/>,
    /// each at the grade its answers suggest: for Good every descriptor met; for Requires improvement one
    /// section with no descriptor met (Inadequate) capping the plan; for Inadequate three such sections;
    /// for Outstanding every descriptor met and the overall raised with a reason.
    /// </summary>
    public static Grading GradeTo(this Grading grading, FrameworkVersion framework, Grade overall, DateTimeOffset? at = null)
    {
        var inadequateSections = overall == Grade.Inadequate ? GradeSuggestion.InadequateSectionsForInadequatePlan
            : overall == Grade.RequiresImprovement ? 1
            : 0;
        foreach (var (section, index) in PlanSections.Statutory.Select((s, i) => (s.Code, i)))
        {
            var answers = index < inadequateSections ? Answers.AllNo(framework, section) : Answers.AllYes(framework, section);
            grading.JudgeAsSuggested(framework, section, answers, at);
        }

        var overallAnswers = Answers.AllYes(framework, SectionCode.Overall);
        var reason = overall == grading.SuggestionFor(framework, SectionCode.Overall, overallAnswers) ? null : OverrideReason;
        grading.Judge(framework, SectionCode.Overall, overallAnswers, overall, new SectionCommentary(Rationale: RationaleFor(grading), OverrideReason: reason), at ?? PlanData.Now);
        return grading;
    }

    /// <summary>Grades as <see cref="GradeTo"/> does, then submits.</summary>
    public static Grading GradeAndSubmit(this Grading grading, FrameworkVersion framework, Grade overall, DateTimeOffset? at = null)
    {
        grading.GradeTo(framework, overall, at);
        grading.Submit(framework, at ?? PlanData.Now);
        return grading;
    }
}
