using EhcpQa.Domain.Register;

namespace EhcpQa.Domain.Plans;

/// <summary>The authority's register: plans added from it, and kept in step with each later export of it.</summary>
public sealed partial class Plan
{
    /// <summary>
    /// Adds a plan from a row of the authority's register: at the row's stage with its issue and last review dates,
    /// and, when the register says it has ceased, ceased on its date.
    /// </summary>
    public static Plan FromRegister(RegisterRecord record, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(record);
        DomainRuleException.ThrowIfAny(FromRegisterProblems(record, ServiceCalendar.DateOf(at)));

        var stage = record.Status.Stage();
        var plan = Create(record.Details, stage, byUserId, at, record.IssuedOn, PlanEventKind.Imported,
            $"Added from the register as {stage.Name().ToLowerInvariant()}");
        plan.LastReviewedOn = record.LastReviewedOn;
        if (record.Status == RegisterStatus.Ceased && record.CeasedOn is { } ceasedOn)
        {
            plan.Cease(ceasedOn, byUserId, at);
        }

        return plan;
    }

    /// <summary>
    /// What stops a row of the register being added as a new plan, beyond its details' own problems: its dates set
    /// against its status. Each problem's field is the <see cref="RegisterField"/>'s name.
    /// </summary>
    public static IEnumerable<Problem> FromRegisterProblems(RegisterRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        return RecordProblems(record, record.IssuedOn, record.IssuedOn, today);
    }

