using System.Globalization;
using CsvHelper;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Web.Features.Dashboard;

/// <summary>
/// The decisive grades behind a dashboard, one row each, for analysts: pseudonymised (the plan's
/// reference, never the child's initials, date of birth or caseworker), with the level, date, cuts,
/// section grades and overall grade, and whether the plan graded is new or amended after an annual review (last,
/// so the columns before it stay where analysts' spreadsheets expect them). Grades are numbers, 1 Outstanding to 4 Inadequate. The export adds up
/// to the dashboard (<see cref="BoardFigures"/>): its rows are the grades given, its different plan references
/// the plans assured, its overall grades of 1 and 2 those at least Good, and its "Yes" under Re-graded the re-graded.
/// </summary>
public static class GradingsCsv
{
    private static readonly string[] LeadingHeaders = ["Plan reference", "Level", "Date graded", "Locality", "Phase", "Primary need", "Setting"];
    /// <summary>The last column of both exports: "New" or "Amended" (<see cref="KindValue"/>).</summary>
    public const string KindHeader = "New or amended plan";

    private static readonly string[] TrailingHeaders = ["Overall grade", BoardFigures.Regraded.Name, KindHeader];

    public static byte[] Write(IEnumerable<AssuredGrading> gradings, IReadOnlyDictionary<int, string> references, IReadOnlyDictionary<int, string> localities)
    {
        ArgumentNullException.ThrowIfNull(gradings);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(localities);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in LeadingHeaders.Concat(PlanSections.Statutory.Select(s => $"Section {s.Code}")).Concat(TrailingHeaders))
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var grading in gradings.OrderBy(g => g.On).ThenBy(g => g.PlanId))
            {
                WriteLeadingFields(csv, references, localities, grading.PlanId, grading.Level, grading.On, grading.LocalityId, grading.Phase, grading.Need, grading.Setting);
                foreach (var part in PlanSections.Statutory)
                {
                    csv.WriteField(grading.Sections.TryGetValue(part.Code, out var grade) ? grade.Value.ToString(CultureInfo.InvariantCulture) : string.Empty);
                }

                csv.WriteField(grading.Overall.Value.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(grading.Regraded ? "Yes" : "No");
                csv.WriteField(KindValue(grading.Kind));
                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The judgements on forms of the authority's own behind a dashboard, one row each, in the same shape up
    /// to the cuts: then the form, its overall grade (value and name), whether it reaches the form's bar, the
    /// points awarded and available, the percentage, whether re-graded, and whether the plan is new or amended.
    /// </summary>
    public static byte[] WriteOnForms(
        AssuranceLevel level, IEnumerable<(string Framework, FrameworkForm Form, AssuredResult Result)> results,
        IReadOnlyDictionary<int, string> references, IReadOnlyDictionary<int, string> localities)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(localities);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in LeadingHeaders.Concat(["Form", "Overall grade", "Reaches the bar", "Points awarded", "Points available", "Percentage", BoardFigures.Regraded.Name, KindHeader]))
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var (framework, form, result) in results.OrderBy(r => r.Result.GivenOn).ThenBy(r => r.Result.PlanId))
            {
                WriteLeadingFields(csv, references, localities, result.PlanId, level, result.GivenOn, result.LocalityId, result.Phase, result.Need, result.Setting);
                csv.WriteField(Safe(framework));
                csv.WriteField(result.Grade is { } grade ? Safe(form.GradeScale?.Grade(grade)?.ToString() ?? grade) : string.Empty);
                csv.WriteField(result.PassesBar switch { true => "Yes", false => "No", null => string.Empty });
                csv.WriteField(result.Points.Awarded.ToString("0.##", CultureInfo.InvariantCulture));
                csv.WriteField(result.Points.Available.ToString("0.##", CultureInfo.InvariantCulture));
                csv.WriteField(result.Points.Percentage is { } percentage ? percentage.ToString("0.0", CultureInfo.InvariantCulture) : string.Empty);
                csv.WriteField(result.Regraded ? "Yes" : "No");
                csv.WriteField(KindValue(result.Kind));
                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>Whether the version graded is of a new plan or of a plan amended after an annual review, as the exports write it.</summary>
    public static string KindValue(PlanKind kind) => kind == PlanKind.Amended ? "Amended" : "New";

    /// <summary>Text a spreadsheet would read as a formula is prefixed with an apostrophe.</summary>
    public static string Safe(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static void WriteLeadingFields(
        CsvWriter csv, IReadOnlyDictionary<int, string> references, IReadOnlyDictionary<int, string> localities,
        int planId, AssuranceLevel level, DateOnly on, int localityId, Phase phase, BroadAreaOfNeed need, SettingType setting)
    {
        csv.WriteField(Safe(references.GetValueOrDefault(planId, string.Empty)));
        csv.WriteField(level.Name());
        csv.WriteField(on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        csv.WriteField(Safe(localities.GetValueOrDefault(localityId, string.Empty)));
        csv.WriteField(phase.Name());
        csv.WriteField(need.Name());
        csv.WriteField(setting.Name());
    }
}
