using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Register;

/// <summary>A reason a row of the register is refused: the field it concerns (null for the whole row) and what to do.</summary>
/// <param name="RowNumber">The row's number in the file (<see cref="RegisterRow.Number"/>).</param>
public sealed record RegisterRefusal(int RowNumber, RegisterField? Field, string Message);

/// <summary>
/// What the service knows that a register's rows are checked against. The caller builds each dictionary with
/// <see cref="StringComparer.OrdinalIgnoreCase"/>.
/// </summary>
/// <param name="CaseworkerIdsByEmail">The user id of each enabled caseworker account, by its e-mail address.</param>
/// <param name="LocalityIdsByName">Each locality's id, by its name.</param>
/// <param name="PlansByReference">The plans already on the register, by reference (in upper case): the tracked entities.</param>
public sealed record RegisterLookups(
    IReadOnlyDictionary<string, string> CaseworkerIdsByEmail,
    IReadOnlyDictionary<string, int> LocalityIdsByName,
    IReadOnlyDictionary<string, Plan> PlansByReference);

/// <summary>
/// One row of the register read and resolved: the plan's details (caseworker and locality as their ids), its status and
/// its dates. For a plan already on the register, a field the file has no column for holds the plan's own value.
/// </summary>
public sealed record RegisterRecord(
    int RowNumber,
    PlanDetails Details,
    RegisterStatus Status,
    DateOnly? IssuedOn,
    DateOnly? LastReviewedOn,
    DateOnly? CeasedOn);

/// <summary>A plan already on the register that a row changes, and the fields that change.</summary>
public sealed record RegisterUpdate(Plan Plan, RegisterRecord Record, IReadOnlyList<RegisterField> Changes);
