namespace EhcpQa.Domain.Advice;

/// <summary>
/// How an agency lead draws advice to audit: at random from their agency's advice received and not yet audited, each
/// piece as likely as any other, no piece twice. Drawing by chance keeps the audit honest; choosing one piece is done
/// from its own page instead.
/// </summary>
public static class AdviceAuditDraw
{
    /// <summary>The most pieces drawn at once: a sitting's work.</summary>
    public const int MaxCount = 20;

    /// <summary>Every reason <see cref="Draw"/> would refuse the count, given how many pieces wait to be audited.</summary>
    public static IEnumerable<Problem> Problems(int? count, int waiting)
    {
        if (count is not { } asked)
        {
            yield return new("Count", "Enter how many pieces of advice to draw, as a whole number");
        }
        else if (asked < 1 || asked > MaxCount)
        {
            yield return new("Count", $"Draw between 1 and {MaxCount} pieces of advice");
        }
        else if (waiting == 0)
        {
            yield return new("Count", "There is no advice received and not yet audited to draw from");
        }
    }

    /// <summary>
    /// Draws <paramref name="count"/> of the candidates (all of them when there are no more), in the order drawn, by a
    /// partial Fisher–Yates shuffle with the random source given.
    /// </summary>
    public static IReadOnlyList<int> Draw(IReadOnlyList<int> candidates, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(random);
        DomainRuleException.ThrowIfAny(Problems(count, candidates.Count));
        var pool = candidates.Distinct().ToArray();
        var take = Math.Min(count, pool.Length);
        for (var i = 0; i < take; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..take];
    }
}
