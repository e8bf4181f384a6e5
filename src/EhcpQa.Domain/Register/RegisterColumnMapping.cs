using System.Text.Json;

namespace EhcpQa.Domain.Register;

/// <summary>
/// Which of a register file's columns holds each field the service reads: the file's heading for each field.
/// Chosen once by the person importing and kept for the next file from the same system.
/// </summary>
public sealed class RegisterColumnMapping
{
    /// <summary>Maps each field to the file's heading text; blank headings and unknown fields are dropped, headings trimmed.</summary>
    public RegisterColumnMapping(IReadOnlyDictionary<RegisterField, string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = RegisterFields.All
            .Where(field => columns.TryGetValue(field, out var heading) && !string.IsNullOrWhiteSpace(heading))
            .ToDictionary(field => field, field => columns[field].Trim());
    }

    /// <summary>The file's heading for each mapped field.</summary>
    public IReadOnlyDictionary<RegisterField, string> Columns { get; }

    /// <summary>The heading mapped to the field; null when it is not mapped.</summary>
    public string? HeadingFor(RegisterField field) => Columns.TryGetValue(field, out var heading) ? heading : null;

    /// <summary>
    /// The mapping to offer for a file with these headings: the saved mapping's heading for a field where the file has
    /// it (ignoring case), else a heading the service recognises for the field (ignoring case, spaces and punctuation),
    /// else nothing. No heading is offered for two fields.
    /// </summary>
    public static RegisterColumnMapping Suggest(IReadOnlyList<string> headings, RegisterColumnMapping? saved)
    {
        ArgumentNullException.ThrowIfNull(headings);
        var offered = new Dictionary<RegisterField, string>();
        var used = new HashSet<int>();

        if (saved is not null)
        {
            foreach (var (field, heading) in saved.Columns)
            {
                var index = IndexOf(headings, heading);
                if (index >= 0 && used.Add(index))
                {
                    offered[field] = headings[index];
                }
            }
        }

        var normalised = headings.Select(h => RegisterFields.Normalise(h ?? string.Empty)).ToList();
        foreach (var field in RegisterFields.All.Where(f => !offered.ContainsKey(f)))
        {
            var index = field.RecognisedHeadings()
                .Select(RegisterFields.Normalise)
                .Select(known => Enumerable.Range(0, normalised.Count).FirstOrDefault(i => normalised[i].Length > 0 && normalised[i] == known && !used.Contains(i), -1))
                .FirstOrDefault(i => i >= 0, -1);
            if (index >= 0)
            {
                used.Add(index);
                offered[field] = headings[index];
            }
        }

        return new RegisterColumnMapping(offered);
    }

    /// <summary>
    /// What stops the mapping being used to read a file with these headings, by field: a required field with no column,
    /// a heading the file does not have (or has twice), and a heading chosen for more than one field.
    /// </summary>
    public IEnumerable<Problem> Problems(IReadOnlyList<string> headings)
    {
        ArgumentNullException.ThrowIfNull(headings);
        foreach (var field in RegisterFields.All)
        {
            if (HeadingFor(field) is not { } heading)
            {
                if (field.IsRequired())
                {
                    yield return new(field.ToString(), $"Choose the column that holds the {field.InText()}");
                }

                continue;
            }

            var count = headings.Count(h => Same(h, heading));
            if (count == 0)
            {
                yield return new(field.ToString(), $"The file has no column headed '{heading}': choose the column that holds the {field.InText()}");
            }
            else if (count > 1)
            {
                yield return new(field.ToString(), $"The file has {count} columns headed '{heading}': give each column a different heading in the file");
            }
        }

        foreach (var fields in Columns.GroupBy(c => c.Value, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var names = fields.Select(c => c.Key).Order().Select(f => f.Name()).ToList();
            yield return new(fields.Select(c => c.Key).Max().ToString(),
                $"Choose a different column for each field: '{fields.Key}' is chosen for {string.Join(", ", names[..^1])} and {names[^1]}");
        }
    }

    /// <summary>The mapping as JSON, each field by name, to be kept for the next import.</summary>
    public string ToJson() => JsonSerializer.Serialize(Columns.OrderBy(c => c.Key).ToDictionary(c => c.Key.ToString(), c => c.Value));

    /// <summary>A mapping kept as JSON. Unknown fields and values that are not text are ignored; JSON that cannot be read gives an empty mapping.</summary>
    public static RegisterColumnMapping FromJson(string json)
    {
        var columns = new Dictionary<RegisterField, string>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return new RegisterColumnMapping(columns);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    var field = RegisterFields.All.Where(f => f.ToString().Equals(property.Name, StringComparison.OrdinalIgnoreCase)).Cast<RegisterField?>().FirstOrDefault();
                    if (field is { } known && property.Value.ValueKind == JsonValueKind.String)
                    {
                        columns[known] = property.Value.GetString()!;
                    }
                }
            }
        }
        catch (JsonException)
        {
            columns.Clear();
        }

        return new RegisterColumnMapping(columns);
    }

    /// <summary>Where the heading is among the file's headings (ignoring case and surrounding spaces); -1 when it is not.</summary>
    internal static int IndexOf(IReadOnlyList<string> headings, string heading)
    {
        for (var i = 0; i < headings.Count; i++)
        {
            if (Same(headings[i], heading))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Same(string? a, string b) => string.Equals(a?.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
