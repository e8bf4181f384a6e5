using System.Linq.Expressions;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Advice;

/// <summary>
/// Advice requested for a plan from one service: who it was asked of, when, when it is due (6 weeks later unless the
/// authority sets otherwise, SEND Regulations 2014 reg. 8), and, once it arrives, when it was received and the advice
/// itself (an uploaded .docx or .pdf, or its text pasted). The agency that gives the advice assures its quality.
/// Every change records who made it and when.
/// </summary>
public sealed partial class AdviceRequest
{
    public const int ServiceNameMaxLength = 100;

    /// <summary>The most characters of advice that may be pasted: far more than any report.</summary>
    public const int PastedTextMaxLength = 200_000;

    private AdviceRequest()
    {
        RequestedById = string.Empty;
        ChangedById = string.Empty;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public AdviceOccasion Occasion { get; private set; }

    public AdviceService Service { get; private set; }

    /// <summary>The authority's name for a service of its own (<see cref="AdviceService.Other"/>); null for the named services.</summary>
    public string? ServiceName { get; private set; }

    /// <summary>The agency that gives the advice and assures its quality.</summary>
    public Agency Agency { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? ReceivedOn { get; private set; }

    /// <summary>The advice as uploaded; null when it was pasted or has not arrived.</summary>
    public DraftDocument? Document { get; private set; }

    /// <summary>The advice's text as pasted; null when it was uploaded or has not arrived.</summary>
    public string? PastedText { get; private set; }

    public string RequestedById { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>Who last changed the request (recorded it, or recorded the advice received) and when.</summary>
    public string ChangedById { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string? ReceivedRecordedById { get; private set; }

    public DateTimeOffset? ReceivedRecordedAt { get; private set; }

    public bool IsReceived => ReceivedOn is not null;

    /// <summary>The service's name as shown: the authority's own name for another service.</summary>
    public string ServiceWords => WordsFor(Service, ServiceName);

    /// <summary>A service's name as shown: the authority's own name for another service, else the service's.</summary>
    public static string WordsFor(AdviceService service, string? serviceName) =>
        service == AdviceService.Other && serviceName is { } name ? name : service.Name();

    /// <summary>The advice not yet received whose due date has passed by <c>today</c>: one rule for lists and single requests.</summary>
    public static Expression<Func<AdviceRequest, bool>> OverdueOn(DateOnly today) => r => r.ReceivedOn == null && r.DueOn < today;

    /// <summary>The date advice requested on a day is due: <paramref name="weeks"/> weeks later.</summary>
    public static DateOnly DueDateFor(DateOnly requestedOn, int weeks) => requestedOn.AddDays(weeks * 7);

    /// <summary>Days past the due date on <paramref name="today"/> while the advice has not arrived; 0 when not overdue.</summary>
    public int DaysOverdue(DateOnly today) => ReceivedOn is null && today > DueOn ? today.DayNumber - DueOn.DayNumber : 0;

    public bool IsOverdue(DateOnly today) => DaysOverdue(today) > 0;

    /// <summary>Whether the advice arrived by its due date; null until it arrives.</summary>
    public bool? ReceivedOnTime => OnTime(DueOn, ReceivedOn);

    /// <summary>Whether advice due on <paramref name="dueOn"/> came on time: received by that day; null until it is received.</summary>
    public static bool? OnTime(DateOnly dueOn, DateOnly? receivedOn) => receivedOn is { } received ? received <= dueOn : null;

    /// <summary>How many days after its due date the advice was received; 0 when on time or not yet received.</summary>
    public int DaysLate => ReceivedOn is { } received && received > DueOn ? received.DayNumber - DueOn.DayNumber : 0;

    /// <summary>Days from the request to the advice arriving; null until it arrives.</summary>
    public int? DaysTaken => ReceivedOn is { } received ? received.DayNumber - RequestedOn.DayNumber : null;

    /// <summary>Every rule a request's details break; none when it can be recorded.</summary>
    /// <param name="agency">The agency of another service; ignored for the named services, which have their own.</param>
    /// <param name="dueOn">The due date chosen; null for the authority's default.</param>
    public static IEnumerable<Problem> Problems(
        AdviceOccasion? occasion, AdviceService? service, string? serviceName, Agency? agency, DateOnly? requestedOn, DateOnly? dueOn, DateOnly today)
    {
        if (occasion is null || !Enum.IsDefined(occasion.Value))
        {
            yield return new(nameof(Occasion), "Select whether the advice is for a new assessment or an annual review");
        }

        if (service is null || !Enum.IsDefined(service.Value))
        {
            yield return new(nameof(Service), "Select the service the advice is requested from");
        }
        else if (service == AdviceService.Other)
        {
            if (string.IsNullOrWhiteSpace(serviceName))
            {
                yield return new(nameof(ServiceName), "Enter the name of the service");
            }
            else if (serviceName.Trim().Length > ServiceNameMaxLength)
            {
                yield return new(nameof(ServiceName), $"The name of the service must be {ServiceNameMaxLength} characters or fewer");
            }

            if (agency is null || !AdviceServices.AdvisingAgencies.Contains(agency.Value))
            {
                yield return new(nameof(Agency), "Select the agency the service belongs to");
            }
        }

        if (requestedOn is null)
        {
            yield return new(nameof(RequestedOn), "Enter the date the advice was requested");
        }
        else if (requestedOn > today)
        {
            yield return new(nameof(RequestedOn), "The date the advice was requested must be today or in the past");
        }
        else if (dueOn is { } due && due <= requestedOn)
        {
            yield return new(nameof(DueOn), "The date the advice is due must be after the date it was requested");
        }
    }

    /// <summary>Records advice requested for a plan, due <paramref name="dueOn"/> or, when none is given, <paramref name="defaultWeeks"/> weeks after the request.</summary>
    public static AdviceRequest Request(
        int planId,
        AdviceOccasion occasion,
        AdviceService service,
        string? serviceName,
        Agency? agency,
        DateOnly requestedOn,
        DateOnly? dueOn,
        int defaultWeeks,
        DateOnly today,
        string byUserId,
        DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(planId);
        var request = new AdviceRequest { PlanId = planId, RequestedById = byUserId, RequestedAt = at };
        request.Set(occasion, service, serviceName, agency, requestedOn, dueOn, defaultWeeks, today, byUserId, at);
        return request;
    }

    /// <summary>
    /// Corrects the request as recorded (the service, what it is for, when it was requested and is due) while the advice is
    /// awaited; once received, the request stands as it was when the advice came.
    /// </summary>
    public void Correct(
        AdviceOccasion occasion,
        AdviceService service,
        string? serviceName,
        Agency? agency,
        DateOnly requestedOn,
        DateOnly? dueOn,
        int defaultWeeks,
        DateOnly today,
        string byUserId,
        DateTimeOffset at)
    {
        if (IsReceived)
        {
            throw new DomainRuleException($"The advice from {ServiceWords.ToLowerInvariant()} has been received, so its request can no longer be changed.");
        }

        Set(occasion, service, serviceName, agency, requestedOn, dueOn, defaultWeeks, today, byUserId, at);
    }

    private void Set(
        AdviceOccasion occasion,
        AdviceService service,
        string? serviceName,
        Agency? agency,
        DateOnly requestedOn,
        DateOnly? dueOn,
        int defaultWeeks,
        DateOnly today,
        string byUserId,
        DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(defaultWeeks);
        DomainRuleException.ThrowIfAny(Problems(occasion, service, serviceName, agency, requestedOn, dueOn, today));
        Occasion = occasion;
        Service = service;
        ServiceName = service == AdviceService.Other ? serviceName!.Trim() : null;
        Agency = service.AgencyOf() ?? agency!.Value;
        RequestedOn = requestedOn;
        DueOn = dueOn ?? DueDateFor(requestedOn, defaultWeeks);
        ChangedById = byUserId;
        ChangedAt = at;
    }

    /// <summary>Every rule the record of the advice received breaks; none when it can be recorded.</summary>
    public IEnumerable<Problem> ReceiptProblems(DateOnly? receivedOn, DraftDocument? document, string? pastedText, DateOnly today)
    {
        if (IsReceived)
        {
            yield return Problem.General($"The advice from {ServiceWords.ToLowerInvariant()} was recorded as received on {ReceivedOn:d MMMM yyyy} already");
            yield break;
        }

        if (receivedOn is null)
        {
            yield return new(nameof(ReceivedOn), "Enter the date the advice was received");
        }
        else if (receivedOn > today)
        {
            yield return new(nameof(ReceivedOn), "The date the advice was received must be today or in the past");
        }
        else if (receivedOn < RequestedOn)
        {
            yield return new(nameof(ReceivedOn), $"The date the advice was received must be on or after the date it was requested, {RequestedOn:d MMMM yyyy}");
        }

        var pasted = !string.IsNullOrWhiteSpace(pastedText);
        if (document is null && !pasted)
        {
            yield return new(nameof(Document), "Upload the advice as a .docx or .pdf file, or paste its text");
        }
        else if (document is not null && pasted)
        {
            yield return new(nameof(PastedText), "Either upload the advice or paste its text, not both");
        }
        else if (pastedText?.Length > PastedTextMaxLength)
        {
            yield return new(nameof(PastedText), $"The advice must be {PastedTextMaxLength:N0} characters or fewer: upload it as a file instead");
        }
    }

    /// <summary>Records the advice received: the date it arrived and the advice itself, uploaded or pasted.</summary>
    public void RecordReceipt(DateOnly receivedOn, DraftDocument? document, string? pastedText, DateOnly today, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(ReceiptProblems(receivedOn, document, pastedText, today));
        ReceivedOn = receivedOn;
        Document = document;
        PastedText = document is null ? pastedText!.Trim() : null;
        ReceivedRecordedById = byUserId;
        ReceivedRecordedAt = at;
        ChangedById = byUserId;
        ChangedAt = at;
    }
}
