using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Moderation;

public sealed class PlanReassignment
{
    [Fact]
    public void Reassign_BeforeModerationBegins_MovesThePlanFromOneMemberToAnother()
    {
        var scene = new ModerationScene();

        scene.Session.Reassign(SessionPlan.Of(scene.Plan), "mod-a", "mod-c", scene.Gradings);

        Assert.Equal(["mod-b", "mod-c"], scene.Session.ModeratorsOf(scene.Plan.Id));
    }

    [Fact]
    public void Reassign_OfAPlanTheMemberDoesNotHave_IsRefused()
    {
        var scene = new ModerationScene();

        var refused = Assert.Throws<DomainRuleException>(() => scene.Session.Reassign(SessionPlan.Of(scene.Plan), "mod-c", "chair", scene.Gradings));

        Assert.Contains("not assigned to that member", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reassign_ToAMemberWhoAlreadyHasThePlan_IsRefusedAndChangesNothing()
    {
        var scene = new ModerationScene();

        Assert.Throws<DomainRuleException>(() => scene.Session.Reassign(SessionPlan.Of(scene.Plan), "mod-a", "mod-b", scene.Gradings));

        Assert.Equal(["mod-a", "mod-b"], scene.Session.ModeratorsOf(scene.Plan.Id));
    }
}

public sealed class ChangesOnceModerationHasBegun
{
    [Fact]
    public void BeforeAnyGradingIsStarted_ModerationHasNotBegun_AndAMemberWithoutPlansIsRemoved()
    {
        var scene = new ModerationScene();

        Assert.False(scene.Session.HasModerationBegun(scene.Gradings));
        scene.Session.RemoveMember("mod-c", scene.Gradings);

        Assert.Null(scene.Session.AgencyOf("mod-c"));
    }

    [Fact]
    public void OnceAModeratorHasStarted_RemovingAMember_IsRefusedWithTheReason()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.Good, submit: false);

        var refused = Assert.Throws<DomainRuleException>(() => scene.Session.RemoveMember("mod-c", scene.Gradings));

        Assert.True(scene.Session.HasModerationBegun(scene.Gradings));
        Assert.StartsWith("Moderation has started in this session, so members can no longer be removed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(Agency.EducationSetting, scene.Session.AgencyOf("mod-c"));
    }

    [Fact]
    public void OnceAModeratorHasStarted_ReassigningAPlan_IsRefusedWithTheReason()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorB, Grade.Good);

        var refused = Assert.Throws<DomainRuleException>(() => scene.Session.Reassign(SessionPlan.Of(scene.Plan), "mod-a", "mod-c", scene.Gradings));

        Assert.StartsWith("Moderation has started in this session, so plans can no longer be reassigned", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["mod-a", "mod-b"], scene.Session.ModeratorsOf(scene.Plan.Id));
    }

    [Fact]
    public void AnotherSessionsGradings_DoNotCount()
    {
        var scene = new ModerationScene();
        var other = new ModerationScene();
        Ids.Assign(other.Session, 7);
        other.Moderate(ModerationScene.ModeratorA, Grade.Good);

        Assert.False(scene.Session.HasModerationBegun(other.Gradings));
    }
}

public sealed class NeverTheirOwnPlan
{
    [Fact]
    public void Assign_ToThePlansOwnCaseworker_IsRefused()
    {
        var session = PanelSessions.WithMembers(("cw-1", Agency.SendTeam), ("cw-2", Agency.SendTeam));

        var refused = Assert.Throws<DomainRuleException>(() => session.Assign(new SessionPlan(1, "cw-1"), "cw-1"));

        Assert.Contains("never moderated by its own caseworker", refused.Message, StringComparison.Ordinal);
        Assert.Empty(session.Assignments);
    }

    [Fact]
    public void Reassign_ToThePlansOwnCaseworker_IsRefused()
    {
        var session = PanelSessions.WithMembers(("cw-1", Agency.SendTeam), ("cw-2", Agency.SendTeam));
        session.Assign(new SessionPlan(1, "cw-1"), "cw-2");

        Assert.Throws<DomainRuleException>(() => session.Reassign(new SessionPlan(1, "cw-1"), "cw-2", "cw-1", []));
        Assert.Equal(["cw-2"], session.ModeratorsOf(1));
    }

    [Fact]
    public void AssignEvenly_SkipsEachPlansOwnCaseworker_AndStillGivesItTwoModerators()
    {
        var session = PanelSessions.WithMembers(("cw-1", Agency.SendTeam), ("cw-2", Agency.SendTeam), ("cw-3", Agency.SendTeam));

        session.AssignEvenly([new(1, "cw-1"), new(2, "cw-2"), new(3, "cw-3"), new(4, "cw-1")]);

        Assert.DoesNotContain(session.Assignments, a => (a.PlanId, a.ModeratorId) is (1, "cw-1") or (2, "cw-2") or (3, "cw-3") or (4, "cw-1"));
        Assert.All(Enumerable.Range(1, 4), plan => Assert.Equal(2, session.ModeratorsOf(plan).Count));
    }

