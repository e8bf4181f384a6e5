namespace EhcpQa.Domain.Register;

/// <summary>
/// One row of a register exported from the authority's case-management system, as read from the file:
/// its row number as the person sees it in the file (the heading row is row 1 when it is the first) and its
/// cells, in the order of the file's headings, trimmed, null where empty.
/// </summary>
public sealed record RegisterRow(int Number, IReadOnlyList<string?> Cells);
