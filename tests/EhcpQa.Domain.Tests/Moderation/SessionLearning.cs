using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Moderation;

public sealed class LearningRecording
{
    [Fact]
    public void RecordLearning_KeepsTheFourColumns_TrimmedAndEmptyAsNone_WithWhoAndWhen()
    {
        var session = PanelSessions.New();

        var entry = session.RecordLearning("  Section F  ", " Name the therapist ", "  ", "Tribunals quantify provision", "qa-lead", PanelSessions.At);

        Assert.Same(entry, Assert.Single(session.Learning));
        Assert.Equal("Section F", entry.Area);
        Assert.Equal("Name the therapist", entry.Feedback);
        Assert.Null(entry.Learning);
        Assert.Equal("Tribunals quantify provision", entry.FromTribunals);
        Assert.Equal("qa-lead", entry.RecordedById);
        Assert.Equal(PanelSessions.At, entry.RecordedAt);
    }

    [Theory]
    [InlineData("Feedback only", null, null)]
    [InlineData(null, "Learning only", null)]
    [InlineData(null, null, "Tribunals only")]
    public void RecordLearning_WithAnyOneOfTheThreeColumns_IsRecorded(string? feedback, string? learning, string? fromTribunals)
    {
        var session = PanelSessions.New();

        session.RecordLearning("Outcomes", feedback, learning, fromTribunals, "qa-lead", PanelSessions.At);

        Assert.Single(session.Learning);
    }

    [Fact]
    public void RecordLearning_WithoutAnArea_IsRefused()
    {
        var session = PanelSessions.New();

        var refusal = Assert.Throws<DomainRuleException>(() => session.RecordLearning(" ", "Feedback", null, null, "qa-lead", PanelSessions.At));

        Assert.Equal("Enter the area the learning is about.", refusal.Message);
        Assert.Empty(session.Learning);
    }

    [Fact]
    public void RecordLearning_WithNoneOfTheThreeColumns_IsRefused()
    {
        var session = PanelSessions.New();

        var refusal = Assert.Throws<DomainRuleException>(() => session.RecordLearning("Outcomes", " ", null, "", "qa-lead", PanelSessions.At));

        Assert.Equal("Enter the feedback, the learning or the learning from tribunals.", refusal.Message);
    }

    [Fact]
    public void LearningProblems_AreKeyedByTheColumnTheyConcern()
    {
        var tooLong = new string('x', LearningEntry.TextMaxLength + 1);

        Assert.Equal(["Area", "Feedback"], LearningEntry.Problems(null, null, null, null).Select(p => p.Field));
        Assert.Equal(["Area", "Learning", "FromTribunals"],
            LearningEntry.Problems(new string('a', LearningEntry.AreaMaxLength + 1), "ok", tooLong, tooLong).Select(p => p.Field));
    }
}

public sealed class LearningRemoval
{
    [Fact]
    public void RemoveLearning_RemovesOnlyThatRow()
    {
        var session = PanelSessions.New();
        Ids.Assign(session.RecordLearning("Section A", "Feedback", null, null, "qa-lead", PanelSessions.At), 1);
        Ids.Assign(session.RecordLearning("Section E", "Feedback", null, null, "qa-lead", PanelSessions.At), 2);

        session.RemoveLearning(2);

        Assert.Equal("Section A", Assert.Single(session.Learning).Area);
    }

    [Fact]
    public void RemoveLearning_NotRecorded_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => PanelSessions.New().RemoveLearning(3));
    }
}
