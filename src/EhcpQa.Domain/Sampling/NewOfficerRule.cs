using System.Globalization;

namespace EhcpQa.Domain.Sampling;

/// <summary>
/// The authority's rule for new officers: every plan of a caseworker is in the dip sample until they have been in post
/// <see cref="InPostMonths"/> months, or until their last <see cref="LastGradesAtBar"/> decisive sign-off grades all reach
/// the bar ("fully moderated until consistently good"), whichever comes first. Either part may be left unset; with
/// neither, the rule puts nobody on it.
/// </summary>
public sealed record NewOfficerRule(int? InPostMonths, int? LastGradesAtBar)
{
    public const int MaxInPostMonths = 60;

    public const int MaxLastGrades = 20;

    /// <summary>No rule: the setting until a QA lead makes one.</summary>
    public static NewOfficerRule None { get; } = new(null, null);

    public bool IsSet => InPostMonths is not null || LastGradesAtBar is not null;

    /// <summary>Every rule the setting breaks; none when it can be made.</summary>
    public IEnumerable<Problem> Problems()
    {
        if (InPostMonths is < 1 or > MaxInPostMonths)
        {
            yield return new(nameof(InPostMonths), $"Enter the months in post as a whole number from 1 to {MaxInPostMonths}, or leave it empty");
        }

        if (LastGradesAtBar is < 1 or > MaxLastGrades)
        {
            yield return new(nameof(LastGradesAtBar), $"Enter how many of the last grades must reach the bar as a whole number from 1 to {MaxLastGrades}, or leave it empty");
        }
    }

    /// <summary>Whole months from <paramref name="since"/> to <paramref name="today"/> (a month is complete on the same day of the next).</summary>
    public static int MonthsBetween(DateOnly since, DateOnly today)
    {
        var months = ((today.Year - since.Year) * 12) + today.Month - since.Month;
        if (today.Day < since.Day && today.Day < DateTime.DaysInMonth(today.Year, today.Month))
        {
            months--;
        }

        return Math.Max(0, months);
    }

    /// <summary>
    /// Whether a caseworker is on the rule on <paramref name="today"/>, and why in words.
    /// </summary>
    /// <param name="inPostSince">When they started in post; null when not recorded (then the months part cannot put them on it).</param>
    /// <param name="reachedBarNewestFirst">For each of their decisive sign-off grades, newest first: whether it reached the bar.</param>
    public NewOfficerStanding StandingOf(DateOnly? inPostSince, IReadOnlyList<bool> reachedBarNewestFirst, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(reachedBarNewestFirst);
        if (!IsSet)
        {
            return new(false, "No new-officer rule is set.");
        }

        var reasons = new List<string>();
        var stillNew = true;
        if (InPostMonths is { } months)
        {
            if (inPostSince is not { } since)
            {
                stillNew = false;
                reasons.Add("No start date in post is recorded");
            }
            else
            {
                var inPost = MonthsBetween(since, today);
                stillNew &= since <= today && inPost < months;
                reasons.Add(inPost < months
                    ? $"In post since {Day(since)}: {Months(inPost)} of {months}"
                    : $"In post since {Day(since)}: {Months(inPost)}, the rule ends at {months}");
            }
        }

        if (LastGradesAtBar is { } last)
        {
            var lastGrades = reachedBarNewestFirst.Take(last).ToList();
            var atBar = lastGrades.Count(reached => reached);
            var consistent = lastGrades.Count == last && atBar == last;
            stillNew = InPostMonths is null || inPostSince is null ? !consistent : stillNew && !consistent;
            reasons.Add(lastGrades.Count < last
                ? $"{Grades(lastGrades.Count)} so far, {last} needed at the bar"
                : consistent
                    ? $"The last {Grades(last)} all reached the bar"
                    : $"{atBar} of the last {Grades(last)} reached the bar");
        }

        return new(stillNew, string.Join("; ", reasons) + ".");
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static string Months(int count) => count == 1 ? "1 month" : $"{count} months";

    private static string Grades(int count) => count == 1 ? "1 grade" : $"{count} grades";
}

/// <summary>Whether a caseworker is on the new-officer rule, and why in words.</summary>
public sealed record NewOfficerStanding(bool OnTheRule, string Why);

/// <summary>One setting of the new-officer rule: what was set, by whom and when. Settings are kept, never changed; the latest is in force.</summary>
public sealed class NewOfficerRuleChange : IKeptSetting
{
    private NewOfficerRuleChange()
    {
        ChangedBy = string.Empty;
    }

    private NewOfficerRuleChange(NewOfficerRule rule, string changedBy, DateTimeOffset changedAt)
    {
        InPostMonths = rule.InPostMonths;
        LastGradesAtBar = rule.LastGradesAtBar;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }

    public int? InPostMonths { get; private set; }

    public int? LastGradesAtBar { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public NewOfficerRule Rule => new(InPostMonths, LastGradesAtBar);

    /// <summary>
    /// Sets the rule from now on. <paramref name="readFrom"/> is the setting in force when the person read the page (null
    /// when none had been made): a newer one means someone else changed it meanwhile, and the change is refused.
    /// </summary>
    public static NewOfficerRuleChange Make(NewOfficerRule rule, int? readFrom, NewOfficerRuleChange? latest, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(rule.Problems());
        KeptSetting.RefuseIfChangedMeanwhile(readFrom, latest, "the new-officer rule", "the rule");

        return new NewOfficerRuleChange(rule, byUserId, at);
    }
}
