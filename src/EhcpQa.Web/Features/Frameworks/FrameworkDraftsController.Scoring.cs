using System.Text.RegularExpressions;
using EhcpQa.Domain;
using EhcpQa.Domain.Frameworks.Forms;
using Microsoft.AspNetCore.Mvc;

namespace EhcpQa.Web.Features.Frameworks;

/// <summary>
/// How a draft is scored, on pages: its answer scales (added, changed, removed), its grade scale (grades
/// added, renamed, described and removed, the pass bar and the best end) and how sections and the whole get
/// their grades (modes, bands, caps, the overall rating).
/// </summary>
public sealed partial class FrameworkDraftsController
{
    [HttpGet("scales")]
    public Task<IActionResult> Scales(int id, CancellationToken cancellationToken) =>
        WithDraftAsync(id, (version, token) => View("EditScales", new DraftScalesPage(version, token)), cancellationToken);

    [HttpGet("scales/new")]
    public Task<IActionResult> NewScale(int id, CancellationToken cancellationToken) =>
        WithDraftAsync(id, (version, token) => View("EditScale", new DraftScalePage(version, null, DraftScaleForm.From(null, token))), cancellationToken);

    [HttpGet("scales/{key}")]
    public Task<IActionResult> Scale(int id, string key, CancellationToken cancellationToken) =>
        WithDraftAsync(id, (version, token) => version.Form!.Scale(key) is { } scale
            ? View("EditScale", new DraftScalePage(version, scale, DraftScaleForm.From(scale, token)))
            : NotFound(), cancellationToken);