    [Fact]
    public void AssignEvenly_WhenTheCaseworkerIsTheOnlyMember_LeavesThePlanUnassigned()
    {
        var session = PanelSessions.WithMembers(("cw-1", Agency.SendTeam));

        session.AssignEvenly([new(1, "cw-1"), new(2, "cw-9")]);

        Assert.Empty(session.ModeratorsOf(1));
        Assert.Equal(["cw-1"], session.ModeratorsOf(2));
    }
}

public sealed class MinimumPlansPerSession
{
    private static DipSample SampleOf(int plans) =>
        DipSample.Draw("Sample", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), new SampleTheme(),
            Populations.Varied(40, caseworkers: 4), new SampleRules(SampleSize.Of(plans), PerCaseworker: 0, ProportionalSpread: false), 3, "qa-lead", PanelSessions.At);

    private static PanelRepresentation Needing(int minimum) => new(PanelSession.DefaultRequiredAgencies, null, minimum);

    [Fact]
    public void ASampleWithFewerPlansThanTheMinimum_CannotBeModerated_AndSaysWhy()
    {
        var sample = SampleOf(6);

        var refused = Assert.Throws<DomainRuleException>(() =>
            PanelSession.PlanFor(sample, Needing(10), new DateOnly(2026, 12, 3), PanelLevel.MultiAgencyPanel, null, "chair", "qa-lead", PanelSessions.At));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(nameof(PanelSession.DipSampleId), problem.Field);
        Assert.StartsWith("The sample has 6 plans: a session moderates at least 10 plans", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASampleWithTheMinimum_IsSetUp_ForThatSample()
    {
        var sample = SampleOf(10);
        Ids.Assign(sample, 4);

        var session = PanelSession.PlanFor(sample, Needing(10), new DateOnly(2026, 12, 3), PanelLevel.PeerModeration, "Post-16", "chair", "qa-lead", PanelSessions.At);

        Assert.Equal(4, session.DipSampleId);
        Assert.Equal(PanelLevel.PeerModeration, session.Level);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(PanelRepresentation.MinimumPlansLimit + 1)]
    public void AMinimumOutsideItsRange_IsRefused(int minimum)
    {
        Assert.Throws<DomainRuleException>(() => Needing(minimum));
    }

    [Fact]
    public void ByDefault_ASessionNeedsOnePlan()
    {
        Assert.Equal(1, PanelRepresentation.Default.MinimumPlans);
    }
}

public sealed class MissingAgenciesBySetting
{
    [Fact]
    public void TheAuthoritysRequiredAgencies_AreTheOnesChecked()
    {
        var representation = new PanelRepresentation([Agency.Health, Agency.EducationalPsychology, Agency.SeniorLeadership], null, 1);
        var session = PanelSessions.WithMembers(("a", Agency.Health), ("b", Agency.SocialCare));

        Assert.Equal([Agency.EducationalPsychology, Agency.SeniorLeadership], session.MissingAgencies(representation));
    }

    [Fact]
    public void AnAgency_IsNamedAsTheAuthorityNamesIt_OrAsTheServiceDoes()
    {
        var representation = new PanelRepresentation(PanelSession.DefaultRequiredAgencies,
            new Dictionary<Agency, string> { [Agency.ParentCarerForum] = "  Wirral Parent Carer Forum " }, 1);

        Assert.Equal("Wirral Parent Carer Forum", representation.NameOf(Agency.ParentCarerForum));
        Assert.Equal("Social care", representation.NameOf(Agency.SocialCare));
    }

    [Fact]
    public void ANameLongerThanTheLimit_IsRefused()
    {
        Assert.Single(PanelRepresentation.NameProblems(Agency.Health, new string('x', PanelRepresentation.NameMaxLength + 1)));
        Assert.Empty(PanelRepresentation.NameProblems(Agency.Health, new string('x', PanelRepresentation.NameMaxLength)));
        Assert.Throws<DomainRuleException>(() => new PanelRepresentation([], new Dictionary<Agency, string> { [Agency.Health] = new string('x', 101) }, 1));
    }

    [Fact]
    public void PeerModeration_RequiresNoAgency()
    {
        var session = PanelSession.Plan(new DateOnly(2026, 12, 3), PanelLevel.PeerModeration, null, 1, "chair", "qa-lead", PanelSessions.At);

        Assert.Empty(session.MissingAgencies(PanelRepresentation.Default));
    }

    [Fact]
    public void ASetting_IsKeptAsMade_AndRefusedWhenSomeoneElseChangedItMeanwhile()
    {
        var representation = new PanelRepresentation([Agency.SeniorLeadership, Agency.Health],
            new Dictionary<Agency, string> { [Agency.Health] = "NHS Wirral" }, 10);
        var first = PanelRepresentationChange.Make(representation, null, null, "qa-lead", PanelSessions.At);
        Ids.Assign(first, 1);

        Assert.Equal(representation, first.Representation);
        Assert.Equal("Health,SeniorLeadership", first.RequiredAgencies);
        var refused = Assert.Throws<DomainRuleException>(() => PanelRepresentationChange.Make(PanelRepresentation.Default, null, first, "qa-lead-2", PanelSessions.At));
        Assert.Contains("Someone else changed the panel representation", refused.Message, StringComparison.Ordinal);
    }
}
