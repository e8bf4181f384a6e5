using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Advice;

/// <summary>Advice is recorded as received once, on a day between its request and today, with the advice itself uploaded or pasted.</summary>
public class AdviceReceived
{
    private static readonly DraftDocument Upload = new("plans/1/0123456789abcdef0123456789abcdef.pdf", "EP advice.pdf", 2048, new string('a', 64));

    [Fact]
    public void ReceivedOnItsDueDate_IsOnTime_WithWhoAndWhen()
    {
        var request = Requests.Of(AdviceService.EducationalPsychology, new DateOnly(2026, 10, 1));

        request.RecordReceipt(new DateOnly(2026, 11, 12), Upload, null, Requests.Today, "caseworker-2", Requests.Now);

        Assert.Equal((true, 42, Upload, (string?)null), (request.ReceivedOnTime!.Value, request.DaysTaken!.Value, request.Document, request.PastedText));
        Assert.Equal(("caseworker-2", Requests.Now), (request.ReceivedRecordedById!, request.ReceivedRecordedAt!.Value));
        Assert.Equal(("caseworker-2", Requests.Caseworker), (request.ChangedById, request.RequestedById));
    }

    [Fact]
    public void PastedAdvice_IsKeptTrimmed()
    {
        var request = Requests.Of(AdviceService.EducationSetting, new DateOnly(2026, 10, 1));

        request.RecordReceipt(new DateOnly(2026, 10, 20), null, "  The school's advice.  ", Requests.Today, Requests.Caseworker, Requests.Now);

        Assert.Equal(("The school's advice.", (DraftDocument?)null), (request.PastedText, request.Document));
    }

    public static TheoryData<string?, bool, string?, string, string> Refusals => new()
    {
        { null, true, null, "ReceivedOn", "Enter the date the advice was received" },
        { "2026-09-30", true, null, "ReceivedOn", "The date the advice was received must be on or after the date it was requested, 1 October 2026" },
        { "2026-12-08", true, null, "ReceivedOn", "The date the advice was received must be today or in the past" },
        { "2026-10-20", false, "  ", "Document", "Upload the advice as a .docx or .pdf file, or paste its text" },
        { "2026-10-20", true, "Pasted too", "PastedText", "Either upload the advice or paste its text, not both" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void ReceiptOutOfOrderOrWithoutAdvice_IsRefused_AndChangesNothing(string? receivedOn, bool uploaded, string? pasted, string field, string message)
    {
        var request = Requests.Of(AdviceService.Physiotherapy, new DateOnly(2026, 10, 1));
        var date = receivedOn is null ? (DateOnly?)null : DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal([new Problem(field, message)], request.ReceiptProblems(date, uploaded ? Upload : null, pasted, Requests.Today));
        if (date is { } day)
        {
            Assert.Throws<DomainRuleException>(() => request.RecordReceipt(day, uploaded ? Upload : null, pasted, Requests.Today, Requests.Caseworker, Requests.Now));
        }

        Assert.False(request.IsReceived);
    }

    [Fact]
    public void PastedAdviceTooLong_IsRefused()
    {
        var request = Requests.Of(AdviceService.Physiotherapy, new DateOnly(2026, 10, 1));

        var problem = Assert.Single(request.ReceiptProblems(new DateOnly(2026, 10, 2), null, new string('x', AdviceRequest.PastedTextMaxLength + 1), Requests.Today));

        Assert.Equal("PastedText", problem.Field);
    }

    [Fact]
    public void AdviceRecordedAsReceived_CannotBeRecordedAgain()
    {
        var request = Requests.Of(AdviceService.OccupationalTherapy, new DateOnly(2026, 10, 1));
        request.RecordReceipt(new DateOnly(2026, 10, 20), null, "Advice.", Requests.Today, Requests.Caseworker, Requests.Now);

        var refused = Assert.Throws<DomainRuleException>(() => request.RecordReceipt(new DateOnly(2026, 10, 21), Upload, null, Requests.Today, "someone", Requests.Now));

        Assert.Equal("The advice from occupational therapy was recorded as received on 20 October 2026 already.", refused.Message);
        Assert.Equal(new DateOnly(2026, 10, 20), request.ReceivedOn);
    }
}
