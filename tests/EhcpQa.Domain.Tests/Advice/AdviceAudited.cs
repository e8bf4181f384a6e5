using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.Frameworks.Forms;

namespace EhcpQa.Domain.Tests.Advice;

/// <summary>An agency lead audits a piece of their agency's advice on the authority's advice form, once it has arrived.</summary>
public class AdviceAudited
{
    private static readonly Actor HealthLead = new("health-lead", new HashSet<string> { StaffRole.AgencyLead }, Agency.Health, null);
    private static readonly Actor OtherHealthLead = new("health-lead-2", new HashSet<string> { StaffRole.AgencyLead }, Agency.Health, null);
    private static readonly Actor EpLead = new("ep-lead", new HashSet<string> { StaffRole.AgencyLead }, Agency.EducationalPsychology, null);
    private static readonly Actor QaLead = new("qa-lead", new HashSet<string> { StaffRole.QaLead }, Agency.SendTeam, null);
    private static readonly Actor Caseworker = new(Requests.Caseworker, new HashSet<string> { StaffRole.Caseworker }, Agency.SendTeam, 1);

    /// <summary>Two parts of 1–5 ratings (5 points each) and a comment; no grades.</summary>
    private static FrameworkVersion AdviceForm(AssessedDocument assesses = AssessedDocument.Advice)
    {
        var form = Forms.Form(
            [Forms.Section("process", Forms.Item("P1", "rating-1-5"), Forms.Item("P2", "comment")), Forms.Section("content", Forms.Item("C1", "rating-1-5"))])
            with
        { Assesses = assesses };
        var version = Framework.FromForm(form, "qa-lead", Requests.Now).Versions[0];
        version.Publish(Requests.Now, "qa-lead");
        return version;
    }

    private static AdviceRequest ReceivedSpeechAndLanguageAdvice()
    {
        var request = Requests.Of(AdviceService.SpeechAndLanguageTherapy, new DateOnly(2026, 10, 1));
        request.RecordReceipt(new DateOnly(2026, 11, 5), null, "The advice.", Requests.Today, Requests.Caseworker, Requests.Now);
        return request;
    }

    [Fact]
    public void TheLeadOfTheAdvicesAgency_StartsAnAudit_OfTheAdviceNotOfAPlanVersion()
    {
        var advice = ReceivedSpeechAndLanguageAdvice();

        var audit = advice.StartAudit(HealthLead, AdviceForm(), [], Requests.Now);

        Assert.Equal(GradingPurpose.AdviceAudit, audit.Purpose);
        Assert.Equal(advice.Id, audit.AdviceRequestId);
        Assert.Null(audit.PlanVersionId);
        Assert.Equal(advice.PlanId, audit.PlanId);
        Assert.Equal(HealthLead.UserId, audit.GraderId);
    }

    [Fact]
    public void AdviceNotYetReceived_IsNotAudited()
    {
        var awaited = Requests.Of(AdviceService.SpeechAndLanguageTherapy, new DateOnly(2026, 11, 20));

        var refused = Assert.Throws<DomainRuleException>(() => awaited.StartAudit(HealthLead, AdviceForm(), [], Requests.Now));

        Assert.Contains("not been received", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ep-lead")]
    [InlineData("qa-lead")]
    [InlineData(Requests.Caseworker)]
    public void NoOneButTheLeadOfItsAgency_AuditsAdvice(string who)
    {
        var actor = new[] { EpLead, QaLead, Caseworker }.Single(a => a.UserId == who);

        var refused = Assert.Throws<DomainRuleException>(() => ReceivedSpeechAndLanguageAdvice().StartAudit(actor, AdviceForm(), [], Requests.Now));

        Assert.Contains("Only the lead of health", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdviceAlreadyAudited_IsNotAuditedTwice()
    {
        var advice = ReceivedSpeechAndLanguageAdvice();
        var framework = AdviceForm();
        var first = advice.StartAudit(HealthLead, framework, [], Requests.Now);

        var refused = Assert.Throws<DomainRuleException>(() => advice.StartAudit(OtherHealthLead, framework, [first], Requests.Now));

        Assert.Contains("already being audited", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFormForPlans_IsNotTheAdviceForm()
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            ReceivedSpeechAndLanguageAdvice().StartAudit(HealthLead, AdviceForm(AssessedDocument.Plan), [], Requests.Now));

        Assert.Contains("not a form for professional advice", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGradingOfAPlan_CannotBeStartedForTheAdviceAuditPurpose()
    {
        Assert.Throws<DomainRuleException>(() => Grading.Start(1, 1, GradingPurpose.AdviceAudit, "someone", AdviceForm(), Requests.Now));
    }

    [Fact]
    public void TheLeadWhoStartedIt_SubmitsItOnceEveryPartIsJudged_WithItsPoints()
    {
        var advice = ReceivedSpeechAndLanguageAdvice();
        var framework = AdviceForm();
        var audit = advice.StartAudit(HealthLead, framework, [], Requests.Now);
        audit.JudgePart(framework, "process", Forms.Answers(("P1", "4")), null, null, new SectionCommentary(), Requests.Now);

        Assert.Throws<DomainRuleException>(() => advice.SubmitAudit(audit, framework, HealthLead, Requests.Now));
        audit.JudgePart(framework, "content", Forms.Answers(("C1", "3")), null, null, new SectionCommentary(), Requests.Now);
        Assert.Throws<DomainRuleException>(() => advice.SubmitAudit(audit, framework, OtherHealthLead, Requests.Now));
        advice.SubmitAudit(audit, framework, HealthLead, Requests.Now);

        Assert.True(audit.IsSubmitted);
        Assert.Equal(new Points(7m, 10m), audit.PointsOnForm);
        Assert.Equal(70m, audit.PointsOnForm.Percentage);
    }

    [Fact]
    public void ASubmittedAudit_IsReadByItsAgencysLeadsAndQaLeads_NeverByTheCaseworker()
    {
        var advice = ReceivedSpeechAndLanguageAdvice();
        var framework = AdviceForm();
        var audit = advice.StartAudit(HealthLead, framework, [], Requests.Now);

        Assert.True(GradingAccess.MayReadAdviceAudit(HealthLead, audit, advice));
        Assert.False(GradingAccess.MayReadAdviceAudit(QaLead, audit, advice));

        audit.JudgePart(framework, "process", Forms.Answers(("P1", "4")), null, null, new SectionCommentary(), Requests.Now);
        audit.JudgePart(framework, "content", Forms.Answers(("C1", "3")), null, null, new SectionCommentary(), Requests.Now);
        advice.SubmitAudit(audit, framework, HealthLead, Requests.Now);

        Assert.True(GradingAccess.MayReadAdviceAudit(QaLead, audit, advice));
        Assert.True(GradingAccess.MayReadAdviceAudit(OtherHealthLead, audit, advice));
        Assert.False(GradingAccess.MayReadAdviceAudit(EpLead, audit, advice));
        Assert.False(GradingAccess.MayReadAdviceAudit(Caseworker, audit, advice));
        Assert.False(GradingAccess.MayEditAdviceAudit(OtherHealthLead, audit, advice));
    }
}
