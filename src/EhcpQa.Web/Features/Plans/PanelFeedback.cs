using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.Feedback;
using EhcpQa.Web.Persistence.Identity;

namespace EhcpQa.Web.Features.Plans;

/// <summary>
/// What a plan's page shows of a grade a moderation panel agreed: the grade beside the one the plan was signed off
/// at, the level and when, and the panel's comments section by section and overall. The panel is named only
/// where the authority chooses (<see cref="PanelFeedbackPolicy"/>).
/// </summary>
/// <param name="Chair">The session's chair; null when the panel is not named.</param>
/// <param name="Members">The session's members; empty when the panel is not named.</param>
public sealed record PanelFeedback(
    string Level,
    DateOnly HeldOn,
    DateTimeOffset AgreedAt,
    string Agreed,
    string? SignedOffAt,
    bool Regraded,
    IReadOnlyList<FeedbackFormSection> Sections,
    string? Chair,
    IReadOnlyList<string> Members)
{
    /// <summary>Who the plan's history says agreed a grade when the panel is not named.</summary>
    public const string Unnamed = "The moderation panel";

    /// <param name="names">The names of the session's people when the panel is named; null when it is not.</param>
    public static PanelFeedback Of(Plan plan, Grading agreement, PanelSession session, FrameworkVersion framework, StaffNames? names)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(session);
        return new PanelFeedback(
            AssuranceLevels.Of(session.Level).Name(),
            session.HeldOn,
            agreement.SubmittedAt!.Value,
            agreement.Result ?? "Not graded",
            plan.SignedOffAt?.Result,
            plan.SignedOffAt?.IsRegradedBy(agreement) == true,
            FeedbackFormReading.SectionsOf(agreement, framework),
            names?.Of(session.ChairId),
            names is null ? [] : session.Members.Where(m => m.UserId != session.ChairId).Select(m => names.Of(m.UserId)).ToList());
    }

    /// <summary>Whether the section has anything the panel wrote about it.</summary>
    public static bool HasComments(FeedbackFormSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new[] { section.Strengths, section.AreasForImprovement, section.Rationale, section.SuggestedWording }.Any(t => !string.IsNullOrWhiteSpace(t));
    }
}
