namespace EhcpQa.Domain.Agreement;

/// <summary>
/// One thing graded independently by several moderators: one plan's section (or the plan overall) in
/// one session. Units with fewer than two ratings cannot show agreement and are skipped.
/// </summary>
/// <param name="UnitKey">Identifies the unit, e.g. "session 12 / plan 345 / F"; unique within one computation.</param>
/// <param name="Ratings">One rating per grader.</param>
public sealed record RatedUnit(string UnitKey, IReadOnlyList<Rating> Ratings);
