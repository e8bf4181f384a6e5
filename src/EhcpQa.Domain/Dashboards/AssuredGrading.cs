using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Dashboards;

/// <summary>
/// One decisive grade the service holds, as the dashboards count it: the grade a draft's sign-off rests
/// on (the agreed grade where there was a second opinion), or the grade a moderation session agreed for
/// a plan, with the facts about the plan that figures are cut by. No child's details.
/// </summary>
/// <param name="PlanId">The plan graded (to count plans, never shown).</param>
/// <param name="Level">The level of QA.</param>
/// <param name="On">The UK date the grade was given.</param>
/// <param name="LocalityId">The plan's locality.</param>
/// <param name="Phase">The child's phase of education on that date.</param>
/// <param name="Need">The broad area of the plan's primary need.</param>
/// <param name="Setting">The plan's setting type.</param>
/// <param name="Overall">The overall grade.</param>
/// <param name="Regraded">
/// At sign-off, the draft is a resubmission graded again after being returned; in moderation, the agreed
/// grade differs from the grade the plan was signed off at.
/// </param>
/// <param name="Sections">The grade of each section judged.</param>
/// <param name="Kind">Whether the version graded is of a new plan or of a plan amended after an annual review.</param>
public sealed record AssuredGrading(
    int PlanId,
    AssuranceLevel Level,
    DateOnly On,
    int LocalityId,
    Phase Phase,
    BroadAreaOfNeed Need,
    SettingType Setting,
    Grade Overall,
    bool Regraded,
    IReadOnlyDictionary<SectionCode, Grade> Sections,
    PlanKind Kind = PlanKind.New);
