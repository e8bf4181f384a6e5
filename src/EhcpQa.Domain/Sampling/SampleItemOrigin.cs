namespace EhcpQa.Domain.Sampling;

/// <summary>How a plan came to be in a dip sample.</summary>
public enum SampleItemOrigin
{
    /// <summary>Chosen by the seeded random draw.</summary>
    Drawn = 1,

    /// <summary>Named by a QA lead, with a recorded reason; marked as added, never as drawn.</summary>
    Added,

    /// <summary>Written by a caseworker on the authority's new-officer rule, whose plans are all sampled; carries why they are on it.</summary>
    NewOfficer,
}
