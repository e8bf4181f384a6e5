using System.Globalization;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Reporting.Pdf;

namespace EhcpQa.Web.Features.Feedback;

/// <summary>
/// The feedback form a caseworker receives on a graded draft: who graded which version against which
/// framework, the overall grade and, section by section, the grade, the descriptor answers, the
/// commentary and the framework's reminders for plan writers.
/// </summary>
public static class FeedbackFormPdf
{
    public const string Heading = "Feedback on draft EHC plan";

    public const string MustBeGoodWarning = "This plan must be graded at least Good before it is issued.";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The form as PDF bytes.</summary>
    public static byte[] Render(FeedbackFormData data)
    {
        using var pdf = Compose(data);
        return pdf.ToArray();
    }

    /// <summary>Writes the form to a stream (synchronously).</summary>
    public static void Write(FeedbackFormData data, Stream stream)
    {
        using var pdf = Compose(data);
        pdf.WriteTo(stream);
    }

    /// <summary>The document title, also printed in each page footer.</summary>
    public static string DocumentTitle(FeedbackFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return $"{Heading} {data.PlanReference}";
    }

    /// <summary>"Section B: Special educational needs", or "The plan overall".</summary>
    public static string SectionHeading(FeedbackFormSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var label = section.Label?.Trim() ?? string.Empty;
        if (PlanSections.TryParse(label, out var code))
        {
            label = code == SectionCode.Overall ? string.Empty : $"Section {code}";
        }

        var title = section.Title?.Trim() ?? string.Empty;
        if (label.Length == 0 || string.Equals(label, title, StringComparison.OrdinalIgnoreCase))
        {
            return title.Length > 0 ? title : "The plan overall";
        }

        return title.Length == 0 ? label : $"{label}: {title}";
    }

    private static PdfDocumentWriter Compose(FeedbackFormData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var pdf = new PdfDocumentWriter(new PdfDocumentInfo(
            DocumentTitle(data),
            data.GeneratedAt,
            $"Version {data.VersionNumber} graded against {data.FrameworkTitle}, version {data.FrameworkVersion}"));
        try
        {
            WriteSummary(pdf, data);
            foreach (var section in data.Sections)
            {
                WriteSection(pdf, section);
            }

            return pdf;
        }
        catch
        {
            pdf.Dispose();
            throw;
        }
    }

    private static void WriteSummary(PdfDocumentWriter pdf, FeedbackFormData data)
    {
        pdf.Title(Heading);
        pdf.SmallText($"Produced on {DateAndTime(data.GeneratedAt)}.");
        pdf.Space(4);

        var graded = data.GradedAt is { } gradedAt
            ? $"{data.GradedBy}, {DateAndTime(gradedAt)}"
            : $"{data.GradedBy} (grading not yet submitted)";
        pdf.SummaryTable(
        [
            ("Plan reference", data.PlanReference),
            ("Child's initials", data.ChildIdentifier),
            ("Caseworker", data.Caseworker),
            ("Locality", data.Locality),
            ("Draft", $"Version {data.VersionNumber}, submitted on {Date(data.SubmittedAt)}"),
            ("Graded by", graded),
            ("Grading", data.GradingPurpose),
            ("Framework", $"{data.FrameworkTitle}, version {data.FrameworkVersion}"),
            ("Statutory deadline", data.StatutoryDeadline.ToString("d MMMM yyyy", English)),
            ("Outcome", data.Outcome),
        ]);

        var overallColour = data.OverallAtLeastGood ? PdfTagColour.Green : data.OverallGradeValue >= 4 ? PdfTagColour.Red : PdfTagColour.Orange;
        pdf.Tag(GradeText(data.OverallGradeValue, data.OverallGradeName), overallColour, "Overall grade:", large: true);
        if (!data.OverallAtLeastGood && data.IssuedOnlyAtLeastGood)
        {
            pdf.Paragraph(PdfRun.Strong(MustBeGoodWarning));
        }

        pdf.SmallText("Grades run from 1 Outstanding (best) through 2 Good and 3 Requires improvement to 4 Inadequate."
            + (data.IssuedOnlyAtLeastGood ? " A draft is issued only when graded at least Good." : string.Empty));

        if (data.Sections.Count > 0)
        {
            pdf.Heading2("Grades by section");
            var table = new PdfTable(
                new PdfColumn("Section", 0.62f),
                new PdfColumn("Grade", 0.38f));
            foreach (var section in data.Sections)
            {
                table.AddRow(SectionHeading(section), GradeText(section.GradeValue, section.GradeName));
            }

            pdf.Table(table);
        }
    }

