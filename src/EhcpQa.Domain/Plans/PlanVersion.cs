using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Plans;

/// <summary>Where a submitted draft is in sign-off.</summary>
public enum DraftStatus
{
    /// <summary>Submitted by the caseworker; no one has started grading it.</summary>
    AwaitingSignOff = 1,

    /// <summary>A locality manager is grading it.</summary>
    BeingGraded,

    /// <summary>Graded below Good: a second senior officer grades it independently.</summary>
    AwaitingSecondOpinion,

    /// <summary>Both gradings are in: the two graders agree a grade.</summary>
    AwaitingAgreement,

    /// <summary>Graded (and agreed where needed): the manager signs it off or returns it.</summary>
    ReadyForDecision,

    /// <summary>Sent back to the caseworker with feedback; a new version follows.</summary>
    Returned,

    /// <summary>Signed off: the plan is issued as final.</summary>
    SignedOff,

    /// <summary>
    /// The text of a plan issued before the service held it (from the register), brought in from the authority's
    /// records: never graded or signed off here, and what moderators grade.
    /// </summary>
    BroughtIn,
}

public static class DraftStatusNames
{
    public static string Name(this DraftStatus status) => status switch
    {
        DraftStatus.AwaitingSignOff => "Awaiting sign-off",
        DraftStatus.BeingGraded => "Being graded",
        DraftStatus.AwaitingSecondOpinion => "Awaiting second opinion",
        DraftStatus.AwaitingAgreement => "Awaiting agreed grade",
        DraftStatus.ReadyForDecision => "Ready for decision",
        DraftStatus.Returned => "Returned",
        DraftStatus.SignedOff => "Signed off",
        DraftStatus.BroughtIn => "Issued before the service (text brought in)",
        _ => status.ToString(),
    };

    /// <summary>Whether the draft is still with the sign-off team (not returned, not signed off, not brought in as issued).</summary>
    public static bool IsOpen(this DraftStatus status) => status is not (DraftStatus.Returned or DraftStatus.SignedOff or DraftStatus.BroughtIn);

    /// <summary>Whether a version with this status is the text of the plan as issued: signed off here, or brought in.</summary>
    public static bool IsIssuedText(this DraftStatus status) => status is DraftStatus.SignedOff or DraftStatus.BroughtIn;
}

/// <summary>
/// One submitted draft of a plan: its sections' text, the uploaded document it came from (if any),
/// and where it stands in sign-off. Created only by <see cref="Plan.SubmitDraft"/>; its status changes
/// only through the plan's sign-off methods.
/// </summary>
public sealed class PlanVersion
{
    public const int SectionTextMaxLength = 100_000;

    /// <summary>The longest note a manager may write to the caseworker with a decision.</summary>
    public const int DecisionNoteMaxLength = 4_000;

    private readonly List<SectionText> _sections = [];

    private PlanVersion()
    {
        SubmittedById = string.Empty;
    }

    internal PlanVersion(int number, IEnumerable<SectionText> sections, DraftDocument? document, string submittedById, DateTimeOffset at, int? reviewNumber)
    {
        Number = number;
        ReviewNumber = reviewNumber;
        Kind = reviewNumber is null ? PlanKind.New : PlanKind.Amended;
        _sections.AddRange(sections);
        Document = document;
        SubmittedById = submittedById;
        SubmittedAt = at;
        Status = DraftStatus.AwaitingSignOff;
    }

    /// <summary>The text of a plan issued before the service held it, brought in from the authority's records.</summary>
    internal static PlanVersion BroughtIn(int number, IEnumerable<SectionText> sections, DraftDocument? document, string byUserId, DateTimeOffset at, PlanKind kind) =>
        new(number, sections, document, byUserId, at, null) { Status = DraftStatus.BroughtIn, Kind = kind };

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>1 for the first draft, 2 for the first resubmission, and so on, through every review.</summary>
    public int Number { get; private set; }

    /// <summary>The number of the annual review whose amended plan this is a draft of; null for a new plan's drafts and texts brought in.</summary>
    public int? ReviewNumber { get; private set; }

    /// <summary>Whether this is the text of a new plan or of a plan amended after an annual review: what figures are split by.</summary>
    public PlanKind Kind { get; private set; }

    public IReadOnlyList<SectionText> Sections => _sections;

    /// <summary>The uploaded draft document, kept with the version; null when the text was pasted.</summary>
    public DraftDocument? Document { get; private set; }

