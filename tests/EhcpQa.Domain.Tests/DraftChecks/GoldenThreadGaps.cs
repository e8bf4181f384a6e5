using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>Where the golden thread breaks: a need with no outcome or no provision, provision answering no need.</summary>
public class GoldenThreadGaps
{
    private static readonly GoldenThread Thread = new(ThreadWording.Default);

    private const string ReadingNeed = "Sam is working well below age-related expectations in reading and spelling.";

    [Fact]
    public void ANeedNoOutcomeAnswers_IsFlaggedWithItsSectionAndWords()
    {
        var matrix = Thread.Trace(new Dictionary<SectionCode, string>
        {
            [SectionCode.B] = "Cognition and learning\n" + ReadingNeed,
            [SectionCode.E] = "Communication and interaction\nBy July, Sam will ask for help using a short sentence.",
            [SectionCode.F] = "Cognition and learning\nA TA will deliver a phonics programme for 20 minutes daily.",
        });

        var gap = Assert.Single(matrix.Gaps);
        Assert.Equal((ThreadGapKind.NeedWithoutOutcome, SectionCode.B, ReadingNeed, "Cognition and learning"), (gap.Kind, gap.Section, gap.Words, gap.Area));
        Assert.Contains("Section E", gap.Reason, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(matrix.Needs).Outcomes);
        Assert.Equal("By July, Sam will ask for help using a short sentence.", Assert.Single(matrix.UnansweringOutcomes).Text);
    }

    [Fact]
    public void ANeedNoProvisionAnswers_IsFlaggedWithItsSectionAndWords()
    {
        var matrix = Thread.Trace(new Dictionary<SectionCode, string>
        {
            [SectionCode.B] = "Cognition and learning\n" + ReadingNeed,
            [SectionCode.E] = "Cognition and learning\nBy July, Sam will read a book at his age level with 95% accuracy.",
        });

        var gap = Assert.Single(matrix.Gaps);
        Assert.Equal((ThreadGapKind.NeedWithoutProvision, SectionCode.B, ReadingNeed), (gap.Kind, gap.Section, gap.Words));
        Assert.Single(Assert.Single(matrix.Needs).Outcomes);
    }

    [Fact]
    public void ProvisionThatAnswersNoNeed_IsFlaggedWithItsSectionAndWords()
    {
        const string sensory = "An occupational therapist will run a sensory circuit for 15 minutes each morning.";
        var matrix = Thread.Trace(new Dictionary<SectionCode, string>
        {
            [SectionCode.B] = "Cognition and learning\n" + ReadingNeed,
            [SectionCode.E] = "Cognition and learning\nBy July, Sam will read a book at his age level with 95% accuracy.",
            [SectionCode.F] = "Cognition and learning\nA TA will deliver a phonics programme for 20 minutes daily.\nSensory and/or physical\n" + sensory,
        });

        var gap = Assert.Single(matrix.Gaps);
        Assert.Equal((ThreadGapKind.ProvisionWithoutNeed, SectionCode.F, sensory, "Sensory and/or physical"), (gap.Kind, gap.Section, gap.Words, gap.Area));
        Assert.Equal(sensory, Assert.Single(matrix.UnansweringProvision).Text);
    }

    [Fact]
    public void StatementsThatNothingWasIdentified_AreNeitherNeedsNorProvision()
    {
        var matrix = Thread.Trace(new Dictionary<SectionCode, string>
        {
            [SectionCode.B] = "Cognition and learning\n" + ReadingNeed,
            [SectionCode.C] = "No health needs have been identified.",
            [SectionCode.D] = "Sam has no social care needs.",
            [SectionCode.E] = "Cognition and learning\nBy July, Sam will read a book at his age level with 95% accuracy.",
            [SectionCode.F] = "Cognition and learning\nA TA will deliver a phonics programme for 20 minutes daily.",
            [SectionCode.G] = "There is no health provision for Sam.",
            [SectionCode.H1] = "There is no social care provision.",
            [SectionCode.H2] = "Not applicable to Sam at this time.",
        });

        Assert.Equal(ReadingNeed, Assert.Single(matrix.Needs).Need.Text);
        Assert.Equal(SectionCode.F, Assert.Single(matrix.Provision).Section);
        Assert.Empty(matrix.Gaps);
        Assert.Empty(Thread.Read(SectionCode.C, "No health needs have been identified."));
        Assert.True(Thread.SaysNothingIdentified("There is no social care provision."));
        Assert.False(Thread.SaysNothingIdentified("A social worker will visit the family once a month."));
    }

    [Fact]
    public void ALongStatement_IsQuotedToAtMost160Characters()
    {
        var need = "Sam has great difficulty with " + string.Join(", ", Enumerable.Repeat("reading unfamiliar words", 12)) + ".";
        var matrix = Thread.Trace(new Dictionary<SectionCode, string> { [SectionCode.B] = need });

        var gap = matrix.Gaps[0];
        Assert.Equal(160, gap.Words.Length);
        Assert.StartsWith(need[..159], gap.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void ADraftOnTheNationalTemplate_HasAnUnbrokenThreadInEveryBroadArea()
    {
        var matrix = Thread.Trace(ThreadDrafts.NationalTemplate());

        Assert.Empty(matrix.Gaps);
        Assert.True(matrix.IsUnbroken);
        Assert.Equal(6, matrix.Needs.Count);
        Assert.All(matrix.Needs, n => Assert.Equal(SectionCode.B, n.Need.Section));
        Assert.All(matrix.Needs, n => Assert.Contains(n.Outcomes, o => o.SameArea == n.Need.Area));
        Assert.All(matrix.Needs, n => Assert.Contains(n.Provision, p => p.SameArea == n.Need.Area));
        Assert.Equal(6, matrix.Outcomes.Count);
        Assert.Equal(6, matrix.Provision.Count);
        Assert.Equal(Enum.GetValues<BroadAreaOfNeed>().Select(a => a.Name()), matrix.Areas.Select(a => a.Area));
        Assert.Equal([2, 2, 1, 1], matrix.Areas.Select(a => a.Needs.Count));
        Assert.Equal([2, 2, 1, 1], matrix.Areas.Select(a => a.Provision.Count));
    }

    [Fact]
    public void ADraftMissingItsSemhProvision_FlagsExactlyTheSemhNeed()
    {
        var draft = ThreadDrafts.NationalTemplate();
        draft[SectionCode.F] = string.Join('\n', draft[SectionCode.F].Split('\n')
            .Where(line => !line.Contains(ThreadDrafts.SemhProvision, StringComparison.Ordinal) && !line.StartsWith("Social, emotional", StringComparison.Ordinal)));

        var matrix = Thread.Trace(draft);

        var gap = Assert.Single(matrix.Gaps);
        Assert.Equal(
            (ThreadGapKind.NeedWithoutProvision, SectionCode.B, ThreadDrafts.SemhNeed, "Social, emotional and mental health"),
            (gap.Kind, gap.Section, gap.Words, gap.Area));
        Assert.Equal(5, matrix.Provision.Count);
    }
}
