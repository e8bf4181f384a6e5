namespace EhcpQa.Domain.Notifications;

/// <summary>What a person is told is waiting for them.</summary>
public enum NotificationKind
{
    /// <summary>A draft in the manager's locality was sent for sign-off.</summary>
    DraftToSignOff = 1,

    /// <summary>A draft graded below the bar needs a second grader.</summary>
    SecondOpinionNeeded,

    /// <summary>The caseworker's draft was returned with feedback.</summary>
    DraftReturned,

    /// <summary>The caseworker's draft was signed off.</summary>
    DraftSignedOff,

    /// <summary>Plans of a panel session were given to the moderator.</summary>
    ModerationAssigned,

    /// <summary>Every moderator has graded a plan of the session the person chairs: the panel can agree its grade.</summary>
    ReadyToAgree,

    /// <summary>An improvement action the person raised falls due within a week.</summary>
    ActionDue,

    /// <summary>An improvement action the person raised is past its due date.</summary>
    ActionOverdue,

    /// <summary>The second opinion on a draft the person graded first is in: the two graders agree a grade, which one of them records.</summary>
    AgreedGradeToRecord,
}