    public string SubmittedById { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DraftStatus Status { get; private set; }

    /// <summary>Who graded it first for sign-off.</summary>
    public string? FirstGraderId { get; private set; }

    /// <summary>Who gave the second opinion, when the first grading was below Good.</summary>
    public string? SecondGraderId { get; private set; }

    /// <summary>Who is recording the grade the two graders agreed, once they have started.</summary>
    public string? AgreementGraderId { get; private set; }

    /// <summary>The overall grade the decision rests on: the agreed grade, or the sign-off grade when no second opinion was needed.</summary>
    public Grade? DecisiveGrade { get; private set; }

    /// <summary>The decisive grading's result in words ("2 Good", or a form's grade, points and rating).</summary>
    public string? DecisiveResult { get; private set; }

    /// <summary>Whether the decisive grading reaches its framework's bar; null where its form sets none.</summary>
    public bool? DecisivePassesBar { get; private set; }

    /// <summary>The decisive grading's overall grade as a value of its framework's scale; null where it has none.</summary>
    public string? DecisiveGradeValue { get; private set; }

    /// <summary>The framework version the decisive grading was made on.</summary>
    public int? DecisiveFrameworkVersionId { get; private set; }

    /// <summary>What the decision rested on, once there is a decisive grading.</summary>
    public DecisiveOutcome? DecisiveOutcome =>
        DecisiveResult is null ? null : new DecisiveOutcome(DecisiveResult, DecisiveGradeValue, DecisiveFrameworkVersionId, DecisiveGrade);

    public string? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>What the manager wrote to the caseworker when returning or signing off.</summary>
    public string? DecisionNote { get; private set; }

    /// <summary>Whether the plan may be issued on this version's decisive grade under the authority's sign-off policy.</summary>
    public bool MayBeIssued(SignOffPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return DecisiveResult is not null && (DecisivePassesBar != false || !policy.IssueOnlyAtPassBar);
    }

    public string TextOf(SectionCode section) => _sections.SingleOrDefault(s => s.Section == section)?.Text ?? string.Empty;

    /// <summary>
    /// The statutory sections whose text is word for word what it was in <paramref name="earlier"/>: the
    /// sections the caseworker did not change. A section blank in both is not among them (there is nothing
    /// to say it was judged on its text).
    /// </summary>
    public IReadOnlySet<SectionCode> SectionsUnchangedSince(PlanVersion earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return PlanSections.Statutory
            .Select(s => s.Code)
            .Where(code => !string.IsNullOrWhiteSpace(TextOf(code)) && string.Equals(TextOf(code), earlier.TextOf(code), StringComparison.Ordinal))
            .ToHashSet();
    }

    internal void StartFirstGrading(string graderId)
    {
        FirstGraderId = graderId;
        Status = DraftStatus.BeingGraded;
    }

    internal void StartSecondOpinion(string graderId) => SecondGraderId = graderId;

    internal void StartAgreement(string graderId) => AgreementGraderId = graderId;

    /// <summary>
    /// The grading this version's decision rests on, among the plan's gradings: the one that decides its
    /// sign-off (<see cref="Grading.DecidesSignOff"/>), the latest if there were several; null while none has.
    /// </summary>
    public Grading? DecisiveGrading(IEnumerable<Grading> gradings) =>
        gradings.Where(g => g.PlanVersionId == Id && g.PanelSessionId is null && g.DecidesSignOff).MaxBy(g => g.SubmittedAt);

    internal void Graded(Grading grading)
    {
        Status = grading.Purpose switch
        {
            _ when grading.DecidesSignOff => DraftStatus.ReadyForDecision,
            GradingPurpose.SignOff => DraftStatus.AwaitingSecondOpinion,
            GradingPurpose.SecondOpinion => DraftStatus.AwaitingAgreement,
            _ => throw new DomainRuleException($"A {grading.Purpose.Name().ToLowerInvariant()} is not part of sign-off."),
        };
        if (grading.DecidesSignOff)
        {
            (DecisiveGrade, DecisiveResult, DecisivePassesBar) = (grading.OverallGrade, grading.Result, grading.PassesBar);
            (DecisiveGradeValue, DecisiveFrameworkVersionId) = (grading.OverallGradeValue, grading.FrameworkVersionId);
        }
    }

    /// <summary>Every rule a decision's note to the caseworker breaks; none when it can be recorded.</summary>
    public static IEnumerable<Problem> DecisionNoteProblems(string? note)
    {
        if (note?.Trim().Length > DecisionNoteMaxLength)
        {
            yield return new("Note", $"The note must be {DecisionNoteMaxLength:N0} characters or fewer");
        }
    }

    internal void Decide(DraftStatus outcome, string byUserId, string? note, DateTimeOffset at)
    {
        DomainRuleException.ThrowIfAny(DecisionNoteProblems(note));
        Status = outcome;
        DecidedById = byUserId;
        DecidedAt = at;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

/// <summary>The text of one section of a draft.</summary>
public sealed record SectionText(SectionCode Section, string Text);

/// <summary>The draft document a version was uploaded as, stored outside the web root.</summary>
public sealed record DraftDocument(string StorageKey, string FileName, long Length, string Sha256);
