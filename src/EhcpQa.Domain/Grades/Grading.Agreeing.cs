using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Domain.Grades;

/// <summary>
/// Starting a grading from judgements already made, so nobody grades again what is already settled:
/// an agreed grade (sign-off or panel) takes in one step the sections where every grading being agreed
/// gave the same grade, and the first grading of a resubmitted draft keeps the grades its last decision
/// rested on for the sections the caseworker did not change. Each judgement taken passes the same checks
/// as one made on its page, and may still be changed on its page until the grading is submitted.
/// </summary>
public sealed partial class Grading
{
    /// <summary>
    /// The sections (or parts of a form) where every one of <paramref name="gradings"/> gave the same result:
    /// the same grade, the same overall rating on a form's whole, and on a part graded by points alone the
    /// same points. In the framework's order; none unless there are at least two gradings.
    /// </summary>
    public static IReadOnlyList<string> WhereAgreed(FrameworkVersion framework, IReadOnlyCollection<Grading> gradings)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(gradings);
        if (gradings.Count < 2)
        {
            return [];
        }

        if (framework.Scheme == ScoringScheme.Form)
        {
            return PartsToJudge(FormOf(framework))
                .Select(p => p.Code)
                .Where(code => gradings.Select(g => g.Part(code)).ToList() is var parts
                    && parts.All(p => p is not null)
                    && parts.Select(p => (p!.Grade, p.Rating, p.Grade is null && p.Rating is null ? p.Points : Points.Nothing)).Distinct().Count() == 1)
                .ToList();
        }

