using System.Globalization;

namespace EhcpQa.Domain.Families;

/// <summary>
/// What the e-mail of a survey link says: that the local authority would like the family's views, the link, when it
/// expires and that it works once. It names no child and no plan: an e-mail leaves the authority's systems and may be
/// read by anyone with the mailbox.
/// </summary>
public static class SurveyEmailWording
{
    public const string Subject = "Your views on the education, health and care plan";

    public static string Body(Uri link, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(link);
        var until = ServiceCalendar.UkTimeOf(expiresAt);
        var english = CultureInfo.GetCultureInfo("en-GB");
        return "Your local authority would like your views on the education, health and care (EHC) plan: whether it is clear, " +
            "whether it reflects your views, and whether it will make a difference.\n\n" +
            $"Answer a short survey at this link:\n{link}\n\n" +
            $"The link can be used once, until {until.ToString("HH:mm", english)} on {until.ToString("d MMMM yyyy", english)}. " +
            "You do not need an account. Every question is optional.\n\n" +
            "If you were not expecting this e-mail, you can ignore it. Do not reply: this mailbox is not read.";
    }
}
