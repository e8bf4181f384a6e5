using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Register;

/// <summary>A row as read: its reference as the register is keyed by, the plan already on the register (if any), and either its record or why it is refused.</summary>
internal sealed record RegisterRowReading(int RowNumber, string? ReferenceKey, Plan? Existing, RegisterRecord? Record, List<RegisterRefusal> Refusals);

/// <summary>
/// Reads each row of one register file with a column mapping: parses its cells, resolves the caseworker and locality,
/// and checks the result with the rules the plan itself holds (<see cref="PlanDetails.Problems"/>,
/// <see cref="Plan.FromRegisterProblems"/>, <see cref="Plan.ApplyRegisterProblems"/>).
/// </summary>
internal sealed class RegisterRowReader
{
    private readonly int[] _columns;
    private readonly RegisterLookups _lookups;
    private readonly DateOnly _today;

    public RegisterRowReader(IReadOnlyList<string> headings, RegisterColumnMapping mapping, RegisterLookups lookups, DateOnly today)
    {
        _columns = new int[RegisterFields.All.Max(f => (int)f) + 1];
        foreach (var field in RegisterFields.All)
        {
            _columns[(int)field] = mapping.HeadingFor(field) is { } heading ? RegisterColumnMapping.IndexOf(headings, heading) : -1;
        }

        _lookups = lookups;
        _today = today;
    }

    /// <summary>The plan reference as the register is keyed by: trimmed, in upper case.</summary>
    public static string KeyOf(string reference) => reference.Trim().ToUpperInvariant();

    public static bool IsBlank(RegisterRow row) => row.Cells.All(string.IsNullOrWhiteSpace);

    public RegisterRowReading Read(RegisterRow row)
    {
        var read = new Row(this, row);
        var reference = read.Text(RegisterField.Reference);
        var initials = read.Text(RegisterField.ChildInitials);
        var dateOfBirth = read.Date(RegisterField.DateOfBirth);
        var caseworkerId = read.Resolved(RegisterField.Caseworker, _lookups.CaseworkerIdsByEmail, out string? userId,
            email => $"No caseworker account has the e-mail address {email}: add the account first or correct the register") ? userId : null;
        int? localityId = read.Resolved(RegisterField.Locality, _lookups.LocalityIdsByName, out int id,
            name => $"There is no locality called {RegisterValues.Quote(name)}") ? id : null;
        var primaryNeed = read.Value<NeedType>(RegisterField.PrimaryNeed, RegisterValues.ReadNeed);
        var secondaryNeed = read.Value<NeedType>(RegisterField.SecondaryNeed, RegisterValues.ReadNeed);
        var setting = read.Value<SettingType>(RegisterField.SettingType, RegisterValues.ReadSettingType);
        var settingName = read.Text(RegisterField.SettingName);
        var requestDate = read.Date(RegisterField.RequestDate);
        var issuedOn = read.Date(RegisterField.IssuedOn);
        var lastReviewedOn = read.Date(RegisterField.LastReviewedOn);
        var status = read.Value<RegisterStatus>(RegisterField.Status, RegisterValues.ReadStatus);
        var ceasedOn = read.Date(RegisterField.CeasedOn);
        var cohorts = read.Cohorts();

        var key = reference is null ? null : KeyOf(reference);
        var existing = key is not null && _lookups.PlansByReference.TryGetValue(key, out var plan) ? plan : null;

        // What the file has no column for is not known from it: a plan on the register keeps its own.
        var details = new PlanDetails(
            reference ?? string.Empty,
            initials ?? string.Empty,
            dateOfBirth ?? DateOnly.MinValue,
            primaryNeed ?? default,
            setting ?? default,
            localityId ?? 0,
            caseworkerId ?? string.Empty,
            IsMapped(RegisterField.Cohorts) ? cohorts : existing?.Cohorts ?? VulnerableCohorts.None,
            requestDate ?? _today,
            IsMapped(RegisterField.SecondaryNeed) ? secondaryNeed : existing?.SecondaryNeed,
            IsMapped(RegisterField.SettingName) ? settingName : existing?.SettingName);
        foreach (var problem in details.Problems(_today))
        {
            read.RefuseUnlessUnread(FieldOf(problem.Field), problem.Message);
        }

        if (read.Refusals.Count > 0 || status is not { } known)
        {
            return new(row.Number, key, existing, null, read.Refusals);
        }

        var record = new RegisterRecord(
            row.Number,
            details,
            known,
            IsMapped(RegisterField.IssuedOn) ? issuedOn : existing?.IssuedOn,
            IsMapped(RegisterField.LastReviewedOn) ? lastReviewedOn : existing?.LastReviewedOn,
            IsMapped(RegisterField.CeasedOn) ? ceasedOn : existing?.CeasedOn);
        var problems = existing is null ? Plan.FromRegisterProblems(record, _today) : existing.ApplyRegisterProblems(record, _today);
        foreach (var problem in problems)
        {
            read.RefuseUnlessUnread(FieldOf(problem.Field), problem.Message);
        }

        return new(row.Number, key, existing, read.Refusals.Count == 0 ? record : null, read.Refusals);
    }

