using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>Which drafts in sign-off wait for whom: the rule the home page's work lists ask in the database.</summary>
public sealed class SignOffWorkWaiting
{
    private static readonly Domain.Frameworks.FrameworkVersion Framework = FrameworkBuilder.Complete().BuildPublished();

    private static readonly Actor QaLead = People.QaLead();

    [Fact]
    public void ADraftSent_WaitsForItsLocalitysManagers_NotAQaLeadAnotherLocalityOrItsCaseworker()
    {
        var draft = Draft(DraftStatus.AwaitingSignOff);

        Assert.True(Waits(People.Manager, draft));
        Assert.True(Waits(People.SecondManager, draft));
        Assert.False(Waits(QaLead, draft));
        Assert.False(Waits(People.ManagerElsewhere, draft));
        Assert.False(Waits(People.PlanCaseworker, draft));
    }

    [Fact]
    public void ADraftItsOwnCaseworkerManages_NeverWaitsForThem()
    {
        var caseworkerAndManager = People.InRoles(PlanData.CaseworkerId, PlanData.LocalityId, StaffRole.Caseworker, StaffRole.LocalityManager);

        Assert.False(Waits(caseworkerAndManager, Draft(DraftStatus.AwaitingSignOff)));
        Assert.False(Waits(caseworkerAndManager, Draft(DraftStatus.ReadyForDecision)));
    }

    [Fact]
    public void AGradingStarted_WaitsOnlyForWhoStartedIt()
    {
        var draft = Draft(DraftStatus.BeingGraded, first: "manager-1");

        Assert.True(Waits(People.Manager, draft));
        Assert.False(Waits(People.SecondManager, draft));
    }

    [Fact]
    public void BelowTheBar_ASecondOpinionWaitsForAnyoneWhoMayGrade_ButNeverTheFirstGrader()
    {
        var draft = Draft(DraftStatus.AwaitingSecondOpinion, first: "manager-1");

        Assert.False(Waits(People.Manager, draft));
        Assert.True(Waits(People.SecondManager, draft));
        Assert.True(Waits(QaLead, draft));
        Assert.False(Waits(People.ManagerElsewhere, draft));
    }

    [Fact]
    public void ASecondOpinionStarted_WaitsOnlyForItsGrader()
    {
        var draft = Draft(DraftStatus.AwaitingSecondOpinion, first: "manager-1", second: "qa-lead");

        Assert.True(Waits(QaLead, draft));
        Assert.False(Waits(People.SecondManager, draft));
    }

    [Fact]
    public void TheAgreedGrade_WaitsForTheTwoGraders_UntilOneStartsRecordingIt()
    {
        var agreeing = Draft(DraftStatus.AwaitingAgreement, first: "manager-1", second: "manager-2");
        var started = Draft(DraftStatus.AwaitingAgreement, first: "manager-1", second: "manager-2", agreement: "manager-2");

        Assert.True(Waits(People.Manager, agreeing));
        Assert.True(Waits(People.SecondManager, agreeing));
        Assert.False(Waits(People.ThirdManager, agreeing));
        Assert.False(Waits(QaLead, agreeing));
        Assert.False(Waits(People.Manager, started));
        Assert.True(Waits(People.SecondManager, started));
    }

    [Fact]
    public void ADraftReadyForDecision_WaitsForItsLocalitysManagersAndItsGraders()
    {
        var draft = Draft(DraftStatus.ReadyForDecision, first: "manager-1", second: "qa-lead", agreement: "qa-lead");

        Assert.True(Waits(People.Manager, draft));
        Assert.True(Waits(People.ThirdManager, draft));
        Assert.True(Waits(QaLead, draft));
        Assert.False(Waits(People.QaLead("another-qa-lead"), draft));
        Assert.False(Waits(People.ManagerElsewhere, draft));
    }

    [Theory]
    [InlineData(DraftStatus.Returned)]
    [InlineData(DraftStatus.SignedOff)]
    public void ADraftThatLeftSignOff_WaitsForNobody(DraftStatus status)
    {
        var draft = Draft(status, first: "manager-1", second: "manager-2", agreement: "manager-1");

        Assert.False(Waits(People.Manager, draft));
        Assert.False(Waits(People.SecondManager, draft));
        Assert.False(Waits(QaLead, draft));
        Assert.Null(SignOffWork.TaskOf(status));
    }

    [Theory]
    [InlineData(DraftStatus.AwaitingSignOff)]
    [InlineData(DraftStatus.AwaitingSecondOpinion)]
    [InlineData(DraftStatus.AwaitingAgreement)]
    public void WhoeverCouldStartTheNextGrading_IsWaitedFor(DraftStatus status)
    {
        var plan = SignOffSteps.PlanWithDraft(status, Framework);
        var draft = Of(plan);

        foreach (var person in new[] { People.Manager, People.SecondManager, People.ThirdManager, People.ManagerElsewhere, QaLead, People.PlanCaseworker })
        {
            if (plan.NextGradingFor(person) is not null && (status != DraftStatus.AwaitingSignOff || person.IsIn(StaffRole.LocalityManager)))
            {
                Assert.True(Waits(person, draft), $"{person.UserId} could start the next grading of a draft {status} but it does not wait for them");
            }
        }
    }

    [Theory]
    [InlineData(DraftStatus.AwaitingSignOff, SignOffTask.Grade)]
    [InlineData(DraftStatus.BeingGraded, SignOffTask.Grade)]
    [InlineData(DraftStatus.AwaitingSecondOpinion, SignOffTask.SecondOpinion)]
    [InlineData(DraftStatus.AwaitingAgreement, SignOffTask.AgreedGrade)]
    [InlineData(DraftStatus.ReadyForDecision, SignOffTask.Decision)]
    public void EachOpenStatus_BelongsToOneList(DraftStatus status, SignOffTask task) => Assert.Equal(task, SignOffWork.TaskOf(status));

    private static bool Waits(Actor person, DraftInSignOff draft) => new[] { draft }.AsQueryable().Any(SignOffWork.WaitingFor(person));

    private static DraftInSignOff Draft(DraftStatus status, string? first = null, string? second = null, string? agreement = null) => new()
    {
        PlanId = 1,
        Reference = "EHC-1",
        LocalityId = PlanData.LocalityId,
        CaseworkerId = PlanData.CaseworkerId,
        StatutoryDeadline = PlanData.Today.AddDays(30),
        VersionNumber = 1,
        SubmittedAt = PlanData.Now,
        Status = status,
        FirstGraderId = first,
        SecondGraderId = second,
        AgreementGraderId = agreement,
    };

    private static DraftInSignOff Of(Plan plan)
    {
        var version = plan.CurrentVersion!;
        return new()
        {
            PlanId = plan.Id,
            Reference = plan.Reference,
            LocalityId = plan.LocalityId,
            CaseworkerId = plan.CaseworkerId,
            StatutoryDeadline = plan.StatutoryDeadline,
            VersionNumber = version.Number,
            SubmittedAt = version.SubmittedAt,
            Status = version.Status,
            FirstGraderId = version.FirstGraderId,
            SecondGraderId = version.SecondGraderId,
            AgreementGraderId = version.AgreementGraderId,
        };
    }
}
