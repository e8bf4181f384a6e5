using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Moderation;

public sealed class ThemeRecording
{
    [Fact]
    public void RecordTheme_KeepsTheSectionAgencyAndTrimmedText_WithWhoAndWhen()
    {
        var session = PanelSessions.New();

        var theme = session.RecordTheme(ThemeKind.AreaForImprovement, SectionCode.F, Agency.Health, "  Provision is not quantified  ", "qa-lead", PanelSessions.At);

        Assert.Same(theme, Assert.Single(session.Themes));
        Assert.Equal(ThemeKind.AreaForImprovement, theme.Kind);
        Assert.Equal(SectionCode.F, theme.Section);
        Assert.Equal(Agency.Health, theme.RaisedBy);
        Assert.Equal("Provision is not quantified", theme.Text);
        Assert.Equal("qa-lead", theme.RecordedById);
        Assert.Equal(PanelSessions.At, theme.RecordedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void RecordTheme_WithoutText_IsRefused(string? text)
    {
        var session = PanelSessions.New();

        var refusal = Assert.Throws<DomainRuleException>(() => session.RecordTheme(ThemeKind.Strength, SectionCode.A, Agency.SendTeam, text!, "qa-lead", PanelSessions.At));

        Assert.Equal("Enter the theme.", refusal.Message);
        Assert.Empty(session.Themes);
    }

    [Fact]
    public void RecordTheme_WithTextTooLong_IsRefused()
    {
        var session = PanelSessions.New();

        Assert.Throws<DomainRuleException>(() => session.RecordTheme(
            ThemeKind.Strength, SectionCode.A, Agency.SendTeam, new string('x', SessionTheme.TextMaxLength + 1), "qa-lead", PanelSessions.At));
    }

    [Fact]
    public void RecordTheme_WithUnknownKindSectionOrAgency_IsRefused()
    {
        var session = PanelSessions.New();

        Assert.Throws<DomainRuleException>(() => session.RecordTheme((ThemeKind)9, SectionCode.A, Agency.SendTeam, "Text", "qa-lead", PanelSessions.At));
        Assert.Throws<DomainRuleException>(() => session.RecordTheme(ThemeKind.Strength, (SectionCode)99, Agency.SendTeam, "Text", "qa-lead", PanelSessions.At));
        Assert.Throws<DomainRuleException>(() => session.RecordTheme(ThemeKind.Strength, SectionCode.A, (Agency)99, "Text", "qa-lead", PanelSessions.At));
        Assert.Empty(session.Themes);
    }

    [Fact]
    public void ThemeProblems_AreKeyedByTheDetailTheyConcern()
    {
        var problems = SessionTheme.Problems((ThemeKind)0, (SectionCode)0, (Agency)0, " ").Select(p => p.Field);

        Assert.Equal(["Kind", "Section", "RaisedBy", "Text"], problems);
    }
}

public sealed class ThemeRemoval
{
    [Fact]
    public void RemoveTheme_RemovesOnlyThatTheme()
    {
        var session = PanelSessions.New();
        Ids.Assign(session.RecordTheme(ThemeKind.Strength, SectionCode.A, Agency.SendTeam, "Child's voice is clear", "qa-lead", PanelSessions.At), 1);
        Ids.Assign(session.RecordTheme(ThemeKind.Strength, SectionCode.B, Agency.Health, "Needs are described well", "qa-lead", PanelSessions.At), 2);

        session.RemoveTheme(1);

        Assert.Equal(2, Assert.Single(session.Themes).Id);
    }

    [Fact]
    public void RemoveTheme_NotRecorded_IsRefused()
    {
        var session = PanelSessions.New();
        Ids.Assign(session.RecordTheme(ThemeKind.Strength, SectionCode.A, Agency.SendTeam, "Child's voice is clear", "qa-lead", PanelSessions.At), 1);

        Assert.Throws<DomainRuleException>(() => session.RemoveTheme(7));
        Assert.Single(session.Themes);
    }
}

public sealed class ThemesBySection
{
    [Fact]
    public void ThemesBySection_FollowsThePlansOrder_WithTheOverallLast_AndSplitsStrengthsFromAreasForImprovement()
    {
        var session = PanelSessions.New();
        session.RecordTheme(ThemeKind.AreaForImprovement, SectionCode.Overall, Agency.ParentCarerForum, "Golden thread is weak", "qa-lead", PanelSessions.At);
        session.RecordTheme(ThemeKind.AreaForImprovement, SectionCode.F, Agency.EducationSetting, "Provision is vague", "qa-lead", PanelSessions.At);
        session.RecordTheme(ThemeKind.Strength, SectionCode.H1, Agency.SocialCare, "Care provision is matched to needs", "qa-lead", PanelSessions.At);
        session.RecordTheme(ThemeKind.Strength, SectionCode.F, Agency.Health, "Therapy is quantified", "qa-lead", PanelSessions.At);

        var groups = session.ThemesBySection();

        Assert.Equal([SectionCode.F, SectionCode.H1, SectionCode.Overall], groups.Select(g => g.Section));
        var f = groups[0];
        Assert.Equal("Therapy is quantified", Assert.Single(f.Strengths).Text);
        Assert.Equal("Provision is vague", Assert.Single(f.AreasForImprovement).Text);
        Assert.Empty(groups[1].AreasForImprovement);
    }

    [Fact]
    public void ThemesBySection_WithNoThemes_IsEmpty()
    {
        Assert.Empty(PanelSessions.New().ThemesBySection());
    }
}
