using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Grades;

/// <summary>
/// One person's (or one panel's agreed) judgement of one version of a plan against one framework
/// version: a <see cref="SectionJudgement"/> for each section and the plan overall. It is saved section
/// by section while in progress and fixed once submitted. Sign-off, second opinions, agreed grades and
/// moderation are all gradings, told apart by their <see cref="Purpose"/>; so is an agency's audit of a
/// piece of professional advice, whose subject is the advice (<see cref="AdviceRequestId"/>) rather than a
/// version of the plan.
/// </summary>
public sealed partial class Grading
{
    private readonly List<SectionJudgement> _judgements = [];

    private Grading()
    {
        GraderId = string.Empty;
    }

    private Grading(int planId, int? planVersionId, GradingPurpose purpose, string graderId, int frameworkVersionId, DateTimeOffset at, int? panelSessionId)
    {
        PanelSessionId = panelSessionId;
        PlanId = planId;
        PlanVersionId = planVersionId;
        Purpose = purpose;
        GraderId = graderId;
        FrameworkVersionId = frameworkVersionId;
        StartedAt = at;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>The version of the plan judged; null for an advice audit, whose subject is the advice.</summary>
    public int? PlanVersionId { get; private set; }

    /// <summary>For an advice audit, the advice judged; null for every grading of a plan.</summary>
    public int? AdviceRequestId { get; private set; }

    public GradingPurpose Purpose { get; private set; }

    /// <summary>The moderation session a moderation or agreed panel grade belongs to; null for sign-off gradings.</summary>
    public int? PanelSessionId { get; private set; }

    /// <summary>Who made the judgement (for an agreed grade, who recorded it).</summary>
    public string GraderId { get; private set; }

    /// <summary>The framework version the grading was made against; it never changes afterwards.</summary>
    public int FrameworkVersionId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>
    /// For a sign-off grading: whether a grade below the bar needs a second grader, as the sign-off policy
    /// said when the grading started (so a grading keeps the rule it was made under).
    /// </summary>
    public bool SecondOpinionBelowBar { get; private set; } = true;

    /// <summary>
    /// For a sign-off grading: whether the authority's draft-stage sample drew its draft for a second grader whatever
    /// its grade (<see cref="Plans.SignOffPolicy.DrawsForSecondGrader"/>), settled when the grading started.
    /// </summary>
    public bool DrawnForSecondGrader { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public IReadOnlyList<SectionJudgement> Judgements => _judgements;

    public Grade? OverallGrade => Judgement(SectionCode.Overall)?.Grade;

    /// <summary>
    /// Whether this grading decides its draft's sign-off: a submitted sign-off grading at least Good (reaching
    /// its form's bar, or on a form that sets none), or the grade the two graders agreed after a second
    /// opinion. A sign-off grading below the bar decides nothing
    /// until a second opinion and an agreed grade follow, unless the policy it started under needs no second grader.
    /// A sign-off grading of a draft drawn for a second grader decides nothing, whatever its grade.
    /// </summary>
    public bool DecidesSignOff => IsSubmitted && Result is not null
        && (Purpose == GradingPurpose.SignOffAgreement
            || (Purpose == GradingPurpose.SignOff && !DrawnForSecondGrader && (PassesBar != false || !SecondOpinionBelowBar)));

    public SectionJudgement? Judgement(SectionCode section) => _judgements.SingleOrDefault(j => j.Section == section);

    /// <summary>
    /// Starts a grading against a published framework version, which is locked from now on. Moderation
    /// and agreed panel grades belong to a moderation session; sign-off gradings never do.
    /// </summary>
    public static Grading Start(
        int planId,
        int planVersionId,
        GradingPurpose purpose,
        string graderId,
        FrameworkVersion framework,
        DateTimeOffset at,
        int? panelSessionId = null,
        Plans.SignOffPolicy? policy = null,
        bool drawnForSecondGrader = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(graderId);
        if (!Enum.IsDefined(purpose))
        {
            throw new DomainRuleException("Unknown purpose of grading.");
        }

        if (purpose == GradingPurpose.AdviceAudit)
        {
            throw new DomainRuleException("An advice audit is started on the advice it judges.");
        }

        if (purpose.IsModeration() != panelSessionId.HasValue)
        {
            throw new DomainRuleException(purpose.IsModeration()
                ? "A moderation grading belongs to a moderation session."
                : "Only moderation gradings belong to a moderation session.");
        }

        framework.RecordUse(at);
        return new Grading(planId, planVersionId, purpose, graderId, framework.Id, at, panelSessionId)
        {
            SecondOpinionBelowBar = (policy ?? Plans.SignOffPolicy.Default).SecondOpinionBelowBar,
            DrawnForSecondGrader = drawnForSecondGrader && purpose == GradingPurpose.SignOff,
        };
    }

    /// <summary>
    /// Starts an audit of a piece of advice received, on the authority's advice form (a framework version whose
    /// form assesses professional advice), which is locked from now on. Who may audit is the advice's rule
    /// (<see cref="Advice.AdviceRequest.StartAudit"/>).
    /// </summary>
    internal static Grading StartAdviceAudit(Advice.AdviceRequest advice, string graderId, FrameworkVersion framework, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentException.ThrowIfNullOrWhiteSpace(graderId);
        if (framework.Scheme != ScoringScheme.Form || framework.Form?.Assesses != Frameworks.Forms.AssessedDocument.Advice)
        {
            throw new DomainRuleException($"{framework.Title} is not a form for professional advice: choose the advice form the authority uses.");
        }

        framework.RecordUse(at);
        return new Grading(advice.PlanId, null, GradingPurpose.AdviceAudit, graderId, framework.Id, at, null)
        {
            AdviceRequestId = advice.Id,
        };
    }

    /// <summary>
    /// Records the judgement of one section. Every descriptor of the section must be answered, N/A only
    /// where the descriptor allows it; a grade other than the suggested one needs a reason. The plan
    /// overall can be judged once every other section has been.
    /// </summary>
    public SectionJudgement Judge(
        FrameworkVersion framework,
        SectionCode section,
        IReadOnlyDictionary<int, DescriptorAnswer> answers,
        Grade grade,
        SectionCommentary commentary,
        DateTimeOffset at)
    {
        EnsureInProgress();
        EnsureSameFramework(framework);
        DomainRuleException.ThrowIfAny(ProblemsWith(framework, section, answers, grade, commentary));

        var judgement = Judgement(section);
        if (judgement is null)
        {
            judgement = new SectionJudgement(section);
            _judgements.Add(judgement);
        }

        judgement.Record(answers, SuggestionFor(framework, section, answers), grade, commentary, at);
        if (section != SectionCode.Overall && Judgement(SectionCode.Overall) is { } overall)
        {
            // A section changed after the plan overall was judged: the overall suggestion follows it.
            overall.Resuggest(SuggestionFor(framework, SectionCode.Overall, overall.Answers.ToDictionary(a => a.DescriptorNumber, a => a.Answer)));
        }

        return judgement;
    }

    /// <summary>Every reason <see cref="Judge"/> would refuse these answers, keyed by what they concern.</summary>
    public IEnumerable<Problem> ProblemsWith(
        FrameworkVersion framework,
        SectionCode section,
        IReadOnlyDictionary<int, DescriptorAnswer> answers,
        Grade? grade,
        SectionCommentary commentary)
    {
        var frameworkSection = framework.Section(section);
        foreach (var descriptor in frameworkSection.Descriptors)
        {
            if (!answers.TryGetValue(descriptor.Number, out var answer) || !Enum.IsDefined(answer))
            {
                yield return new(JudgementFields.Descriptor(descriptor.Number), $"Answer descriptor {descriptor.Number}: yes{(descriptor.AllowsNotApplicable ? ", no or not applicable" : " or no")}");
            }
            else if (answer == DescriptorAnswer.NotApplicable && !descriptor.AllowsNotApplicable)
            {
                yield return new(JudgementFields.Descriptor(descriptor.Number), $"Descriptor {descriptor.Number} applies to every plan: answer yes or no");
            }
        }

        foreach (var number in answers.Keys.Where(n => frameworkSection.Descriptors.All(d => d.Number != n)))
        {
            yield return new(JudgementFields.Descriptor(number), $"{frameworkSection.PlanSection.Label} has no descriptor {number}");
        }

        if (section == SectionCode.Overall)
        {
            var missing = PlanSections.Statutory.Where(s => Judgement(s.Code) is null).ToList();
            if (missing.Count > 0)
            {
                yield return new(JudgementFields.Grade, $"Grade every section before the plan overall: {string.Join(", ", missing.Select(s => s.Code))} still to do");
                yield break;
            }
        }

        if (grade is null || !Grade.All.Contains(grade.Value))
        {
            yield return new(JudgementFields.Grade, "Select a grade");
            yield break;
        }

        if (Purpose == GradingPurpose.PanelAgreement && string.IsNullOrWhiteSpace(commentary.Rationale))
        {
            yield return new(JudgementFields.Rationale, "Give the panel's rationale for the agreed grade");
        }

        var problemsSoFar = frameworkSection.Descriptors.Any(d => !answers.ContainsKey(d.Number));
        if (!problemsSoFar && grade != SuggestionFor(framework, section, answers) && string.IsNullOrWhiteSpace(commentary.OverrideReason))
        {
            yield return new(JudgementFields.OverrideReason,
                $"Explain why you have graded {grade.Value.Name.ToLowerInvariant()} when the descriptors suggest {SuggestionFor(framework, section, answers).Name.ToLowerInvariant()}");
        }

        foreach (var problem in CommentaryProblems(commentary))
        {
            yield return problem;
        }
    }

    /// <summary>The grade the answers suggest for the section (for the plan overall, given the sections judged so far).</summary>
    public Grade SuggestionFor(FrameworkVersion framework, SectionCode section, IReadOnlyDictionary<int, DescriptorAnswer> answers)
    {
        var relevant = framework.Section(section).Descriptors
            .Where(d => answers.ContainsKey(d.Number))
            .Select(d => answers[d.Number])
            .ToList();
        return section == SectionCode.Overall
            ? GradeSuggestion.ForPlan(relevant, _judgements.Where(j => j.Section != SectionCode.Overall).Select(j => j.Grade).ToList())
            : GradeSuggestion.ForSection(relevant);
    }

    /// <summary>Sections of the framework still to judge, in plan order.</summary>
    public IReadOnlyList<SectionCode> Outstanding(FrameworkVersion framework) =>
        framework.Sections.Select(s => s.Code).Where(c => Judgement(c) is null).ToList();

    /// <summary>Finishes the grading. Every section and the plan overall (every part of a form) must be judged.</summary>
    public void Submit(FrameworkVersion framework, DateTimeOffset at)
    {
        EnsureInProgress();
        EnsureSameFramework(framework);
        if (framework.Scheme == ScoringScheme.Form)
        {
            SubmitOnForm(FormOf(framework), at);
            return;
        }

        var outstanding = Outstanding(framework);
        if (outstanding.Count > 0)
        {
            throw new DomainRuleException($"Grade every section before submitting: {string.Join(", ", outstanding.Select(c => PlanSections.Get(c).Label))} still to do.");
        }

        var overall = Judgement(SectionCode.Overall)!;
        if (overall.IsOverridden && string.IsNullOrWhiteSpace(overall.OverrideReason))
        {
            throw new DomainRuleException(
                $"Sections changed after the plan overall was graded: the descriptors now suggest {overall.SuggestedGrade.Name.ToLowerInvariant()}. Look at the plan overall again.");
        }

        SubmittedAt = at;
    }

    private static IEnumerable<Problem> CommentaryProblems(SectionCommentary commentary) =>
        new[]
        {
            (nameof(SectionCommentary.Strengths), commentary.Strengths),
            (nameof(SectionCommentary.AreasForImprovement), commentary.AreasForImprovement),
            (nameof(SectionCommentary.Rationale), commentary.Rationale),
            (nameof(SectionCommentary.SuggestedWording), commentary.SuggestedWording),
            (nameof(SectionCommentary.OverrideReason), commentary.OverrideReason),
        }
        .Where(field => field.Item2?.Length > SectionJudgement.CommentaryMaxLength)
        .Select(field => new Problem(field.Item1, $"Write no more than {SectionJudgement.CommentaryMaxLength} characters"));

    private void EnsureInProgress()
    {
        if (IsSubmitted)
        {
            throw new DomainRuleException("This grading has been submitted, so it can no longer change.");
        }
    }

    private void EnsureSameFramework(FrameworkVersion framework)
    {
        if (framework.Id != FrameworkVersionId)
        {
            throw new DomainRuleException("This grading was started against another version of the framework.");
        }
    }
}

/// <summary>The fields of a section's judgement that its problems are keyed by, as the grading form names them.</summary>
public static class JudgementFields
{
    public const string Grade = nameof(Grade);
    public const string OverrideReason = nameof(SectionCommentary.OverrideReason);
    public const string Rationale = nameof(SectionCommentary.Rationale);
    public const string Rating = nameof(Rating);

    /// <summary>The answer to one descriptor of the section.</summary>
    public static string Descriptor(int number) => $"Answers[{number}]";

    /// <summary>The answer to one item of a form's part.</summary>
    public static string Item(string code) => $"Answers[{code}]";
}
