using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Reviews;

/// <summary>The register cannot amend a plan whose amendment is being drafted in the service: it is issued by signing it off here.</summary>
public sealed class RegisterDuringAnAmendment
{
    private static readonly DateOnly Today = new(2027, 6, 2);

    [Fact]
    public void ARegisterSayingAmended_IsRefused_WhileTheAmendmentIsDraftedHere()
    {
        var plan = ReviewSteps.BeingAmended();
        var record = RecordOf(RegisterData.Row(2, (RegisterField.Status, "Amended"), (RegisterField.IssuedOn, "20/05/2026")));

        var problem = Assert.Single(plan.ApplyRegisterProblems(record, Today));

        Assert.Equal(nameof(RegisterField.Status), problem.Field);
        Assert.Contains("amendment after the review of 12 May 2027 is being drafted in the service", problem.Message);
        Assert.Equal(PlanStage.Final, plan.Stage);
    }

    [Fact]
    public void ARegisterSayingAmended_AmendsAPlanWithNoAmendmentDraftedHere()
    {
        var plan = ReviewSteps.Reviewed();
        var record = RecordOf(RegisterData.Row(2, (RegisterField.Status, "Amended"), (RegisterField.IssuedOn, "20/05/2026"), (RegisterField.LastReviewedOn, "12/05/2027")));

        Assert.Empty(plan.ApplyRegisterProblems(record, Today));
    }

    /// <summary>The record read from a sound row as a file imported today.</summary>
    private static RegisterRecord RecordOf(RegisterRow row)
    {
        var preview = RegisterImportPreview.Of(RegisterData.Headings, RegisterData.Mapping, [row], RegisterData.Lookups(), Today);
        Assert.Empty(preview.Refusals);
        return Assert.Single(preview.Additions);
    }
}
