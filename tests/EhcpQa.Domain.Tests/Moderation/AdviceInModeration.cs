using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Moderation;

/// <summary>A session of plans 11 and 12, each assigned to one moderator, chaired by "chair"; and advice for those plans.</summary>
internal static class AdviceScene
{
    public static readonly DateOnly Today = new(2026, 12, 7);

    public static Actor ModeratorA => People.InRoles("mod-a", null, StaffRole.PanelMember);

    public static Actor ModeratorB => People.InRoles("mod-b", null, StaffRole.PanelMember);

    public static Actor Chair => People.InRoles("chair", 1, StaffRole.LocalityManager);

    public static PanelSession Session(bool showsAdvice)
    {
        var session = PanelSession.Plan(new DateOnly(2026, 12, 3), PanelLevel.MultiAgencyPanel, null, 1, "chair", "qa-lead", PanelSessions.At, showsAdvice);
        session.AddMember("mod-a", Agency.Health);
        session.AddMember("mod-b", Agency.SocialCare);
        session.AddMember("chair", Agency.SendTeam);
        session.Assign(PanelSessions.Plan(11), "mod-a");
        session.Assign(PanelSessions.Plan(12), "mod-b");
        return session;
    }

    /// <summary>Advice from educational psychology for the plan, requested in September; received in October unless <paramref name="received"/> is false.</summary>
    public static AdviceRequest Advice(int planId, bool received = true)
    {
        var request = AdviceRequest.Request(planId, AdviceOccasion.NewAssessment, AdviceService.EducationalPsychology, null, null,
            new DateOnly(2026, 9, 14), null, AdvicePolicy.StatutoryWeeks, Today, "caseworker", PanelSessions.At);
        if (received)
        {
            request.RecordReceipt(new DateOnly(2026, 10, 20), null, "Made-up advice.", Today, "caseworker", PanelSessions.At);
        }

        return request;
    }
}

public sealed class SessionShowingAdvice
{
    [Fact]
    public void Session_ByDefault_DoesNotShowAdvice()
    {
        var session = PanelSessions.New();

        Assert.False(session.ShowsAdvice);
    }

    [Fact]
    public void Session_PlannedToShowAdvice_ShowsIt()
    {
        Assert.True(AdviceScene.Session(showsAdvice: true).ShowsAdvice);
    }

    [Fact]
    public void ShowAdvice_TurnsItOnAndOff()
    {
        var session = AdviceScene.Session(showsAdvice: false);

        var at = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

        session.ShowAdvice(true, "qa-lead", at);
        Assert.True(session.ShowsAdvice);
        Assert.Equal(("qa-lead", (DateTimeOffset?)at), (session.AdviceSettingChangedById, session.AdviceSettingChangedAt));

        session.ShowAdvice(false, "qa-lead-2", at.AddHours(1));
        Assert.False(session.ShowsAdvice);
        Assert.Equal(("qa-lead-2", (DateTimeOffset?)at.AddHours(1)), (session.AdviceSettingChangedById, session.AdviceSettingChangedAt));
    }

    [Theory]
    [InlineData(true, "already shows")]
    [InlineData(false, "already does not show")]
    public void ShowAdvice_AsItIsAlready_IsRefused(bool shows, string message)
    {
        var session = AdviceScene.Session(showsAdvice: shows);

        var refused = Assert.Throws<DomainRuleException>(() => session.ShowAdvice(shows, "qa-lead", DateTimeOffset.UnixEpoch));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }
}

public sealed class AdviceSeenInModeration
{
    [Fact]
    public void SessionNotShowingAdvice_ShowsNobodyTheAdvice()
    {
        var session = AdviceScene.Session(showsAdvice: false);
        var advice = AdviceScene.Advice(11);

        Assert.False(AdviceAccess.CanViewAsModerator(AdviceScene.ModeratorA, session, 11, advice));
        Assert.False(AdviceAccess.CanViewAsModerator(AdviceScene.Chair, session, 11, advice));
        Assert.False(AdviceAccess.CanViewAsModerator(People.QaLead(), session, 11, advice));
    }

    [Fact]
    public void SessionShowingAdvice_ShowsTheModeratorTheAdviceReceivedForTheirPlan()
    {
        var session = AdviceScene.Session(showsAdvice: true);

        Assert.True(AdviceAccess.CanViewAsModerator(AdviceScene.ModeratorA, session, 11, AdviceScene.Advice(11)));
    }

    [Fact]
    public void SessionShowingAdvice_ShowsTheChairAndQaLeadsTheAdviceOfAnyPlanOfTheSession()
    {
        var session = AdviceScene.Session(showsAdvice: true);

        Assert.True(AdviceAccess.CanViewAsModerator(AdviceScene.Chair, session, 12, AdviceScene.Advice(12)));
        Assert.True(AdviceAccess.CanViewAsModerator(People.QaLead(), session, 11, AdviceScene.Advice(11)));
    }

    [Fact]
    public void ModeratorOfAnotherPlan_IsRefusedItsAdvice()
    {
        var session = AdviceScene.Session(showsAdvice: true);

        Assert.False(AdviceAccess.CanViewAsModerator(AdviceScene.ModeratorA, session, 12, AdviceScene.Advice(12)));
    }

    [Fact]
    public void AdviceOfAnotherPlan_IsRefused_EvenOnThePlanTheModeratorHas()
    {
        var session = AdviceScene.Session(showsAdvice: true);

        Assert.False(AdviceAccess.CanViewAsModerator(AdviceScene.ModeratorA, session, 11, AdviceScene.Advice(12)));
    }

    [Fact]
    public void AdviceNotYetReceived_IsNotShown()
    {
        var session = AdviceScene.Session(showsAdvice: true);

        Assert.False(AdviceAccess.CanViewAsModerator(AdviceScene.ModeratorA, session, 11, AdviceScene.Advice(11, received: false)));
    }

    [Fact]
    public void PlanOutsideTheSession_IsRefusedEvenToAQaLead()
    {
        var session = AdviceScene.Session(showsAdvice: true);

        Assert.False(AdviceAccess.CanViewAsModerator(People.QaLead(), session, 13, AdviceScene.Advice(13)));
    }

    [Fact]
    public void MemberWithNoPlan_IsRefused()
    {
        var session = AdviceScene.Session(showsAdvice: true);
        session.AddMember("mod-c", Agency.EducationSetting);

        Assert.False(AdviceAccess.CanViewAsModerator(People.InRoles("mod-c", null, StaffRole.PanelMember), session, 11, AdviceScene.Advice(11)));
    }
}
