using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Web.Features.Moderation;

/// <summary>A plan as a moderator sees it in their list: pseudonymised, with where their own grading is.</summary>
public sealed record AssignedPlanRow(
    int SessionId, int PlanId, DateOnly HeldOn, string? Theme, string Code, string YearGroup, Phase Phase, BroadAreaOfNeed Need, SettingType Setting, string Status);

/// <summary>A session the signed-in person chairs, with how many of its plans have an agreed grade.</summary>
public sealed record ChairedSessionRow(int SessionId, DateOnly HeldOn, PanelLevel Level, string? Theme, int PlanCount, int AgreedCount);

public sealed record ModerationHome(IReadOnlyList<AssignedPlanRow> Assigned, IReadOnlyList<ChairedSessionRow> Chaired);

/// <summary>One grading of the plan in the session, as far as the reader may see it.</summary>
public sealed record SessionGradingRow(
    int Id, GradingPurpose Purpose, string Grader, Agency? Agency, bool IsMine, DateTimeOffset? SubmittedAt, string? Overall, bool MayRead);

/// <summary>A plan of a moderation session, pseudonymised, with what the reader can do and see.</summary>
public sealed record ModeratedPlanPage(
    PanelSession Session,
    int PlanId,
    string Code,
    string YearGroup,
    Phase Phase,
    NeedType Need,
    SettingType Setting,
    VulnerableCohorts Cohorts,
    DateOnly? IssuedOn,
    int? FinalVersionNumber,
    bool IsAssignedToMe,
    Grading? MyModeration,
    string? WhyICannotModerate,
    bool SeesOthers,
    DecisiveOutcome? SignedOffAt,
    IReadOnlyList<SessionGradingRow> Gradings,
    Grading? Agreement,
    bool MayAgree,
    string? WhyICannotAgree,
    IReadOnlyList<ModeratedAdvice>? Advice);

/// <summary>
/// Advice received for a plan as a moderation panel sees it (<see cref="AdviceAccess.CanViewAsModerator"/>): the service,
/// months rather than days, whether it came on time, and the advice itself; never who recorded it, the file's own name or
/// the agency's audit of it.
/// </summary>
public sealed record ModeratedAdvice(
    int Id, string Service, Agency Agency, AdviceOccasion Occasion, string RequestedIn, string ReceivedIn, bool? OnTime, string? PastedText, bool HasDocument, string? DocumentSize)
{
    public static ModeratedAdvice Of(AdviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var month = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        return new(
            request.Id,
            request.ServiceWords,
            request.Agency,
            request.Occasion,
            request.RequestedOn.ToString("MMMM yyyy", month),
            request.ReceivedOn?.ToString("MMMM yyyy", month) ?? string.Empty,
            request.ReceivedOnTime,
            request.Document is null ? request.PastedText : null,
            request.Document is not null,
            request.Document is { } document
                ? $"{(Advice.AdviceDocumentCheck.KindOf(document).Extension == ".pdf" ? "PDF" : "Word document")}, {SizeOf(document.Length)}"
                : null);
    }

    private static string SizeOf(long length) =>
        length < 1024 * 1024
            ? $"{Math.Max(1, length / 1024)} KB"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{length / (1024.0 * 1024):0.0} MB");
}
