using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Advice;

/// <summary>A request recorded wrongly is corrected while its advice is awaited, by the same rules; once the advice is in, it stands.</summary>
public class AdviceRequestCorrected
{
    [Fact]
    public void AwaitedRequest_TakesTheCorrection_WithWhoAndWhen()
    {
        var request = Requests.Of(AdviceService.Paediatrics, new DateOnly(2026, 10, 1));
        var later = Requests.Now.AddHours(1);

        request.Correct(AdviceOccasion.AnnualReview, AdviceService.Other, "Sensory support service", Agency.EducationSetting,
            new DateOnly(2026, 10, 5), null, 4, Requests.Today, "manager-1", later);

        Assert.Equal((AdviceOccasion.AnnualReview, "Sensory support service", Agency.EducationSetting), (request.Occasion, request.ServiceWords, request.Agency));
        Assert.Equal((new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 2)), (request.RequestedOn, request.DueOn));
        Assert.Equal(("manager-1", later, Requests.Caseworker), (request.ChangedById, request.ChangedAt, request.RequestedById));
    }

    [Fact]
    public void CorrectionOutOfOrder_IsRefused_AndChangesNothing()
    {
        var request = Requests.Of(AdviceService.Paediatrics, new DateOnly(2026, 10, 1));

        Assert.Throws<DomainRuleException>(() => request.Correct(AdviceOccasion.NewAssessment, AdviceService.Paediatrics, null, null,
            new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 4), 6, Requests.Today, "manager-1", Requests.Now));

        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 12)), (request.RequestedOn, request.DueOn));
    }

    [Fact]
    public void RequestWhoseAdviceCame_CannotBeChanged()
    {
        var request = Requests.Of(AdviceService.SocialCare, new DateOnly(2026, 10, 1));
        request.RecordReceipt(new DateOnly(2026, 10, 20), null, "Advice.", Requests.Today, Requests.Caseworker, Requests.Now);

        var refused = Assert.Throws<DomainRuleException>(() => request.Correct(AdviceOccasion.NewAssessment, AdviceService.SocialCare, null, null,
            new DateOnly(2026, 9, 1), null, 6, Requests.Today, "manager-1", Requests.Now));

        Assert.Equal("The advice from social care has been received, so its request can no longer be changed.", refused.Message);
    }
}
