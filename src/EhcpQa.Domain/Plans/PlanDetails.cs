namespace EhcpQa.Domain.Plans;

/// <summary>The facts about a plan that the register records and staff may correct.</summary>
/// <param name="SecondaryNeed">The child's secondary type of need, if the register records one.</param>
/// <param name="SettingName">The name of the school or other setting, if known.</param>
public sealed record PlanDetails(
    string Reference,
    string ChildIdentifier,
    DateOnly DateOfBirth,
    NeedType PrimaryNeed,
    SettingType Setting,
    int LocalityId,
    string CaseworkerId,
    VulnerableCohorts Cohorts,
    DateOnly RequestDate,
    NeedType? SecondaryNeed = null,
    string? SettingName = null)
{
    /// <summary>Every rule these details break, keyed by the detail it concerns; none when they are sound.</summary>
    public IEnumerable<Problem> Problems(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Reference))
        {
            yield return new(nameof(Reference), "Enter the plan's reference");
        }
        else if (Reference.Trim().Length > Plan.ReferenceMaxLength || !Plan.ReferencePattern().IsMatch(Reference.Trim()))
        {
            yield return new(nameof(Reference), $"The reference must be up to {Plan.ReferenceMaxLength} letters, numbers, hyphens or slashes");
        }

        if (string.IsNullOrWhiteSpace(ChildIdentifier) || !Plan.InitialsPattern().IsMatch(ChildIdentifier.Trim()))
        {
            yield return new(nameof(ChildIdentifier), "Enter the child's initials: 1 to 4 letters, not their name");
        }

        if (DateOfBirth > today)
        {
            yield return new(nameof(DateOfBirth), "Date of birth must be today or in the past");
        }
        else if (DateOfBirth <= today.AddYears(-(Plan.MaxAgeYears + 1)))
        {
            yield return new(nameof(DateOfBirth), $"Date of birth must be for a child or young person aged {Plan.MaxAgeYears} or under");
        }

        if (RequestDate > today)
        {
            yield return new(nameof(RequestDate), "Request date must be today or in the past");
        }
        else if (RequestDate < DateOfBirth)
        {
            yield return new(nameof(RequestDate), "Request date cannot be before the date of birth");
        }

        if (!Enum.IsDefined(PrimaryNeed))
        {
            yield return new(nameof(PrimaryNeed), "Select the primary need");
        }

        if (SecondaryNeed is { } secondary)
        {
            if (!Enum.IsDefined(secondary))
            {
                yield return new(nameof(SecondaryNeed), "Select the secondary need from the list");
            }
            else if (secondary == PrimaryNeed)
            {
                yield return new(nameof(SecondaryNeed), "The secondary need must be different from the primary need");
            }
        }

        if (!Enum.IsDefined(Setting))
        {
            yield return new(nameof(Setting), "Select the type of setting");
        }

        if (SettingName?.Trim().Length > Plan.SettingNameMaxLength)
        {
            yield return new(nameof(SettingName), $"The name of the setting must be {Plan.SettingNameMaxLength} characters or fewer");
        }

        if (LocalityId <= 0)
        {
            yield return new(nameof(LocalityId), "Select the locality");
        }

        if (string.IsNullOrWhiteSpace(CaseworkerId))
        {
            yield return new(nameof(CaseworkerId), "Select the caseworker");
        }
    }
}
