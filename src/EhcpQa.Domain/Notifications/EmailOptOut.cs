using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Notifications;

/// <summary>A kind of notification a person chose not to have by e-mail; they still find it listed in the service.</summary>
public sealed class EmailOptOut
{
    private EmailOptOut()
    {
        UserId = string.Empty;
    }

    public string UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>When the person chose it (they are who chose it: nobody chooses for another).</summary>
    public DateTimeOffset ChosenAt { get; private set; }

    public static EmailOptOut For(string userId, NotificationKind kind, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new EmailOptOut { UserId = userId, Kind = kind, ChosenAt = at };
    }
}

/// <summary>Which notifications reach whom: the kinds each role is told of, and who is told of each change to a plan.</summary>
public static class NotificationRules
{
    /// <summary>The kinds a person with these roles may be told of, in the order their choices page lists them.</summary>
    public static IReadOnlyList<NotificationKind> KindsFor(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return Enum.GetValues<NotificationKind>().Where(kind => Roles(kind).Any(held.Contains)).ToList();
    }

    /// <summary>The roles that may be told of a kind.</summary>
    public static IReadOnlyList<string> Roles(NotificationKind kind) => kind switch
    {
        NotificationKind.DraftToSignOff => [StaffRole.LocalityManager],
        NotificationKind.SecondOpinionNeeded or NotificationKind.AgreedGradeToRecord => [StaffRole.LocalityManager, StaffRole.QaLead],
        NotificationKind.DraftReturned or NotificationKind.DraftSignedOff => [StaffRole.Caseworker],
        NotificationKind.ModerationAssigned => [StaffRole.LocalityManager, StaffRole.QaLead, StaffRole.PanelMember],
        NotificationKind.ReadyToAgree => [StaffRole.LocalityManager, StaffRole.QaLead, StaffRole.PanelMember],
        _ => [StaffRole.QaLead, StaffRole.LocalityManager],
    };

    /// <summary>What a change to a plan tells, and whom; null for a change nobody is told of.</summary>
    public static PlanNotice? ForPlanEvent(Plans.PlanEventKind kind) => kind switch
    {
        Plans.PlanEventKind.DraftSubmitted => new(NotificationKind.DraftToSignOff, PlanAudience.LocalityManagers),
        Plans.PlanEventKind.SecondOpinionNeeded => new(NotificationKind.SecondOpinionNeeded, PlanAudience.SecondGraders),
        Plans.PlanEventKind.Returned => new(NotificationKind.DraftReturned, PlanAudience.Caseworker),
        Plans.PlanEventKind.SignedOff => new(NotificationKind.DraftSignedOff, PlanAudience.Caseworker),
        _ => null,
    };

    /// <summary>
    /// Who is told when a sign-off grading is submitted: after a second opinion, the first grader, who agrees the
    /// grade with the second (either may record it; the second has just seen the first grading). Null otherwise.
    /// </summary>
    public static NotificationKind? ForSubmittedGrading(Grades.GradingPurpose purpose) =>
        purpose == Grades.GradingPurpose.SecondOpinion ? NotificationKind.AgreedGradeToRecord : null;

    /// <summary>How a panel session is named in a notification: "panel of 3 December 2026" (never a plan of it).</summary>
    public static string SessionReference(DateOnly heldOn) =>
        $"panel of {heldOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}";

    /// <summary>How an improvement action is named: by its number and due date, so a new due date earns a new reminder.</summary>
    public static string ActionReference(int actionId, DateOnly dueOn) =>
        $"action {actionId} (due {dueOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))})";

    /// <summary>What an open action's raiser is reminded of on a day: overdue, due within a week, or nothing yet.</summary>
    public static NotificationKind? ReminderFor(Moderation.ImprovementAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Status == Moderation.ActionStatus.Done)
        {
            return null;
        }

        return action.IsOverdueOn(today) ? NotificationKind.ActionOverdue
            : action.DueOn <= today.AddDays(Moderation.ImprovementAction.DueSoonDays) ? NotificationKind.ActionDue
            : null;
    }

    /// <summary>The page a notification about a plan opens: the sign-off page for graders, the plan's page for its caseworker.</summary>
    public static string PathFor(NotificationKind kind, int planId) => kind is NotificationKind.DraftToSignOff or NotificationKind.SecondOpinionNeeded or NotificationKind.AgreedGradeToRecord
        ? $"/sign-off/{planId}"
        : $"/plans/{planId}";
}

/// <summary>Who is told of a change to a plan.</summary>
public enum PlanAudience
{
    /// <summary>The plan's caseworker.</summary>
    Caseworker = 1,

    /// <summary>The locality managers of the plan's locality.</summary>
    LocalityManagers,

    /// <summary>Whoever may give a second opinion: the plan locality's managers and the QA leads, but not the first grader.</summary>
    SecondGraders,
}

public sealed record PlanNotice(NotificationKind Kind, PlanAudience Audience);
