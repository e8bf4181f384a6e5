using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;

namespace EhcpQa.Domain.Plans;

/// <summary>The grades the plan's quality was assured at after it was issued: agreed moderation grades, and decisions recorded before the service kept them.</summary>
public sealed partial class Plan
{
    /// <summary>
    /// Records in the plan's history the grade a moderation panel agreed for its final version. When it
    /// differs from the grade the plan was signed off at, the plan has been re-graded by moderation.
    /// </summary>
    public void RecordPanelAgreement(Grading agreement, PanelSession session)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(session);
        if (agreement.Purpose != GradingPurpose.PanelAgreement || agreement.PanelSessionId != session.Id || !agreement.IsSubmitted || agreement.Result is not { } agreed
            || agreement.PlanId != Id || FinalVersion is not { } final || agreement.PlanVersionId != final.Id)
        {
            throw new DomainRuleException("Only a submitted panel agreement of this plan's final version is recorded in its history.");
        }

        var held = session.HeldOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var regraded = SignedOffAt?.IsRegradedBy(agreement) == true;
        var detail = SignedOffAt is not { } signedOff
            ? $"Moderation panel of {held} agreed {agreed}"
            : regraded
                ? $"Re-graded by the moderation panel of {held}: agreed {agreed}, signed off at {signedOff.Result}"
                : signedOff.Result == agreed
                    ? $"Moderation panel of {held} agreed {agreed}, the grade it was signed off at"
                    : $"Moderation panel of {held} agreed {agreed}; signed off at {signedOff.Result}";
        _events.Add(new PlanEvent(PlanEventKind.PanelGradeAgreed, final.Number, agreement.GraderId, agreement.SubmittedAt!.Value, detail));
        _assuredGrades.Add(AssuredGrade.Of(this, final, AssuranceLevels.Of(session.Level), agreement, regraded));
    }

    /// <summary>
    /// Records the assured grades of decisions made before the service kept them (a database from an
    /// earlier version): for each version with a decisive grade, the grading it rests on, and each
    /// submitted panel agreement of a session whose level is known. Grades already recorded are left alone.
    /// </summary>
    /// <param name="submitted">The plan's submitted gradings (sign-off and panel agreements; others are ignored).</param>
    /// <param name="sessionLevels">The level of each moderation session, by id.</param>
    /// <returns>How many assured grades were recorded.</returns>
    public int RecordEarlierAssuredGrades(IEnumerable<Grading> submitted, IReadOnlyDictionary<int, PanelLevel> sessionLevels)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(sessionLevels);
        var gradings = submitted.Where(g => g.PlanId == Id && g.IsSubmitted && g.OverallGrade is not null).ToList();
        var added = 0;
        foreach (var version in _versions.Where(v => v.DecisiveGrade is not null))
        {
            var decisive = version.DecisiveGrading(gradings);
            if (decisive is not null && !_assuredGrades.Any(a => a.Level == AssuranceLevel.SignOff && a.PlanVersionId == version.Id))
            {
                _assuredGrades.Add(AssuredGrade.Of(this, version, AssuranceLevel.SignOff, decisive, regraded: IsResubmission(version)));
                added++;
            }
        }

        foreach (var agreement in gradings.Where(g => g.Purpose == GradingPurpose.PanelAgreement && g.PanelSessionId is not null))
        {
            if (sessionLevels.TryGetValue(agreement.PanelSessionId!.Value, out var level)
                && !_assuredGrades.Any(a => a.PanelSessionId == agreement.PanelSessionId)
                && _versions.FirstOrDefault(v => v.Id == agreement.PlanVersionId) is { } moderated)
            {
                _assuredGrades.Add(AssuredGrade.Of(this, moderated, AssuranceLevels.Of(level), agreement, regraded: SignedOffAt?.IsRegradedBy(agreement) == true));
                added++;
            }
        }

        return added;
    }
}