    private static void WriteSection(PdfDocumentWriter pdf, FeedbackFormSection section)
    {
        pdf.Heading1(SectionHeading(section));
        pdf.Tag(GradeText(section.GradeValue, section.GradeName), GradeColour(section.GradeValue), "Grade:");

        if (section.SuggestedGradeValue is >= 1 and <= 4 && section.SuggestedGradeValue != section.GradeValue)
        {
            var runs = new List<PdfRun>
            {
                PdfRun.Plain("Suggested by the descriptors: "),
                PdfRun.Strong(GradeText(section.SuggestedGradeValue, section.SuggestedGradeName)),
                PdfRun.Plain("."),
            };
            if (!string.IsNullOrWhiteSpace(section.OverrideReason))
            {
                runs.Add(PdfRun.Plain(" Reason for the different grade: " + section.OverrideReason.Trim()));
            }

            pdf.Paragraph(runs);
        }

        if (section.Answers.Count > 0)
        {
            var table = new PdfTable(
                new PdfColumn("No.", 0.07f, PdfAlign.Centre),
                new PdfColumn("Descriptor of good practice", 0.79f),
                new PdfColumn("Answer", 0.14f));
            foreach (var answer in section.Answers.OrderBy(a => a.Number))
            {
                table.AddRow(
                    PdfCell.Plain(answer.Number.ToString(English)),
                    PdfCell.Plain(answer.Descriptor),
                    new PdfCell(answer.Answer, Bold: string.Equals(answer.Answer, "No", StringComparison.OrdinalIgnoreCase)));
            }

            pdf.Table(table);
        }

        var hasCommentary = false;
        hasCommentary |= Commentary(pdf, "Strengths", section.Strengths);
        hasCommentary |= Commentary(pdf, "Areas for improvement", section.AreasForImprovement);
        hasCommentary |= Commentary(pdf, "Rationale for the grade", section.Rationale);
        if (!string.IsNullOrWhiteSpace(section.SuggestedWording))
        {
            pdf.Heading3("Suggested wording");
            foreach (var paragraph in Paragraphs(section.SuggestedWording))
            {
                pdf.InsetText(paragraph);
            }

            hasCommentary = true;
        }

        if (!hasCommentary && section.Answers.Count == 0)
        {
            pdf.SmallText("No comments on this section.");
        }

        var prompts = section.Prompts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (prompts.Count > 0)
        {
            pdf.Space(2);
            pdf.SmallText("Reminders for plan writers:");
            pdf.BulletList(prompts, small: true);
        }
    }

    private static bool Commentary(PdfDocumentWriter pdf, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        pdf.Heading3(label);
        foreach (var paragraph in Paragraphs(text))
        {
            pdf.Paragraph(paragraph);
        }

        return true;
    }

    /// <summary>Splits commentary at blank lines; single line feeds stay as line breaks.</summary>
    private static string[] Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string GradeText(int value, string name) => value is >= 1 and <= 4
        ? $"{value} {name}"
        : string.IsNullOrWhiteSpace(name) ? "Not graded" : name;

    private static PdfTagColour GradeColour(int value) => value switch
    {
        1 or 2 => PdfTagColour.Green,
        3 => PdfTagColour.Orange,
        4 => PdfTagColour.Red,
        _ => PdfTagColour.Grey,
    };

    private static string Date(DateTimeOffset value) => value.ToString("d MMMM yyyy", English);

    private static string DateAndTime(DateTimeOffset value) => value.ToString("d MMMM yyyy 'at' HH:mm", English);
}
