using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class DraftSubmission
{
    private static readonly DateTimeOffset SubmittedAt = PlanData.Now.AddHours(3);

    [Fact]
    public void ByThePlansCaseworker_AddsVersion1AwaitingSignOff()
    {
        var plan = PlanData.Register();

        var version = plan.SubmitDraft(SignOffSteps.DraftText(), null, People.PlanCaseworker, SubmittedAt);

        Assert.Equal(1, version.Number);
        Assert.Equal(DraftStatus.AwaitingSignOff, version.Status);
        Assert.Equal(PlanData.CaseworkerId, version.SubmittedById);
        Assert.Equal(SubmittedAt, version.SubmittedAt);
        Assert.Null(version.FirstGraderId);
        Assert.Null(version.DecisiveGrade);
        Assert.Same(version, plan.CurrentVersion);
        Assert.Equal([version], plan.Versions);
    }

    [Fact]
    public void ByAQaLead_IsAccepted()
    {
        var plan = PlanData.Register();

        var version = plan.SubmitDraft(SignOffSteps.DraftText(), null, People.QaLead(), SubmittedAt);

        Assert.Equal("qa-lead", version.SubmittedById);
        Assert.Same(version, plan.CurrentVersion);
    }

    [Fact]
    public void KeepsTheTextTrimmed_InPlanOrder_LeavingBlankSectionsOut()
    {
        var plan = PlanData.Register();
        var sections = new Dictionary<SectionCode, string>
        {
            [SectionCode.K] = "  Educational psychology advice, 12 January 2026 ",
            [SectionCode.C] = "   ",
            [SectionCode.A] = "\nSam loves trains.\n",
            [SectionCode.I] = string.Empty,
        };

        var version = plan.SubmitDraft(sections, null, People.PlanCaseworker, SubmittedAt);

        Assert.Equal([SectionCode.A, SectionCode.K], version.Sections.Select(s => s.Section));
        Assert.Equal("Sam loves trains.", version.TextOf(SectionCode.A));
        Assert.Equal("Educational psychology advice, 12 January 2026", version.TextOf(SectionCode.K));
        Assert.Equal(string.Empty, version.TextOf(SectionCode.C));
        Assert.Equal(string.Empty, version.TextOf(SectionCode.I));
    }

    [Fact]
    public void KeepsTheUploadedDocument()
    {
        var plan = PlanData.Register();
        var document = new DraftDocument("drafts/2026/abc", "EHC-2026-001 draft.docx", 48_213, new string('a', 64));

        var version = plan.SubmitDraft(SignOffSteps.DraftText(), document, People.PlanCaseworker, SubmittedAt);

        Assert.Equal(document, version.Document);
        Assert.Equal("Draft submitted for sign-off as an uploaded document", plan.Events[^1].Detail);
    }

    [Fact]
    public void RecordsWhoSubmittedWhichVersionAndWhen()
    {
        var plan = PlanData.Register();

        plan.SubmitDraft(SignOffSteps.DraftText(), null, People.PlanCaseworker, SubmittedAt);

        var submitted = plan.Events[^1];
        Assert.Equal(2, plan.Events.Count);
        Assert.Equal(PlanEventKind.DraftSubmitted, submitted.Kind);
        Assert.Equal(1, submitted.VersionNumber);
        Assert.Equal(PlanData.CaseworkerId, submitted.ActorId);
        Assert.Equal(SubmittedAt, submitted.At);
        Assert.Equal("Draft submitted for sign-off", submitted.Detail);
        Assert.Equal(PlanData.CaseworkerId, plan.UpdatedById);
        Assert.Equal(SubmittedAt, plan.UpdatedAt);
    }

    [Fact]
    public void EachResubmission_IsNumberedNext()
    {
        var framework = FrameworkBuilder.Complete().BuildPublished();
        var plan = SignOffSteps.SubmittedPlan();

        for (var expected = 2; expected <= 3; expected++)
        {
            plan.MakeReadyForDecision(framework, Grade.RequiresImprovement);
            plan.Return(People.Manager, null, PlanData.Now);
            var version = plan.Resubmit();

            Assert.Equal(expected, version.Number);
            Assert.Same(version, plan.CurrentVersion);
        }

        Assert.Equal([1, 2, 3], plan.Versions.Select(v => v.Number));
        Assert.Equal([DraftStatus.Returned, DraftStatus.Returned, DraftStatus.AwaitingSignOff], plan.Versions.Select(v => v.Status));
    }
}
