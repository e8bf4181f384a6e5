using EhcpQa.Domain.Advice;

namespace EhcpQa.Domain.Tests.Advice;

/// <summary>An agency lead draws pieces of advice at random to audit.</summary>
public class AdviceDrawnForAudit
{
    [Fact]
    public void TheCountAskedFor_IsDrawn_EachPieceOnce_FromTheCandidates()
    {
        int[] candidates = [11, 12, 13, 14, 15, 16, 17];

        var drawn = AdviceAuditDraw.Draw(candidates, 4, new Random(1));

        Assert.Equal(4, drawn.Count);
        Assert.Equal(4, drawn.Distinct().Count());
        Assert.All(drawn, id => Assert.Contains(id, candidates));
    }

    [Fact]
    public void AskingForMoreThanWait_DrawsEveryOne()
    {
        var drawn = AdviceAuditDraw.Draw([3, 1, 2], 10, new Random(1));

        Assert.Equal([1, 2, 3], drawn.Order());
    }

    [Fact]
    public void EveryCandidate_CanBeDrawn()
    {
        var seen = new HashSet<int>();
        for (var seed = 0; seed < 200; seed++)
        {
            seen.UnionWith(AdviceAuditDraw.Draw([1, 2, 3, 4, 5], 1, new Random(seed)));
        }

        Assert.Equal([1, 2, 3, 4, 5], seen.Order());
    }

    [Theory]
    [InlineData(null, 5, "Enter how many")]
    [InlineData(0, 5, "between 1 and 20")]
    [InlineData(21, 5, "between 1 and 20")]
    [InlineData(3, 0, "no advice received and not yet audited")]
    public void ACountOutOfRange_OrNothingToDraw_IsRefused(int? count, int waiting, string message)
    {
        var problem = Assert.Single(AdviceAuditDraw.Problems(count, waiting));

        Assert.Contains(message, problem.Message, StringComparison.OrdinalIgnoreCase);
    }
}
