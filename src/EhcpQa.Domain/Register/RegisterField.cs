namespace EhcpQa.Domain.Register;

/// <summary>What the service reads from a register: each is matched to one of the file's columns.</summary>
public enum RegisterField
{
    Reference = 1,
    ChildInitials,
    DateOfBirth,
    Caseworker,
    Locality,
    PrimaryNeed,
    SecondaryNeed,
    SettingType,
    SettingName,
    RequestDate,
    IssuedOn,
    LastReviewedOn,
    Status,
    CeasedOn,
    Cohorts,
}
