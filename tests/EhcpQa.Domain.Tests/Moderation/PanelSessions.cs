using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Moderation;

internal static class PanelSessions
{
    public static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static PanelSession New(PanelLevel level = PanelLevel.MultiAgencyPanel) =>
        PanelSession.Plan(new DateOnly(2026, 12, 3), level, "Children in care", 1, "chair", "qa-lead", At);

    public static PanelSession WithMembers(params (string Id, Agency Agency)[] members)
    {
        var session = New();
        foreach (var (id, agency) in members)
        {
            session.AddMember(id, agency);
        }

        return session;
    }

    /// <summary>A plan of the sample, written by a caseworker who is no member of the session.</summary>
    public static SessionPlan Plan(int id) => new(id, "caseworker");

    public static IReadOnlyList<SessionPlan> Plans(params int[] ids) => ids.Select(Plan).ToList();
}

public sealed class MissingAgenciesByDefault
{
    [Fact]
    public void MissingAgencies_ListsEachRequiredAgencyNoMemberRepresents()
    {
        var session = PanelSessions.WithMembers(("a", Agency.SendTeam), ("b", Agency.Health), ("c", Agency.Health));

        var missing = session.MissingAgencies(PanelSession.DefaultRequiredAgencies);

        Assert.Equal([Agency.SocialCare, Agency.EducationSetting, Agency.ParentCarerForum], missing);
    }

    [Fact]
    public void MissingAgencies_WhenEveryAgencyIsThere_IsEmpty()
    {
        var session = PanelSessions.WithMembers(("a", Agency.SendTeam), ("b", Agency.Health), ("c", Agency.SocialCare),
            ("d", Agency.EducationSetting), ("e", Agency.ParentCarerForum));

        Assert.Empty(session.MissingAgencies(PanelSession.DefaultRequiredAgencies));
    }
}

public sealed class PanelMembership
{
    [Fact]
    public void AddMember_Twice_IsRefused()
    {
        var session = PanelSessions.WithMembers(("a", Agency.Health));

        Assert.Throws<DomainRuleException>(() => session.AddMember("a", Agency.SocialCare));
    }

    [Fact]
    public void RemoveMember_WithPlansAssigned_IsRefused()
    {
        var session = PanelSessions.WithMembers(("a", Agency.Health));
        session.Assign(PanelSessions.Plan(10), "a");

        Assert.Throws<DomainRuleException>(() => session.RemoveMember("a", []));
    }

    [Fact]
    public void Assign_ToSomeoneNotAMember_IsRefused()
    {
        var session = PanelSessions.WithMembers(("a", Agency.Health));

        Assert.Throws<DomainRuleException>(() => session.Assign(PanelSessions.Plan(10), "stranger"));
    }

    [Fact]
    public void Plan_WithAThemeOfSpaces_HasNoTheme()
    {
        var session = PanelSession.Plan(new DateOnly(2026, 12, 3), PanelLevel.LeadershipDipSample, "  ", 1, "chair", "qa", PanelSessions.At);

        Assert.Null(session.Theme);
    }
}

public sealed class EvenAssignment
{
    [Fact]
    public void AssignEvenly_GivesEachPlanTwoModeratorsFromDifferentAgencies()
    {
        var session = PanelSessions.WithMembers(("send", Agency.SendTeam), ("health", Agency.Health), ("care", Agency.SocialCare), ("school", Agency.EducationSetting));

        session.AssignEvenly(PanelSessions.Plans(1, 2, 3, 4, 5, 6));

        foreach (var plan in new[] { 1, 2, 3, 4, 5, 6 })
        {
            var moderators = session.Assignments.Where(a => a.PlanId == plan).Select(a => a.ModeratorId).ToList();
            Assert.Equal(2, moderators.Count);
            Assert.Equal(2, moderators.Select(m => session.Members.Single(x => x.UserId == m).Agency).Distinct().Count());
        }

        Assert.All(session.Members, m => Assert.Equal(3, session.PlansOf(m.UserId).Count));
    }

    [Fact]
    public void AssignEvenly_WithOneAgencyOutnumbered_KeepsTheWorkloadWithinOnePlan()
    {
        var session = PanelSessions.WithMembers(("s1", Agency.SendTeam), ("s2", Agency.SendTeam), ("s3", Agency.SendTeam), ("h", Agency.Health));

        session.AssignEvenly(PanelSessions.Plans([.. Enumerable.Range(1, 8)]));

        var loads = session.Members.Select(m => session.PlansOf(m.UserId).Count).ToList();
        Assert.Equal(16, loads.Sum());
        Assert.True(loads.Max() - loads.Min() <= 2, $"Loads {string.Join(",", loads)} are uneven");
        Assert.True(session.PlansOf("h").Count >= 4, "The one health member should moderate a fair share");
    }

    [Fact]
    public void AssignEvenly_KeepsEarlierAssignmentsAndIsDeterministic()
    {
        var first = PanelSessions.WithMembers(("a", Agency.SendTeam), ("b", Agency.Health), ("c", Agency.SocialCare));
        var second = PanelSessions.WithMembers(("a", Agency.SendTeam), ("b", Agency.Health), ("c", Agency.SocialCare));
        first.Assign(PanelSessions.Plan(1), "c");
        second.Assign(PanelSessions.Plan(1), "c");

        first.AssignEvenly(PanelSessions.Plans(1, 2, 3));
        second.AssignEvenly(PanelSessions.Plans(1, 2, 3));

        Assert.True(first.IsAssigned(1, "c"));
        Assert.Equal(2, first.Assignments.Count(a => a.PlanId == 1));
        Assert.Equal(first.Assignments, second.Assignments);
    }

    [Fact]
    public void AssignEvenly_WithOneMember_GivesThemEveryPlanOnce()
    {
        var session = PanelSessions.WithMembers(("only", Agency.Health));

        session.AssignEvenly(PanelSessions.Plans(1, 2));

        Assert.Equal([1, 2], session.PlansOf("only"));
    }

    [Fact]
    public void AssignEvenly_WithNoMembers_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => PanelSessions.New().AssignEvenly(PanelSessions.Plans(1)));
    }
}
