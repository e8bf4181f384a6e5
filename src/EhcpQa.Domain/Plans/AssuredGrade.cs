using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Plans;

/// <summary>
/// A grade the plan's quality was assured at, recorded when it became decisive: the grade a draft's
/// sign-off rests on (the sign-off grade when at least Good, else the grade the two graders agreed), or the
/// grade a moderation session agreed. It keeps the facts the dashboards cut by as they were that day
/// (locality, phase, area of need, setting), so the dashboards count from these alone and never need the
/// child's details or the plan's text.
/// </summary>
public sealed class AssuredGrade
{
    private AssuredGrade() => SectionGrades = string.Empty;

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public AssuranceLevel Level { get; private set; }

    /// <summary>The version graded.</summary>
    public int PlanVersionId { get; private set; }

    /// <summary>The moderation session that agreed the grade; null at sign-off.</summary>
    public int? PanelSessionId { get; private set; }

    /// <summary>Who submitted the decisive grading.</summary>
    public string GivenById { get; private set; } = string.Empty;

    /// <summary>When the decisive grading was submitted.</summary>
    public DateTimeOffset GivenAt { get; private set; }

    /// <summary>The UK date of <see cref="GivenAt"/>: the day the dashboards count the grade on.</summary>
    public DateOnly GivenOn { get; private set; }

    public int LocalityId { get; private set; }

    /// <summary>The child's phase of education on <see cref="GivenOn"/>.</summary>
    public Phase Phase { get; private set; }

    public BroadAreaOfNeed Need { get; private set; }

    public SettingType Setting { get; private set; }

    /// <summary>The overall grade on the 1–4 scheme; null for a grading on a form of the authority's own.</summary>
    public Grade? Overall { get; private set; }

    /// <summary>The framework version the decisive grading was made on.</summary>
    public int? FrameworkVersionId { get; private set; }

    /// <summary>For a grading on a form of the authority's own: its overall grade, a value of the form's scale; null where it has none.</summary>
    public string? GradeOnForm { get; private set; }

    /// <summary>For a grading on a form of the authority's own: whether it reaches the form's bar; null where the form sets none.</summary>
    public bool? PassesBar { get; private set; }

    /// <summary>Whether the grade reaches the bar: at least Good on the 1–4 scheme, or its form's bar (a form with none sets no bar to miss).</summary>
    public bool ReachesBar => Reaches(Overall, PassesBar);

    /// <summary>See <see cref="ReachesBar"/>: for a grade's parts read without the rest of it.</summary>
    public static bool Reaches(Grade? overall, bool? passesBar) => overall is { } grade ? grade.IsAtLeastGood : passesBar != false;

    /// <summary>For a grading on a form of the authority's own: the points awarded on the whole form.</summary>
    public decimal? Awarded { get; private set; }

    /// <summary>For a grading on a form of the authority's own: the points available on the whole form.</summary>
    public decimal? Available { get; private set; }

    /// <summary>See <see cref="AssuredGrading.Regraded"/>.</summary>
    public bool Regraded { get; private set; }

    /// <summary>Whether the version graded is of a new plan or of a plan amended after an annual review.</summary>
    public PlanKind Kind { get; private set; }

    /// <summary>The sections' grades as a <see cref="Dashboards.SectionGrades"/> code.</summary>
    public string SectionGrades { get; private set; }

    /// <summary>The grade as the dashboards count it.</summary>
    public AssuredGrading ToAssuredGrading() =>
        new(PlanId, Level, GivenOn, LocalityId, Phase, Need, Setting,
            Overall ?? throw new DomainRuleException("A grade on a form of the authority's own is counted with its form's figures."),
            Regraded, Dashboards.SectionGrades.Parse(SectionGrades), Kind);

    internal static AssuredGrade Of(Plan plan, PlanVersion version, AssuranceLevel level, Grading decisive, bool regraded)
    {
        if (!decisive.IsSubmitted || decisive.Result is null)
        {
            throw new DomainRuleException("Only a submitted grading assures a plan.");
        }

        var onForm = decisive.OverallGrade is null;
        var points = decisive.PointsOnForm;

        var on = ServiceCalendar.DateOf(decisive.SubmittedAt!.Value);
        return new AssuredGrade
        {
            PlanId = plan.Id,
            Level = level,
            PlanVersionId = decisive.PlanVersionId ?? version.Id,
            PanelSessionId = decisive.PanelSessionId,
            GivenById = decisive.GraderId,
            GivenAt = decisive.SubmittedAt!.Value,
            GivenOn = on,
            LocalityId = plan.LocalityId,
            Phase = plan.PhaseOn(on),
            Need = plan.PrimaryArea,
            Setting = plan.Setting,
            Overall = decisive.OverallGrade,
            FrameworkVersionId = decisive.FrameworkVersionId,
            GradeOnForm = onForm ? decisive.OverallGradeValue : null,
            PassesBar = onForm ? decisive.PassesBar : null,
            Awarded = onForm ? points.Awarded : null,
            Available = onForm ? points.Available : null,
            Regraded = regraded,
            Kind = version.Kind,
            SectionGrades = Dashboards.SectionGrades.Of(decisive.Judgements
                .Where(j => j.Section != SectionCode.Overall)
                .Select(j => new KeyValuePair<SectionCode, Grade>(j.Section, j.Grade))).Code,
        };
    }
}
