using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Web.Features.Moderation;

/// <summary>A plan as a moderator sees it in their list: pseudonymised, with where their own grading is.</summary>
public sealed record AssignedPlanRow(
    int SessionId, int PlanId, DateOnly HeldOn, string? Theme, string Code, string YearGroup, Phase Phase, BroadAreaOfNeed Need, SettingType Setting, string Status);

/// <summary>A session the signed-in person chairs, with how many of its plans have an agreed grade.</summary>
public sealed record ChairedSessionRow(int SessionId, DateOnly HeldOn, PanelLevel Level, string? Theme, int PlanCount, int AgreedCount);

public sealed record ModerationHome(IReadOnlyList<AssignedPlanRow> Assigned, IReadOnlyList<ChairedSessionRow> Chaired);

/// <summary>One grading of the plan in the session, as far as the reader may see it.</summary>
public sealed record SessionGradingRow(
    int Id, GradingPurpose Purpose, string Grader, Agency? Agency, bool IsMine, DateTimeOffset? SubmittedAt, string? Overall, bool MayRead);

/// <summary>A plan of a moderation session, pseudonymised, with what the reader can do and see.</summary>
public sealed record ModeratedPlanPage(
    PanelSession Session,
    int PlanId,
    string Code,
    string YearGroup,
    Phase Phase,
    NeedType Need,
    SettingType Setting,
    VulnerableCohorts Cohorts,
    DateOnly? IssuedOn,
    int? FinalVersionNumber,
    bool IsAssignedToMe,
    Grading? MyModeration,
    string? WhyICannotModerate,
    bool SeesOthers,
    DecisiveOutcome? SignedOffAt,
    IReadOnlyList<SessionGradingRow> Gradings,
    Grading? Agreement,
    bool MayAgree,
    string? WhyICannotAgree);
