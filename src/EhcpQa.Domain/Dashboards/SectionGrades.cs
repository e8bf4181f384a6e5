using System.Collections;
using System.Diagnostics.CodeAnalysis;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Dashboards;

/// <summary>
/// The grades of sections A–K (H1 and H2 apart) in one grading, compact: one digit per statutory section in
/// plan order, "-" for a section not judged ("2212-1222232-" style). The dashboards read hundreds of
/// thousands of these, so a grading's sections are kept as a short code rather than a row per section.
/// </summary>
public sealed class SectionGrades : IReadOnlyDictionary<SectionCode, Grade>
{
    private const char NotJudged = '-';
    private static readonly IReadOnlyList<PlanSection> Statutory = PlanSections.Statutory;
    private readonly byte[] _values;

    private SectionGrades(byte[] values) => _values = values;

    /// <summary>The length of a code: one character per statutory section.</summary>
    public static int CodeLength => Statutory.Count;

    /// <summary>The code stored for these grades.</summary>
    public string Code => string.Create(_values.Length, _values, static (span, values) =>
    {
        for (var i = 0; i < values.Length; i++)
        {
            span[i] = values[i] == 0 ? NotJudged : (char)('0' + values[i]);
        }
    });

    public int Count => _values.Count(v => v != 0);

    public IEnumerable<SectionCode> Keys => Statutory.Where((_, i) => _values[i] != 0).Select(s => s.Code);

    public IEnumerable<Grade> Values => _values.Where(v => v != 0).Select(v => Grade.FromValue(v));

    public Grade this[SectionCode key] => TryGetValue(key, out var grade) ? grade : throw new KeyNotFoundException($"Section {key} was not judged.");

    /// <summary>The grades of the statutory sections among <paramref name="grades"/> (the plan overall and unknown sections are left out).</summary>
    public static SectionGrades Of(IEnumerable<KeyValuePair<SectionCode, Grade>> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var values = new byte[Statutory.Count];
        foreach (var (section, grade) in grades)
        {
            if (IndexOf(section) is { } index)
            {
                values[index] = (byte)grade.Value;
            }
        }

        return new SectionGrades(values);
    }

    /// <summary>Reads a stored code; refuses anything that is not one grade or "-" per statutory section.</summary>
    public static SectionGrades Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != Statutory.Count)
        {
            throw new FormatException($"A section grades code has {Statutory.Count} characters, not {code.Length}.");
        }

        var values = new byte[code.Length];
        for (var i = 0; i < code.Length; i++)
        {
            values[i] = code[i] switch
            {
                NotJudged => 0,
                >= '1' and <= '4' => (byte)(code[i] - '0'),
                _ => throw new FormatException($"'{code[i]}' is not a grade (1 to 4) or '{NotJudged}'."),
            };
        }

        return new SectionGrades(values);
    }

    /// <summary>The grade of the statutory section at <paramref name="index"/> in plan order, if judged (a fast path for counting).</summary>
    public Grade? GradeAt(int index) => _values[index] == 0 ? null : Grade.FromValue(_values[index]);

    public bool ContainsKey(SectionCode key) => IndexOf(key) is { } index && _values[index] != 0;

    public bool TryGetValue(SectionCode key, [MaybeNullWhen(false)] out Grade value)
    {
        if (IndexOf(key) is { } index && _values[index] != 0)
        {
            value = Grade.FromValue(_values[index]);
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<SectionCode, Grade>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] != 0)
            {
                yield return new KeyValuePair<SectionCode, Grade>(Statutory[i].Code, Grade.FromValue(_values[i]));
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Code;

    private static int? IndexOf(SectionCode section)
    {
        for (var i = 0; i < Statutory.Count; i++)
        {
            if (Statutory[i].Code == section)
            {
                return i;
            }
        }

        return null;
    }
}
