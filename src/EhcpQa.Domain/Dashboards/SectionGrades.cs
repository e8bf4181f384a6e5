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
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named in the domain's words: a grading's section grades.")]
public sealed class SectionGrades : IReadOnlyDictionary<SectionCode, Grade>
{
    private const char NotJudged = '-';
    private static readonly IReadOnlyList<PlanSection> Statutory = PlanSections.Statutory;
    private readonly string _code;

    private SectionGrades(string code) => _code = code;

    /// <summary>The length of a code: one character per statutory section.</summary>
    public static int CodeLength => Statutory.Count;

    /// <summary>The code stored for these grades.</summary>
    public string Code => _code;

    public int Count => _code.Count(c => c != NotJudged);

    public IEnumerable<SectionCode> Keys => Statutory.Where((_, i) => _code[i] != NotJudged).Select(s => s.Code);

    public IEnumerable<Grade> Values => _code.Where(c => c != NotJudged).Select(c => Grade.FromValue(c - '0'));

    public Grade this[SectionCode key] => TryGetValue(key, out var grade) ? grade : throw new KeyNotFoundException($"Section {key} was not judged.");

    /// <summary>The grades of the statutory sections among <paramref name="grades"/> (the plan overall and unknown sections are left out).</summary>
    public static SectionGrades Of(IEnumerable<KeyValuePair<SectionCode, Grade>> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var code = new string(NotJudged, Statutory.Count).ToCharArray();
        foreach (var (section, grade) in grades)
        {
            if (IndexOf(section) is { } index)
            {
                code[index] = (char)('0' + grade.Value);
            }
        }

        return new SectionGrades(new string(code));
    }

    /// <summary>Reads a stored code; refuses anything that is not one grade or "-" per statutory section.</summary>
    public static SectionGrades Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != Statutory.Count)
        {
            throw new FormatException($"A section grades code has {Statutory.Count} characters, not {code.Length}.");
        }

        foreach (var c in code)
        {
            if (c != NotJudged && c is < '1' or > '4')
            {
                throw new FormatException($"'{c}' is not a grade (1 to 4) or '{NotJudged}'.");
            }
        }

        return new SectionGrades(code);
    }

    /// <summary>The grade of the statutory section at <paramref name="index"/> in plan order, if judged (a fast path for counting).</summary>
    public Grade? GradeAt(int index) => _code[index] == NotJudged ? null : Grade.FromValue(_code[index] - '0');

    public bool ContainsKey(SectionCode key) => IndexOf(key) is { } index && _code[index] != NotJudged;

    public bool TryGetValue(SectionCode key, [MaybeNullWhen(false)] out Grade value)
    {
        if (IndexOf(key) is { } index && _code[index] != NotJudged)
        {
            value = Grade.FromValue(_code[index] - '0');
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<SectionCode, Grade>> GetEnumerator()
    {
        for (var i = 0; i < _code.Length; i++)
        {
            if (_code[i] != NotJudged)
            {
                yield return new KeyValuePair<SectionCode, Grade>(Statutory[i].Code, Grade.FromValue(_code[i] - '0'));
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
