using EhcpQa.Domain.Dashboards;

namespace EhcpQa.Domain.Quality;

/// <summary>
/// The grade a draft's sign-off rested on (its assured grade at sign-off), as the quality figures count it.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="CaseworkerId">The plan's caseworker.</param>
/// <param name="VersionNumber">The version graded.</param>
/// <param name="GivenOn">The UK date the grade was given.</param>
/// <param name="Result">The grade in words ("2 Good", or a form's result).</param>
/// <param name="PassesBar">Whether it reaches the framework's bar (at least Good); null where the framework sets none.</param>
/// <param name="Regraded">The draft is a resubmission after a return, graded again.</param>
public sealed record SignOffGradeRecord(
    int PlanId, string CaseworkerId, int VersionNumber, DateOnly GivenOn, string Result, bool? PassesBar, bool Regraded);

/// <summary>A manager's decision on a graded draft: returned to the caseworker or signed off, and the grade it rested on.</summary>
/// <param name="DecidedOn">The UK date of the decision.</param>
/// <param name="SignedOff">True when signed off (the plan issued), false when returned.</param>
/// <param name="Result">The grade the decision rested on, in words.</param>
/// <param name="PassesBar">Whether that grade reaches the framework's bar; null where the framework sets none.</param>
public sealed record SignOffDecisionRecord(
    int PlanId, string CaseworkerId, int VersionNumber, DateOnly DecidedOn, bool SignedOff, string? Result, bool? PassesBar);

/// <summary>The grade a moderation panel agreed for a plan, beside the grade it was signed off at.</summary>
/// <param name="Level">The level of the session (leadership dip sample or multi-agency panel).</param>
/// <param name="AgreedOn">The UK date the agreed grade was recorded.</param>
/// <param name="Agreed">The agreed grade in words.</param>
/// <param name="SignedOffAt">The grade the plan was signed off at in the service; null when it was not signed off here.</param>
/// <param name="Regraded">The panel agreed a grade other than the one the plan was signed off at (<see cref="Plans.DecisiveOutcome.IsRegradedBy"/>).</param>
public sealed record PanelAgreementRecord(
    int PlanId, string CaseworkerId, AssuranceLevel Level, DateOnly AgreedOn, string Agreed, string? SignedOffAt, bool Regraded);
