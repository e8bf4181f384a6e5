using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Agreement;

/// <summary>Agreement between moderators on one section of the plans (or the plan overall).</summary>
public sealed record SectionAgreement(PlanSection Section, AgreementResult Result);

/// <summary>
/// How consistently moderators graded the plans they moderated, for one session or many: exact
/// agreement, agreement within one grade and Krippendorff's ordinal alpha, for the plan overall, for
/// every section together and for each section; and each moderator's tendency against the grades the
/// panel agreed. Only submitted gradings count. A unit is one plan's section in one session, so a plan
/// moderated in two sessions gives two units. See <c>docs/statistics.md</c>.
/// </summary>
public sealed class ModerationAgreement
{
    private ModerationAgreement(
        AgreementResult overall, AgreementResult sections, IReadOnlyList<SectionAgreement> bySection,
        IReadOnlyList<GraderTendencyRow> tendencies, int planCount, int moderationCount)
    {
        Overall = overall;
        Sections = sections;
        BySection = bySection;
        Tendencies = tendencies;
        PlanCount = planCount;
        ModerationCount = moderationCount;
    }

    /// <summary>Agreement on the plans' overall grades.</summary>
    public AgreementResult Overall { get; }

    /// <summary>Agreement on sections A to K taken together.</summary>
    public AgreementResult Sections { get; }

    /// <summary>Agreement on each section, in plan order, with the plan overall last.</summary>
    public IReadOnlyList<SectionAgreement> BySection { get; }

    /// <summary>Each moderator's grades (every section and the overall) against the grades the panel agreed, by grader id.</summary>
    public IReadOnlyList<GraderTendencyRow> Tendencies { get; }

    /// <summary>Plans (per session) with at least one submitted moderation.</summary>
    public int PlanCount { get; }

    /// <summary>Submitted moderations counted.</summary>
    public int ModerationCount { get; }

    public static ModerationAgreement Measure(IEnumerable<Grading> gradings)
    {
        ArgumentNullException.ThrowIfNull(gradings);
        var submitted = gradings.Where(g => g.IsSubmitted && g.PanelSessionId is not null).ToList();
        var moderations = submitted.Where(g => g.Purpose == GradingPurpose.Moderation).ToList();
        var agreements = submitted.Where(g => g.Purpose == GradingPurpose.PanelAgreement)
            .GroupBy(g => (g.PanelSessionId!.Value, g.PlanId))
            .ToDictionary(g => g.Key, g => g.First());
        var byPlan = moderations.GroupBy(g => (Session: g.PanelSessionId!.Value, g.PlanId)).ToList();

        List<RatedUnit> UnitsFor(IEnumerable<SectionCode> sections) =>
            byPlan.SelectMany(plan => sections.Select(section => new RatedUnit(
                    $"{plan.Key.Session}/{plan.Key.PlanId}/{section}",
                    plan.Where(g => g.Judgement(section) is not null)
                        .Select(g => new Rating(g.GraderId, g.Judgement(section)!.Grade))
                        .ToList())))
                .Where(u => u.Ratings.Count > 0)
                .ToList();

        var statutory = PlanSections.Statutory.Select(s => s.Code).ToList();
        var bySection = PlanSections.All
            .Select(s => new SectionAgreement(s, AgreementStatistics.Compute(UnitsFor([s.Code]))))
            .ToList();

        var compared = moderations
            .Where(g => agreements.ContainsKey((g.PanelSessionId!.Value, g.PlanId)))
            .SelectMany(g =>
            {
                var agreed = agreements[(g.PanelSessionId!.Value, g.PlanId)];
                return g.Judgements
                    .Where(j => agreed.Judgement(j.Section) is not null)
                    .Select(j => (g.GraderId, Given: j.Grade, Agreed: agreed.Judgement(j.Section)!.Grade));
            });

        return new ModerationAgreement(
            AgreementStatistics.Compute(UnitsFor([SectionCode.Overall])),
            AgreementStatistics.Compute(UnitsFor(statutory)),
            bySection,
            GraderTendency.Compute(compared),
            byPlan.Count,
            moderations.Count);
    }
}
