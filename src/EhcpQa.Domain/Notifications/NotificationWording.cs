namespace EhcpQa.Domain.Notifications;

/// <summary>What each notification says, in the service and by e-mail: the reference and a link, nothing about the child.</summary>
public static class NotificationWording
{
    /// <summary>The line shown in the service and used as the e-mail's subject.</summary>
    public static string Subject(NotificationKind kind, string reference) => kind switch
    {
        NotificationKind.DraftToSignOff => $"Draft {reference} is waiting for sign-off",
        NotificationKind.SecondOpinionNeeded => $"Draft {reference} needs a second opinion",
        NotificationKind.DraftReturned => $"Your draft {reference} has been returned with feedback",
        NotificationKind.DraftSignedOff => $"Your draft {reference} has been signed off",
        NotificationKind.ModerationAssigned => $"You have plans to moderate for the {reference}",
        NotificationKind.ReadyToAgree => $"A plan of the {reference} is ready for the panel to agree its grade",
        NotificationKind.ActionDue => $"Improvement {reference} is due within a week",
        NotificationKind.ActionOverdue => $"Improvement {reference} is overdue",
        NotificationKind.AgreedGradeToRecord => $"The second opinion on draft {reference} is in: agree and record its grade",
        _ => reference,
    };

    /// <summary>The e-mail's body: the subject, the link, and why the person is told.</summary>
    public static string Body(NotificationKind kind, string reference, Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return $"{Subject(kind, reference)}.\n\nOpen it in EHCP quality assurance: {link}\n\n" +
            $"You get this e-mail because {Why(kind)}. You can choose which e-mails you get under Notifications in the service.";
    }

    /// <summary>What the choice of this kind reads on the person's choices page.</summary>
    public static string Choice(NotificationKind kind) => kind switch
    {
        NotificationKind.DraftToSignOff => "A draft in my locality is sent for sign-off",
        NotificationKind.SecondOpinionNeeded => "A draft graded below the bar needs a second opinion",
        NotificationKind.DraftReturned => "My draft is returned with feedback",
        NotificationKind.DraftSignedOff => "My draft is signed off",
        NotificationKind.ModerationAssigned => "Plans are given to me to moderate",
        NotificationKind.ReadyToAgree => "A plan of a session I chair is ready for the panel to agree",
        NotificationKind.ActionDue => "An improvement action I raised is due within a week",
        NotificationKind.ActionOverdue => "An improvement action I raised is overdue",
        NotificationKind.AgreedGradeToRecord => "The second opinion on a draft I graded is in, and the agreed grade is to record",
        _ => kind.ToString(),
    };

    private static string Why(NotificationKind kind) => kind switch
    {
        NotificationKind.DraftToSignOff or NotificationKind.SecondOpinionNeeded => "you grade drafts for sign-off",
        NotificationKind.DraftReturned or NotificationKind.DraftSignedOff => "you sent the draft for sign-off",
        NotificationKind.ModerationAssigned => "you are a member of the panel",
        NotificationKind.ReadyToAgree => "you chair the panel",
        NotificationKind.AgreedGradeToRecord => "you graded the draft first",
        _ => "you raised the action",
    };
}
