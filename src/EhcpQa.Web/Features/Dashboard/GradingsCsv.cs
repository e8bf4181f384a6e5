using System.Globalization;
using CsvHelper;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Web.Features.Dashboard;

/// <summary>
/// The decisive grades behind a dashboard, one row each, for analysts: pseudonymised (the plan's
/// reference, never the child's initials, date of birth or caseworker), with the level, date, cuts,
/// section grades and overall grade. Grades are numbers, 1 Outstanding to 4 Inadequate.
/// </summary>
public static class GradingsCsv
{
    private static readonly string[] LeadingHeaders = ["Plan reference", "Level", "Date graded", "Locality", "Phase", "Primary need", "Setting"];
    private static readonly string[] TrailingHeaders = ["Overall grade", "Re-graded"];

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
                csv.WriteField(Safe(references.GetValueOrDefault(grading.PlanId, string.Empty)));
                csv.WriteField(grading.Level.Name());
                csv.WriteField(grading.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(Safe(localities.GetValueOrDefault(grading.LocalityId, string.Empty)));
                csv.WriteField(grading.Phase.Name());
                csv.WriteField(grading.Need.Name());
                csv.WriteField(grading.Setting.Name());
                foreach (var part in PlanSections.Statutory)
                {
                    csv.WriteField(grading.Sections.TryGetValue(part.Code, out var grade) ? grade.Value.ToString(CultureInfo.InvariantCulture) : string.Empty);
                }

                csv.WriteField(grading.Overall.Value.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(grading.Regraded ? "Yes" : "No");
                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>Text a spreadsheet would read as a formula is prefixed with an apostrophe.</summary>
    public static string Safe(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
