using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Register;

/// <summary>
/// What importing a register file would do, for the person to see before it is done: the plans it would add, the
/// plans it would update (and in which fields), how many rows change nothing, and the rows it refuses and why.
/// Importing is idempotent by plan reference: the same file again changes nothing.
/// </summary>
public sealed class RegisterImportPreview
{
    private bool _applied;
    private bool _made;

    private RegisterImportPreview(int rowsRead, List<RegisterRecord> additions, List<RegisterUpdate> updates, int unchanged, List<RegisterRefusal> refusals)
    {
        RowsRead = rowsRead;
        Additions = additions;
        Updates = updates;
        Unchanged = unchanged;
        Refusals = refusals;
        RefusedRows = refusals.Select(r => r.RowNumber).Distinct().Count();
    }

    /// <summary>The rows read, not counting rows with nothing in any cell: the additions, updates, unchanged and refused rows together.</summary>
    public int RowsRead { get; }

    /// <summary>The rows for plans not yet on the register, in row order.</summary>
    public IReadOnlyList<RegisterRecord> Additions { get; }

    /// <summary>The rows that change a plan on the register, in row order.</summary>
    public IReadOnlyList<RegisterUpdate> Updates { get; }

    /// <summary>How many rows are for plans on the register that they would not change.</summary>
    public int Unchanged { get; }

    /// <summary>Every reason a row is refused, in row order, then field order (the whole row first).</summary>
    public IReadOnlyList<RegisterRefusal> Refusals { get; }

    /// <summary>How many rows are refused.</summary>
    public int RefusedRows { get; }

    /// <summary>
    /// Reads every row with the mapping (<paramref name="headings"/> being the file's headings, in the order of each
    /// row's cells), resolves it against what the service knows, and sorts it into additions, updates, unchanged rows
    /// and refusals. Refuses a mapping that cannot read the file (<see cref="RegisterColumnMapping.Problems"/>).
    /// </summary>
    public static RegisterImportPreview Of(IReadOnlyList<string> headings, RegisterColumnMapping mapping, IEnumerable<RegisterRow> rows, RegisterLookups lookups, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(lookups);
        DomainRuleException.ThrowIfAny(mapping.Problems(headings));

        var reader = new RegisterRowReader(headings, mapping, lookups, today);
        var readings = new List<RegisterRowReading>();
        var rowsByReference = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (RegisterRowReader.IsBlank(row))
            {
                continue;
            }

            var reading = reader.Read(row);
            readings.Add(reading);
            if (reading.ReferenceKey is { } key)
            {
                if (!rowsByReference.TryGetValue(key, out var numbers))
                {
                    rowsByReference[key] = numbers = [];
                }

                numbers.Add(row.Number);
            }
        }

        var additions = new List<RegisterRecord>();
        var updates = new List<RegisterUpdate>();
        var unchanged = 0;
        var refusals = new List<RegisterRefusal>();
        foreach (var reading in readings)
        {
            if (reading.ReferenceKey is { } key && rowsByReference[key] is { Count: > 1 } numbers)
            {
                refusals.Add(new(reading.RowNumber, RegisterField.Reference,
                    $"Reference {key} is on rows {Listed(numbers)} of the file: a reference may appear once"));
                refusals.AddRange(reading.Refusals);
            }
            else if (reading.Record is not { } record)
            {
                refusals.AddRange(reading.Refusals);
            }
            else if (reading.Existing is not { } plan)
            {
                additions.Add(record);
            }
            else if (plan.RegisterChanges(record) is { Count: > 0 } changes)
            {
                updates.Add(new(plan, record, changes));
            }
            else
            {
                unchanged++;
            }
        }

        var ordered = refusals.OrderBy(r => r.RowNumber).ThenBy(r => r.Field is { } field ? (int)field : 0).ToList();
        return new RegisterImportPreview(readings.Count, additions, updates, unchanged, ordered);
    }

    /// <summary>
    /// Carries the preview out: updates the plans on the register that the rows change, recording in each plan's history
    /// who changed what and when, and returns the new plans for the caller to add, each made as it is reached (once, so
    /// keep them as they come). Nothing refused is touched. A preview is carried out once; when any of it no longer holds on the day it is carried out, none of it is.
    /// </summary>
    public IEnumerable<Plan> Apply(string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (_applied)
        {
            throw new DomainRuleException("This register has been imported already: preview the file again to import it again.");
        }

        // Checked as a whole first, so that a preview carried out on a later day than it was made changes nothing if any of it no longer holds.
        var today = ServiceCalendar.DateOf(at);
        DomainRuleException.ThrowIfAny(
            Updates.SelectMany(u => u.Record.Details.Problems(today).Concat(u.Plan.ApplyRegisterProblems(u.Record, today)))
                .Concat(Additions.SelectMany(r => r.Details.Problems(today).Concat(Plan.FromRegisterProblems(r, today))))
                .Distinct());
        _applied = true;
        foreach (var update in Updates)
        {
            update.Plan.ApplyRegister(update.Record, byUserId, at);
        }

        return Made(byUserId, at);
    }

    /// <summary>
    /// The new plans, each made as it is reached, so a caller saving them a batch at a time never holds them all. They
    /// are made once: a second pass over them is refused.
    /// </summary>
    private IEnumerable<Plan> Made(string byUserId, DateTimeOffset at)
    {
        if (_made)
        {
            throw new InvalidOperationException("The new plans of a register are made once: keep them as they are made.");
        }

        _made = true;
        foreach (var record in Additions)
        {
            yield return Plan.FromRegister(record, byUserId, at);
        }
    }

    private static string Listed(List<int> numbers) =>
        $"{string.Join(", ", numbers.Take(numbers.Count - 1))} and {numbers[^1]}";
}
