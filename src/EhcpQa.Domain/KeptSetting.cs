namespace EhcpQa.Domain;

/// <summary>
/// One setting of the authority's, kept as a row per change and never altered: the newest is in force, and
/// the rows are its history (what was set, by whom and when).
/// </summary>
public interface IKeptSetting
{
    int Id { get; }

    string ChangedBy { get; }

    DateTimeOffset ChangedAt { get; }
}

/// <summary>The rule every kept setting follows when it is changed.</summary>
public static class KeptSetting
{
    /// <summary>
    /// Refuses a change made from a page that showed an older setting than the one now in force.
    /// <paramref name="readFrom"/> is the setting in force when the person read the page (null when none had
    /// been made): a newer one means someone else changed it meanwhile, and theirs is not overwritten.
    /// </summary>
    /// <param name="whatChanged">What the setting is, as the refusal names it ("the sign-off policy").</param>
    /// <param name="shownAs">How the page shows it ("the policy").</param>
    /// <param name="doAgain">What the person does again ("set" or "make").</param>
    public static void RefuseIfChangedMeanwhile(int? readFrom, IKeptSetting? latest, string whatChanged, string shownAs, string doAgain = "set")
    {
        if (latest?.Id != readFrom)
        {
            throw new DomainRuleException(
                $"Someone else changed {whatChanged} while you were looking at it, so yours has not been saved. The page shows {shownAs} as it is now: {doAgain} yours again.");
        }
    }
}