        return framework.Sections
            .Select(s => s.Code)
            .Where(code => gradings.Select(g => g.Judgement(code)?.Grade).ToList() is var grades
                && grades.All(g => g is not null)
                && grades.Distinct().Count() == 1)
            .Select(code => code.ToString())
            .ToList();
    }

    /// <summary>
    /// For an agreed grade: records, in one step, every section where the gradings being agreed gave the same
    /// grade and this grading has none yet. Each takes the answers of the first of them whose answers bear
    /// the grade out (or, failing that, whose reason for departing from them does) and every grader's
    /// commentary together. A section whose judgement would not pass its page's checks (a panel's rationale
    /// that nobody wrote, commentary too long to put together) is left for the grader. Returns the sections taken.
    /// </summary>
    public IReadOnlyList<string> TakeWhereAgreed(FrameworkVersion framework, IReadOnlyCollection<Grading> agreedOver, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agreedOver);
        EnsureInProgress();
        EnsureSameFramework(framework);
        if (!Purpose.IsAgreement())
        {
            throw new DomainRuleException("Only an agreed grade takes the sections where the gradings agree.");
        }

        if (agreedOver.Any(g => !g.IsSubmitted || g.PlanVersionId != PlanVersionId || g.FrameworkVersionId != FrameworkVersionId || ReferenceEquals(g, this)))
        {
            throw new DomainRuleException("An agreed grade is taken only from the submitted gradings of the same version, against the same framework.");
        }

        var inOrder = agreedOver.OrderBy(g => g.SubmittedAt).ToList();
        var taken = new List<string>();
        foreach (var code in WhereAgreed(framework, inOrder))
        {
            if (TakeFrom(framework, code, inOrder, at))
            {
                taken.Add(code);
            }
        }

        return taken;
    }

    /// <summary>
    /// For the first grading of a resubmitted draft: keeps, for each of <paramref name="unchanged"/> sections
    /// (never the plan overall or a form's whole, which answer for the draft as it now is), the judgement the
    /// earlier version's decision rested on, where this grading has none yet. Returns the sections kept.
    /// </summary>
    public IReadOnlyList<string> KeepFromEarlierVersion(
        FrameworkVersion framework, Grading earlier, IReadOnlySet<SectionCode> unchanged, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(unchanged);
        EnsureInProgress();
        EnsureSameFramework(framework);
        if (Purpose != GradingPurpose.SignOff)
        {
            throw new DomainRuleException("Only the first grading of a resubmitted draft keeps grades from the version before; a second opinion is independent.");
        }

        if (!MayKeepFrom(earlier))
        {
            throw new DomainRuleException("Grades are kept only from a submitted grading of an earlier version of the same plan, against the same framework.");
        }

        var kept = new List<string>();
        foreach (var code in KeepableFromEarlierVersion(framework, earlier, unchanged))
        {
            if (TakeFrom(framework, code, [earlier], at))
            {
                kept.Add(code);
            }
        }

        return kept;
    }

    /// <summary>
    /// Whether this grading may keep judgements from <paramref name="earlier"/>: it is the first grading of a
    /// resubmitted draft, and the earlier one a submitted grading of another version of the same plan against
    /// the same framework version.
    /// </summary>
    public bool MayKeepFrom(Grading earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return Purpose == GradingPurpose.SignOff && earlier.IsSubmitted && earlier.PlanId == PlanId
            && earlier.PlanVersionId != PlanVersionId && earlier.FrameworkVersionId == FrameworkVersionId;
    }

    /// <summary>
    /// The sections <see cref="KeepFromEarlierVersion"/> would keep: those unchanged, judged in the earlier
    /// grading and not yet here (a form's parts where they are the plan's sections), in the framework's order.
    /// </summary>
    public IReadOnlyList<string> KeepableFromEarlierVersion(FrameworkVersion framework, Grading earlier, IReadOnlySet<SectionCode> unchanged)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(unchanged);
        var codes = unchanged.Where(c => c != SectionCode.Overall).Select(c => c.ToString()).ToHashSet(StringComparer.Ordinal);
        return framework.Scheme == ScoringScheme.Form
            ? FormOf(framework).Sections.Select(s => s.Code).Where(c => codes.Contains(c) && earlier.Part(c) is not null && Part(c) is null).ToList()
            : framework.Sections.Select(s => s.Code)
                .Where(c => codes.Contains(c.ToString()) && earlier.Judgement(c) is not null && Judgement(c) is null)
                .Select(c => c.ToString())
                .ToList();
    }

    /// <summary>Judges one section from others' judgements of it, when this grading has none and the judgement passes its checks.</summary>
    private bool TakeFrom(FrameworkVersion framework, string code, IReadOnlyList<Grading> sources, DateTimeOffset at)
    {
        if (framework.Scheme == ScoringScheme.Form)
        {
            if (Part(code) is not null)
            {
                return false;
            }

            var parts = sources.Select(s => s.Part(code)!).ToList();
            var commentary = Together(parts.Select(p => new SectionCommentary(p.Strengths, p.AreasForImprovement, p.Rationale, p.SuggestedWording, p.OverrideReason)).ToList());
            foreach (var part in parts)
            {
                var answers = part.AnswersByItem();
                if (!ProblemsWithPart(framework, code, answers, part.Grade, part.Rating, commentary).Any())
                {
                    JudgePart(framework, code, answers, part.Grade, part.Rating, commentary, at);
                    return true;
                }
            }

            return false;
        }

        var section = Enum.Parse<SectionCode>(code);
        if (Judgement(section) is not null)
        {
            return false;
        }

        var judgements = sources.Select(s => s.Judgement(section)!).ToList();
        var together = Together(judgements.Select(j => new SectionCommentary(j.Strengths, j.AreasForImprovement, j.Rationale, j.SuggestedWording, j.OverrideReason)).ToList());
        var grade = judgements[0].Grade;

        // Answers that bear the grade out first, so no reason for departing from them is needed.
        foreach (var judgement in judgements.OrderBy(j => SuggestionFor(framework, section, AnswersOf(j)) == grade ? 0 : 1))
        {
            var answers = AnswersOf(judgement);
            if (!ProblemsWith(framework, section, answers, grade, together).Any())
            {
                Judge(framework, section, answers, grade, together, at);
                return true;
            }
        }

        return false;
    }

    private static Dictionary<int, DescriptorAnswer> AnswersOf(SectionJudgement judgement) =>
        judgement.Answers.ToDictionary(a => a.DescriptorNumber, a => a.Answer);

    /// <summary>Every grader's commentary on a section put together: each different text once, in turn.</summary>
    private static SectionCommentary Together(IReadOnlyList<SectionCommentary> commentaries)
    {
        return new(
            Join(commentaries.Select(c => c.Strengths)),
            Join(commentaries.Select(c => c.AreasForImprovement)),
            Join(commentaries.Select(c => c.Rationale)),
            Join(commentaries.Select(c => c.SuggestedWording)),
            Join(commentaries.Select(c => c.OverrideReason)));

        static string? Join(IEnumerable<string?> texts)
        {
            var distinct = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct(StringComparer.Ordinal).ToList();
            return distinct.Count == 0 ? null : string.Join("\n\n", distinct);
        }
    }
}