    /// <summary>
    /// What stops this plan being brought into step with a row of the register: the row and the service disagreeing
    /// on where the plan is in its life, and the row's dates set against its status. Each problem's field is the
    /// <see cref="RegisterField"/>'s name.
    /// </summary>
    public IEnumerable<Problem> ApplyRegisterProblems(RegisterRecord record, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var status = nameof(RegisterField.Status);
        if (!string.Equals(Reference, record.Details.Reference.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return [new(nameof(RegisterField.Reference), $"The row is for plan {record.Details.Reference.Trim()}, not plan {Reference}")];
        }

        if (Stage == PlanStage.Draft && record.Status != RegisterStatus.Draft)
        {
            return [new(status, $"Plan {Reference} is a draft in the service: it is issued by signing it off here")];
        }

        if (Stage != PlanStage.Draft && record.Status == RegisterStatus.Draft)
        {
            return [new(status, $"Plan {Reference} has been issued: the register says it is a draft")];
        }

        if (Stage == PlanStage.Final && record.Status == RegisterStatus.Amended && AmendingReview is { } review)
        {
            return [new(status, $"Plan {Reference}'s amendment after the review of {Day(review.MeetingOn)} is being drafted in the service: it is issued by signing it off here")];
        }

        if (CeasedOn is { } ceased && record.Status != RegisterStatus.Ceased)
        {
            return [new(status, $"Plan {Reference} ceased on {Day(ceased)}: the register says it is still maintained ({record.Status.Name()})")];
        }

        // A plan signed off here keeps the date it was issued here; one that ceased here keeps the date it ceased.
        var issuedOn = SignedOffVersion is null ? record.IssuedOn : IssuedOn;
        return RecordProblems(record, SignedOffVersion is null ? record.IssuedOn : null, issuedOn, today)
            .Where(p => !(HasCeased && p.Field == nameof(CeasedOn)));
    }

    /// <summary>
    /// The fields in which a row of the register differs from this plan, in the order of <see cref="RegisterField"/>.
    /// Not changes: the issue date of a plan signed off in the service, the date a plan ceased in the service, and a
    /// final plan in the register that the service knows was amended since (both are issued).
    /// </summary>
    public IReadOnlyList<RegisterField> RegisterChanges(RegisterRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var details = record.Details;
        var changes = new List<RegisterField>();
        void Compare(bool differs, RegisterField field)
        {
            if (differs)
            {
                changes.Add(field);
            }
        }

        Compare(!string.Equals(ChildIdentifier, details.ChildIdentifier.Trim(), StringComparison.OrdinalIgnoreCase), RegisterField.ChildInitials);
        Compare(DateOfBirth != details.DateOfBirth, RegisterField.DateOfBirth);
        Compare(!string.Equals(CaseworkerId, details.CaseworkerId, StringComparison.Ordinal), RegisterField.Caseworker);
        Compare(LocalityId != details.LocalityId, RegisterField.Locality);
        Compare(PrimaryNeed != details.PrimaryNeed, RegisterField.PrimaryNeed);
        Compare(SecondaryNeed != details.SecondaryNeed, RegisterField.SecondaryNeed);
        Compare(Setting != details.Setting, RegisterField.SettingType);
        Compare(!string.Equals(SettingName, SettingNameOf(details), StringComparison.Ordinal), RegisterField.SettingName);
        Compare(RequestDate != details.RequestDate, RegisterField.RequestDate);
        Compare(SignedOffVersion is null && IssuedOn != record.IssuedOn, RegisterField.IssuedOn);
        Compare(LastReviewedOn != record.LastReviewedOn, RegisterField.LastReviewedOn);
        var ceases = !HasCeased && record.Status == RegisterStatus.Ceased;
        Compare(ceases || (Stage == PlanStage.Final && record.Status == RegisterStatus.Amended), RegisterField.Status);
        Compare(ceases, RegisterField.CeasedOn);
        Compare(Cohorts != details.Cohorts, RegisterField.Cohorts);
        return changes;
    }

    /// <summary>
    /// Brings the plan into step with a row of the register, recording the fields that changed, who and when in its
    /// history; amends or ceases it when the register says so. Records nothing when nothing changed.
    /// </summary>
    public void ApplyRegister(RegisterRecord record, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        ArgumentNullException.ThrowIfNull(record);
        DomainRuleException.ThrowIfAny(ApplyRegisterProblems(record, ServiceCalendar.DateOf(at)));
        var changes = RegisterChanges(record);
        if (changes.Count == 0)
        {
            return;
        }

        Apply(record.Details, byUserId, at);
        if (SignedOffVersion is null)
        {
            IssuedOn = record.IssuedOn;
        }

        LastReviewedOn = record.LastReviewedOn;
        _events.Add(new PlanEvent(PlanEventKind.RecordImported, null, byUserId, at,
            $"Updated from the register: {string.Join(", ", changes.Select(c => c.AsChange()))}"));
        if (Stage == PlanStage.Final && record.Status == RegisterStatus.Amended)
        {
            Amend(byUserId, at);
        }

        if (!HasCeased && record.Status == RegisterStatus.Ceased && record.CeasedOn is { } ceasedOn)
        {
            Cease(ceasedOn, byUserId, at);
        }
    }

    /// <summary>A row's dates set against its status, given the issue date to check (if any) and the one the plan has.</summary>
    private static IEnumerable<Problem> RecordProblems(RegisterRecord record, DateOnly? issueDateToCheck, DateOnly? issuedOn, DateOnly today)
    {
        var stage = record.Status.Stage();
        foreach (var problem in IssueDateProblems(stage, issueDateToCheck, record.Details.RequestDate, today))
        {
            yield return problem;
        }

        if (record.LastReviewedOn is { } reviewed)
        {
            if (stage == PlanStage.Draft)
            {
                yield return new(nameof(LastReviewedOn), "A draft plan has not been issued, so it has had no annual review");
            }
            else if (reviewed > today)
            {
                yield return new(nameof(LastReviewedOn), "The date of the last annual review must be today or in the past");
            }
            else if (issuedOn is { } issued && reviewed < issued)
            {
                yield return new(nameof(LastReviewedOn), $"The date of the last annual review must be on or after the date the plan was issued, {Day(issued)}");
            }
        }

        if (record.Status == RegisterStatus.Ceased)
        {
            var problems = record.CeasedOn is { } ceasedOn
                ? CeaseDateProblems(ceasedOn, issuedOn, today)
                : [new(nameof(CeasedOn), "Enter the date the plan ceased: the register says it has ceased")];
            foreach (var problem in problems)
            {
                yield return problem;
            }
        }
        else if (record.CeasedOn is not null)
        {
            yield return new(nameof(CeasedOn), $"A date the plan ceased is given but the status is {record.Status.Name()}");
        }
    }
}
