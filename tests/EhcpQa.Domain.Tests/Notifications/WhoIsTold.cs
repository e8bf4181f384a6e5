using EhcpQa.Domain.Notifications;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Notifications;

/// <summary>Who is told of each change to a plan, and which kinds each role may choose to have by e-mail.</summary>
public class WhoIsTold
{
    [Theory]
    [InlineData(PlanEventKind.DraftSubmitted, NotificationKind.DraftToSignOff, PlanAudience.LocalityManagers)]
    [InlineData(PlanEventKind.SecondOpinionNeeded, NotificationKind.SecondOpinionNeeded, PlanAudience.SecondGraders)]
    [InlineData(PlanEventKind.Returned, NotificationKind.DraftReturned, PlanAudience.Caseworker)]
    [InlineData(PlanEventKind.SignedOff, NotificationKind.DraftSignedOff, PlanAudience.Caseworker)]
    public void AChangeToAPlan_TellsItsAudience(PlanEventKind change, NotificationKind kind, PlanAudience audience) =>
        Assert.Equal(new PlanNotice(kind, audience), NotificationRules.ForPlanEvent(change));

    [Theory]
    [InlineData(PlanEventKind.Registered)]
    [InlineData(PlanEventKind.GradingStarted)]
    [InlineData(PlanEventKind.RecordChanged)]
    public void OtherChanges_TellNobody(PlanEventKind change) => Assert.Null(NotificationRules.ForPlanEvent(change));

    [Fact]
    public void ACaseworker_ChoosesOnlyAmongTheirDraftsNews_AndABoardMemberHasNone()
    {
        Assert.Equal([NotificationKind.DraftReturned, NotificationKind.DraftSignedOff], NotificationRules.KindsFor([StaffRole.Caseworker]));
        Assert.Empty(NotificationRules.KindsFor([StaffRole.BoardMember]));
        Assert.Contains(NotificationKind.DraftToSignOff, NotificationRules.KindsFor([StaffRole.LocalityManager]));
    }

    [Fact]
    public void GradersAreSentToTheSignOffPage_AndCaseworkersToThePlan()
    {
        Assert.Equal("/sign-off/7", NotificationRules.PathFor(NotificationKind.SecondOpinionNeeded, 7));
        Assert.Equal("/plans/7", NotificationRules.PathFor(NotificationKind.DraftReturned, 7));
    }

    [Fact]
    public void NoEmail_NamesTheChildOrQuotesThePlan_OnlyTheReferenceAndTheLink()
    {
        var body = NotificationWording.Body(NotificationKind.DraftReturned, "EHC-9", new Uri("https://ehcp-qa.example.gov.uk/plans/7"));

        Assert.StartsWith("Your draft EHC-9 has been returned with feedback.", body, StringComparison.Ordinal);
        Assert.Contains("https://ehcp-qa.example.gov.uk/plans/7", body, StringComparison.Ordinal);
    }
}
