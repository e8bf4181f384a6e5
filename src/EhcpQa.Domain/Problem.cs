namespace EhcpQa.Domain;

/// <summary>
/// A reason the domain refuses something: the field it concerns (the name of the detail, as the domain
/// calls it; empty when it concerns the whole) and a message written for the person who tried it. Forms
/// show each problem beside its field; every rule that refuses input says why in these terms.
/// </summary>
public sealed record Problem(string Field, string Message)
{
    /// <summary>A problem with the whole of what was tried rather than one of its fields.</summary>
    public static Problem General(string message) => new(string.Empty, message);
}
