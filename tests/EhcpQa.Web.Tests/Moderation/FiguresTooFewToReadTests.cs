using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Grades;
using EhcpQa.Web.Features.Moderation;

namespace EhcpQa.Web.Tests.Moderation;

/// <summary>Pages and reports show agreement figures resting on too few units, saying so instead of calling them good or poor, and call no grader harsher on too few grades.</summary>
public sealed class FiguresTooFewToReadTests
{
    [Fact]
    public void AlphaOnTooFewUnits_IsShownWithHowManyThereAre_AndNoLabel()
    {
        var units = Enumerable.Range(0, 3)
            .Select(i => new RatedUnit($"u{i}", [new Rating("a", Grade.FromValue(1 + i)), new Rating("b", Grade.FromValue(2 + i))]))
            .ToArray();

        var text = AgreementText.Alpha(AgreementStatistics.Compute(units));

        Assert.Contains("too few to read: 3 units, at least 10 needed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("poor", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AGraderOnTooFewGrades_IsNotCalledHarsher()
    {
        var row = new GraderTendencyRow("a", 4, 1, 4, 0, 0);

        Assert.Equal("Too few grades to say (4 of the 10 needed)", AgreementText.Tendency(row));
        Assert.Equal("Harsher than the panel", AgreementText.Tendency(row with { Count = 10, HarsherCount = 10 }));
    }
}