    /// <summary>The register's field a problem found by the plan concerns; null for the whole row.</summary>
    private static RegisterField? FieldOf(string planField) => planField switch
    {
        nameof(PlanDetails.ChildIdentifier) => RegisterField.ChildInitials,
        nameof(PlanDetails.Setting) => RegisterField.SettingType,
        nameof(PlanDetails.LocalityId) => RegisterField.Locality,
        nameof(PlanDetails.CaseworkerId) => RegisterField.Caseworker,
        _ => RegisterFields.All.Where(f => f.ToString() == planField).Cast<RegisterField?>().FirstOrDefault(),
    };

    private bool IsMapped(RegisterField field) => _columns[(int)field] >= 0;

    /// <summary>The reading of one row: each field's text and the refusals found, one field at a time.</summary>
    private sealed class Row(RegisterRowReader reader, RegisterRow row)
    {
        private readonly HashSet<RegisterField> _refused = [];

        public List<RegisterRefusal> Refusals { get; } = [];

        /// <summary>
        /// The field's text, trimmed; null when the file has no column for it, the cell is empty (refused when the field
        /// is required) or it looks like a spreadsheet formula (refused).
        /// </summary>
        public string? Text(RegisterField field)
        {
            var column = reader._columns[(int)field];
            var cell = column >= 0 && column < row.Cells.Count ? row.Cells[column] : null;
            if (string.IsNullOrWhiteSpace(cell))
            {
                if (field.IsRequired())
                {
                    Refuse(field, $"Enter the {field.InText()}");
                }

                return null;
            }

            if (RegisterValues.LooksLikeFormula(cell) || RegisterValues.LooksLikeFormula(cell.TrimStart()))
            {
                Refuse(field, $"{RegisterValues.Quote(cell.Trim())} looks like a spreadsheet formula, which the service does not import");
                return null;
            }

            return cell.Trim();
        }

        public DateOnly? Date(RegisterField field) => Value<DateOnly>(field, RegisterValues.ReadDate);

        public T? Value<T>(RegisterField field, Reader<T> read)
            where T : struct
        {
            if (Text(field) is not { } text)
            {
                return null;
            }

            if (read(text, out var value) is { } refusal)
            {
                Refuse(field, refusal);
                return null;
            }

            return value;
        }

        public bool Resolved<T>(RegisterField field, IReadOnlyDictionary<string, T> known, out T? value, Func<string, string> unknown)
        {
            value = default;
            if (Text(field) is not { } text)
            {
                return false;
            }

            if (!known.TryGetValue(text, out value))
            {
                Refuse(field, unknown(text));
                return false;
            }

            return true;
        }

        public VulnerableCohorts Cohorts()
        {
            if (Text(RegisterField.Cohorts) is not { } text)
            {
                return VulnerableCohorts.None;
            }

            var refused = new List<string>();
            var cohorts = RegisterValues.ReadCohorts(text, refused);
            foreach (var message in refused)
            {
                Refuse(RegisterField.Cohorts, message);
            }

            return cohorts;
        }

        /// <summary>Refuses the row for a cell of the field.</summary>
        public void Refuse(RegisterField? field, string message)
        {
            if (field is { } known)
            {
                _refused.Add(known);
            }

            Refusals.Add(new(row.Number, field, message));
        }

        /// <summary>Refuses the row for a problem the plan finds, unless its field could not be read (the problem is then with a stand-in value).</summary>
        public void RefuseUnlessUnread(RegisterField? field, string message)
        {
            if (field is not { } known || !_refused.Contains(known))
            {
                Refuse(field, message);
            }
        }
    }

    internal delegate string? Reader<T>(string text, out T value);
}
