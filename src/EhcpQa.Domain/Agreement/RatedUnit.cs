namespace EhcpQa.Domain.Agreement;

/// <summary>
/// One thing graded independently by several moderators: one plan's section (or the plan overall) in
/// one session. Units with fewer than two ratings cannot show agreement and are skipped.
/// </summary>
/// <param name="UnitKey">Identifies the unit, e.g. "session 12 / plan 345 / F"; unique within one computation.</param>
/// <param name="Ratings">One rating per grader.</param>
public sealed record RatedUnit(string UnitKey, IReadOnlyList<Rating> Ratings);

/// <summary>One thing scored independently by several graders, on any whole-number scale (see <see cref="AgreementStatistics.Compute(IReadOnlyList{ScoredUnit}, AlphaMetric, int)"/>).</summary>
public sealed record ScoredUnit(string UnitKey, IReadOnlyList<Score> Scores);

/// <summary>One grader's value for one unit: a grade's rank on its scale, or a percentage in tenths.</summary>
public sealed record Score(string GraderId, int Value);
