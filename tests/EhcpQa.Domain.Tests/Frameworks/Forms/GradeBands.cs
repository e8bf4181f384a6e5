using EhcpQa.Domain.Frameworks.Forms;
using static EhcpQa.Domain.Tests.Frameworks.Forms.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

public class GradeBands
{
    private static readonly GradeRule Banded = new(GradeMode.Banded, [new("1", 85m), new("2", 65m), new("3", 40m), new("4", 0m)]);

    [Theory]
    [InlineData(100, "1")]
    [InlineData(85, "1")]
    [InlineData(84.99, "2")]
    [InlineData(65, "2")]
    [InlineData(64.99, "3")]
    [InlineData(40, "3")]
    [InlineData(39.99, "4")]
    [InlineData(0, "4")]
    public void AtLeastBands_GiveTheirGradeFromTheirThresholdUp(double percentage, string grade)
    {
        Assert.Equal(grade, Banded.BandFor((decimal)percentage));
    }

    [Theory]
    [InlineData(50.01, "3")]
    [InlineData(50, "4")]
    public void AnAboveBand_IsNotReachedAtItsThreshold(double percentage, string grade)
    {
        var rule = new GradeRule(GradeMode.Chosen, [new("2", 100m), new("3", 50m, Above: true), new("4", 0m)]);

        Assert.Equal(grade, rule.BandFor((decimal)percentage));
    }

    [Fact]
    public void NothingAvailable_CountsAsNothingFallingShort()
    {
        Assert.Equal("1", Banded.BandFor(null));
    }

    [Fact]
    public void ASectionsBand_ComesFromItsPercentage()
    {
        var part = Section("A", Item("1", "levels"), Item("2", "levels"));
        var form = Form([part], OneToFour, Banded);

        var score = form.Score(new Dictionary<string, IReadOnlyDictionary<string, string>> { ["A"] = Answers(("1", "2"), ("2", "1")) });

        Assert.Equal("2", score.Section("A")!.Band);
    }

    [Fact]
    public void WithoutAGradeScale_NoBandIsGiven()
    {
        var part = Section("A", Item("1", "levels"));

        Assert.Null(Form([part], gradeScale: null).ScorePart(part, Answers(("1", "2")), Banded).Band);
    }
}
