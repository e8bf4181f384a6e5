using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Moderation;

/// <summary>One plan of a session: what it was signed off at, its moderators' gradings and what the panel agreed.</summary>
public sealed record ModeratedPlan(int PlanId, DecisiveOutcome? SignedOffAt, IReadOnlyList<string> ModeratorIds, IReadOnlyList<Grading> Moderations, Grading? Agreement)
{
    /// <summary>The overall grade the panel agreed on the 1–4 scale, once the agreement is submitted.</summary>
    public Grade? AgreedGrade => Agreement is { IsSubmitted: true } agreement ? agreement.OverallGrade : null;

    /// <summary>What the panel agreed, in the framework's terms, once the agreement is submitted.</summary>
    public string? AgreedResult => Agreement is { IsSubmitted: true } agreement ? agreement.Result : null;

    /// <summary>The panel agreed a different overall grade from the one the plan was signed off at (<see cref="DecisiveOutcome.IsRegradedBy"/>).</summary>
    public bool IsRegraded => Agreement is { IsSubmitted: true } agreement && SignedOffAt?.IsRegradedBy(agreement) == true;

    public int SubmittedCount => Moderations.Count(m => m.IsSubmitted);
}

/// <summary>How many plans the panel agreed at each grade, for one section (or the plan overall).</summary>
public sealed record SectionGradeCounts(PlanSection Section, IReadOnlyDictionary<Grade, int> Counts)
{
    public int CountOf(Grade grade) => Counts.GetValueOrDefault(grade);

    public int Total => Counts.Values.Sum();
}

/// <summary>
/// What a moderation session found: each plan's sign-off and agreed grades, how many were re-graded,
/// the agreed grades by section, and the agreement between its moderators.
/// </summary>
public sealed class SessionResults
{
    private SessionResults(IReadOnlyList<ModeratedPlan> plans, IReadOnlyList<SectionGradeCounts> bySection, ModerationAgreement agreement)
    {
        Plans = plans;
        AgreedGradesBySection = bySection;
        Agreement = agreement;
    }

    public IReadOnlyList<ModeratedPlan> Plans { get; }

    public int AgreedCount => Plans.Count(p => p.AgreedResult is not null);

    public int RegradedCount => Plans.Count(p => p.IsRegraded);

    /// <summary>Whether any plan's agreed judgement was made on a form of the authority's own rather than the 1–4 scheme (which <see cref="AgreedGradesBySection"/> counts).</summary>
    public bool AnyAgreedOnAForm => Plans.Any(p => p.AgreedResult is not null && p.AgreedGrade is null);

    /// <summary>The agreed grades for each section, in plan order with the plan overall last.</summary>
    public IReadOnlyList<SectionGradeCounts> AgreedGradesBySection { get; }

    public ModerationAgreement Agreement { get; }

    /// <param name="session">The session.</param>
    /// <param name="signedOffAt">What each of the session's plans was signed off at (missing or null when it was not signed off in the service).</param>
    /// <param name="sessionGradings">The session's gradings; others are ignored.</param>
    public static SessionResults For(PanelSession session, IReadOnlyDictionary<int, DecisiveOutcome?> signedOffAt, IEnumerable<Grading> sessionGradings)
    {
        ArgumentNullException.ThrowIfNull(session);
        var gradings = sessionGradings.Where(g => g.PanelSessionId == session.Id).ToList();
        var plans = session.PlanIds
            .Select(id => new ModeratedPlan(
                id,
                signedOffAt.GetValueOrDefault(id),
                session.ModeratorsOf(id),
                gradings.Where(g => g.PlanId == id && g.Purpose == GradingPurpose.Moderation).ToList(),
                session.Agreement(id, gradings)))
            .ToList();
        var agreed = plans.Select(p => p.Agreement).OfType<Grading>().Where(a => a.IsSubmitted).ToList();
        var bySection = PlanSections.All
            .Select(s => new SectionGradeCounts(s, agreed
                .Select(a => a.Judgement(s.Code)?.Grade)
                .OfType<Grade>()
                .GroupBy(g => g)
                .ToDictionary(g => g.Key, g => g.Count())))
            .ToList();
        return new SessionResults(plans, bySection, ModerationAgreement.Measure(gradings));
    }
}
