using System.Globalization;
using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Web.Features.Frameworks;

/// <summary>How a form's settings read on its pages.</summary>
public static class FormWords
{
    public static string Assesses(AssessedDocument document) => document switch
    {
        AssessedDocument.Plan => "A draft or issued EHC plan",
        AssessedDocument.Advice => "Professional advice from a contributing agency",
        AssessedDocument.FamilySurvey => "A family's answers to the survey",
        _ => document.ToString(),
    };

    public static string NotApplicable(NotApplicableRule rule) => rule switch
    {
        NotApplicableRule.AwardsFullPoints => "An item answered N/A earns its full points",
        _ => "An item answered N/A leaves the points available",
    };

    public static string Scale(GradeScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var grades = string.Join(", ", scale.Grades.Select(g => g.ToString()));
        var best = scale.BestToWorst[0];
        return $"{grades}. {best} is the best grade; a plan passes at {scale.Grade(scale.PassBar)} or better.";
    }

    public static string Rule(GradeRule rule, GradeScale? scale, bool overall)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var basis = overall ? (rule.Basis == OverallBasis.Total ? " of the whole form's total" : " of the overall items") : string.Empty;
        var text = rule.Mode switch
        {
            GradeMode.None => overall ? "No overall grade." : "Sections are not graded.",
            GradeMode.Banded => $"Worked out from the percentage{basis}: {Bands(rule, scale)}.",
            _ when rule.Bands.Count > 0 => $"Chosen by the grader, who is offered a suggestion from the percentage{basis} ({Bands(rule, scale)}); choosing another grade needs a reason.",
            _ => "Chosen by the grader.",
        };
        if (rule.GradeCaps.Count > 0 && scale is not null)
        {
            text += " " + string.Join(" ", rule.GradeCaps.Select(c => Cap(c, scale)));
        }

        return text;
    }

    public static string Options(AnswerScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (scale.Kind == AnswerKind.Text)
        {
            return "Free text";
        }

        return string.Join(", ", scale.Options.Select(o => o.Points is { } points && scale.CarriesPoints
            ? string.Create(CultureInfo.InvariantCulture, $"{o.Label} ({points:0.##})")
            : o.Label));
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Bands(GradeRule rule, GradeScale? scale) =>
        string.Join("; ", rule.Bands.Select(b =>
            string.Create(CultureInfo.InvariantCulture, $"{(b.Above ? "more than" : "at least")} {b.Threshold:0.##}% gives {scale?.Grade(b.Grade)?.ToString() ?? b.Grade}")));

    private static string Cap(GradeCap cap, GradeScale scale)
    {
        var count = cap.When.AtLeast is { } atLeast
            ? $"{atLeast} or more sections"
            : string.Create(CultureInfo.InvariantCulture, $"{cap.When.AtLeastShare * 100:0.##}% or more of the graded sections");
        var which = cap.When.SectionsBelowPassBar
            ? "below the pass bar"
            : $"graded {scale.Grade(cap.When.SectionsAtOrBelow)} or worse";
        return $"With {count} {which}, the plan is at best {scale.Grade(cap.AtBest)}.";
    }
}