    [HttpPost("scales/new")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> NewScale(int id, [Bind(Prefix = "Input")] DraftScaleForm input, CancellationToken cancellationToken) =>
        SaveScaleAsync(id, null, input, cancellationToken);

    [HttpPost("scales/{key}")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Scale(int id, string key, [Bind(Prefix = "Input")] DraftScaleForm input, CancellationToken cancellationToken) =>
        SaveScaleAsync(id, key, input, cancellationToken);

    [HttpPost("scales/{key}/remove")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> RemoveScale(int id, string key, Guid concurrencyToken, CancellationToken cancellationToken) =>
        SaveAsync(
            id, concurrencyToken, string.Empty, string.Empty,
            form => form.WithoutAnswerScale(key),
            $"The answer scale {key} is removed",
            version => View("EditScales", new DraftScalesPage(version, db.ConcurrencyTokenOf(version))),
            cancellationToken,
            redirectTo: $"/frameworks/versions/{id}/edit/scales");

    private Task<IActionResult> SaveScaleAsync(int id, string? key, DraftScaleForm input, CancellationToken cancellationToken)
    {
        var scaleIndex = -1;
        var rows = input.FilledRows;
        return SaveAsync(
            id, input.ConcurrencyToken, "Input.", nameof(DraftScaleForm.Key),
            form =>
            {
                var existing = key is null ? null : form.Scale(key) ?? throw new DomainRuleException($"The form has no answer scale \"{key}\".");
                scaleIndex = existing is null ? form.AnswerScales.Count : form.AnswerScales.ToList().IndexOf(existing);
                return form.WithAnswerScale(key, input.ToScale(existing?.Kind ?? AnswerKind.Choice));
            },
            key is null ? "The answer scale is added" : "The answer scale is saved",
            version => View("EditScale", new DraftScalePage(version, key is null ? null : version.Form!.Scale(key), input.WithSpareRows())),
            cancellationToken,
            redirectTo: $"/frameworks/versions/{id}/edit/scales",
            fieldOf: problem => PathMatch(problem.Field, $"answerScales[{scaleIndex}]") switch
            {
                null => null,
                ("key", _, _) => nameof(DraftScaleForm.Key),
                ("options", null, _) => rows.Count > 0 ? $"Options[{rows[0].Row}].Value" : "Options[0].Value",
                ("options", { } o, var field) when o < rows.Count => $"Options[{rows[o].Row}].{Property(field, "Value")}",
                _ => nameof(DraftScaleForm.Key),
            });
    }

    [HttpGet("grades")]
    public Task<IActionResult> Grades(int id, CancellationToken cancellationToken) =>
        WithDraftAsync(id, (version, token) => View("EditGrades", new DraftGradesPage(version, DraftGradesForm.From(version.Form!.GradeScale, token))), cancellationToken);

    [HttpPost("grades")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Grades(int id, [Bind(Prefix = "Scale")] DraftGradesForm input, CancellationToken cancellationToken)
    {
        var kept = input.Kept;
        return SaveAsync(
            id, input.ConcurrencyToken, "Scale.", nameof(DraftGradesForm.PassBar),
            form => form.WithGradeScale(
                kept.Select(k => k.Grade).ToList(),
                input.PassBar ?? string.Empty,
                input.Best is null ? form.GradeScale?.BestFirst ?? true : input.Best == DraftGradesForm.First),
            "The grade scale is saved",
            version => View("EditGrades", new DraftGradesPage(version, input.WithSpareRow())),
            cancellationToken,
            fieldOf: problem => PathMatch(problem.Field, "gradeScale") switch
            {
                null => null,
                ("grades", { } g, var field) when g < kept.Count => $"Grades[{kept[g].Row}].{Property(field, "Name")}",
                ("grades", _, _) => "Grades[0].Value",
                _ => nameof(DraftGradesForm.PassBar),
            });
    }

    [HttpGet("grading")]
    public Task<IActionResult> Grading(int id, CancellationToken cancellationToken) =>
        WithDraftAsync(id, (version, token) => View("EditGrading", new DraftGradingPage(version, DraftGradingForm.From(version.Form!, token))), cancellationToken);

    [HttpPost("grading")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Grading(int id, [Bind(Prefix = "Grading")] DraftGradingForm input, CancellationToken cancellationToken)
    {
        var sectionBands = DraftGradingForm.BandsOf(input.SectionBands);
        var overallBands = DraftGradingForm.BandsOf(input.OverallBands);
        var caps = input.CapsTyped;
        return SaveAsync(
            id, input.ConcurrencyToken, "Grading.", nameof(DraftGradingForm.SectionMode),
            form => form.WithGrading(
                new GradeRule(input.SectionMode ?? GradeMode.None, sectionBands.Select(b => b.Band).ToList()),
                new GradeRule(
                    input.OverallMode ?? GradeMode.None,
                    overallBands.Select(b => b.Band).ToList(),
                    input.OverallBasis ?? OverallBasis.OverallItems,
                    caps.Select(c => c.Cap).ToList()),
                input.Rating),
            "How grades are reached is saved",
            version => View("EditGrading", new DraftGradingPage(version, input.WithSpareCap())),
            cancellationToken,
            fieldOf: problem =>
                BandField(problem.Field, "sectionGrades", nameof(DraftGradingForm.SectionMode), nameof(DraftGradingForm.SectionBands), sectionBands)
                ?? BandField(problem.Field, "overall.grade", nameof(DraftGradingForm.OverallMode), nameof(DraftGradingForm.OverallBands), overallBands)
                ?? (PathMatch(problem.Field, "overall.grade") switch
                {
                    ("basis", _, _) => nameof(DraftGradingForm.OverallBasis),
                    ("caps", { } c, var field) when c < caps.Count => $"Caps[{caps[c].Row}].{CapProperty(field)}",
                    _ => null,
                })
                ?? (PathMatch(problem.Field, "overall.rating") switch
                {
                    ("question", _, _) => nameof(DraftGradingForm.RatingQuestion),
                    (_, _, _) => nameof(DraftGradingForm.RatingAnswers),
                    null => null,
                }));
    }

    /// <summary>Where a rule's problem goes: its mode beside the mode, a band's beside the threshold of the row it came from.</summary>
    private static string? BandField(string path, string rule, string modeField, string bandsField, IReadOnlyList<(int Row, Band Band)> bands) =>
        PathMatch(path, rule) switch
        {
            ("mode", _, _) => modeField,
            ("bands", { } b, _) when b < bands.Count => $"{bandsField}[{bands[b].Row}].Threshold",
            ("bands", _, _) => $"{bandsField}[0].Threshold",
            _ => null,
        };

    private static string CapProperty(string? field) => field switch
    {
        "atBest" => nameof(DraftCapInput.AtBest),
        "when.atLeast" => nameof(DraftCapInput.AtLeast),
        "when.atLeastShare" => nameof(DraftCapInput.AtLeastShare),
        _ => nameof(DraftCapInput.WhichSections),
    };

    /// <summary>"descriptors[2]" → "Descriptors"; "label" → "Label"; nothing → the fallback.</summary>
    private static string Property(string? field, string fallback)
    {
        var name = field?.Split('.', '[')[0];
        return string.IsNullOrEmpty(name) ? fallback : char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>
    /// A problem's place read under <paramref name="under"/>: "answerScales[2].options[1].points" under
    /// "answerScales[2]" is ("options", 1, "points"); null when the place is elsewhere.
    /// </summary>
    private static (string List, int? Index, string? Field)? PathMatch(string path, string under)
    {
        if (!path.StartsWith(under + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var match = PlacePattern().Match(path[(under.Length + 1)..]);
        return match.Success
            ? (match.Groups["name"].Value, match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) : null, match.Groups["rest"].Success ? match.Groups["rest"].Value : null)
            : null;
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z]+)(\[(?<index>\d+)\])?(\.(?<rest>.+))?$")]
    private static partial Regex PlacePattern();
}
