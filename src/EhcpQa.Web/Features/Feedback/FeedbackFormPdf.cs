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

    /// <summary>"This plan must be graded at least Good before it is issued."</summary>
    public static string BarWarning(string bar) => $"This plan must be graded {bar} before it is issued.";

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
                WriteSection(pdf, section, data.Scale);
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
            ("Outcome", data.Decision is { } decision ? $"{data.Outcome} by {decision.By}, {DateAndTime(decision.At)}" : data.Outcome),
        ]);

        if (data.Decision is { Note: { } note } signed)
        {
            pdf.Heading3($"{signed.By} wrote");
            foreach (var paragraph in Paragraphs(note))
            {
                pdf.InsetText(paragraph);
            }
        }

        pdf.Tag(data.Overall.Words, Colour(data.Overall.Tone), "Overall grade:", large: true);
        var bar = data.Scale.Bar;
        if (data.OverallPassesBar == false && data.IssuedOnlyAtBar && bar is not null)
        {
            pdf.Paragraph(PdfRun.Strong(BarWarning(bar)));
        }

        var explanation = string.Join(" ", new[]
        {
            data.Scale.Explanation,
            data.IssuedOnlyAtBar && bar is not null ? $"A draft is issued only when graded {bar}." : null,
        }.Where(t => t is not null));
        if (explanation.Length > 0)
        {
            pdf.SmallText(explanation);
        }

        if (data.Sections.Count > 0)
        {
            var anyGraded = data.Sections.Any(s => s.Grade is not null);
            var withPoints = data.Sections.Any(s => s.Points is not null);
            pdf.Heading2(anyGraded ? "Grades by section" : "Points by section");
            var columns = new List<PdfColumn> { new("Section", anyGraded && withPoints ? 0.46f : 0.62f) };
            if (anyGraded)
            {
                columns.Add(new PdfColumn("Grade", withPoints ? 0.24f : 0.38f));
            }

            if (withPoints)
            {
                columns.Add(new PdfColumn("Points", anyGraded ? 0.30f : 0.38f));
            }

            var table = new PdfTable([.. columns]);
            foreach (var section in data.Sections)
            {
                var cells = new List<string> { SectionHeading(section) };
                if (anyGraded)
                {
                    cells.Add(section.Grade?.Words ?? "–");
                }

                if (withPoints)
                {
                    cells.Add(section.Points ?? "–");
                }

                table.AddRow([.. cells]);
            }

            pdf.Table(table);
        }
    }

    private static void WriteSection(PdfDocumentWriter pdf, FeedbackFormSection section, FeedbackScale scale)
    {
        pdf.Heading1(SectionHeading(section));
        if (section.Grade is { } grade)
        {
            pdf.Tag(grade.Words, Colour(grade.Tone), "Grade:");
        }

        if (section.Points is { } points)
        {
            pdf.Paragraph([PdfRun.Plain("Points: "), PdfRun.Strong(points)]);
        }

        if (section.Suggested is { } suggested)
        {
            var runs = new List<PdfRun>
            {
                PdfRun.Plain($"Suggested by {scale.SuggestedBy}: "),
                PdfRun.Strong(suggested.Words),
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
            var withPoints = section.Answers.Any(a => a.Points is not null);
            var columns = new List<PdfColumn>
            {
                new("No.", 0.07f, PdfAlign.Centre),
                new(scale.CriteriaHeading, withPoints ? 0.61f : 0.79f),
                new("Answer", withPoints ? 0.18f : 0.14f),
            };
            if (withPoints)
            {
                columns.Add(new PdfColumn("Points", 0.14f));
            }

            var table = new PdfTable([.. columns]);
            foreach (var answer in section.Answers)
            {
                var cells = new List<PdfCell>
                {
                    PdfCell.Plain(answer.Code),
                    PdfCell.Plain(answer.Criterion),
                    new(answer.Answer, Bold: string.Equals(answer.Answer, "No", StringComparison.OrdinalIgnoreCase)),
                };
                if (withPoints)
                {
                    cells.Add(PdfCell.Plain(answer.Points ?? "–"));
                }

                table.AddRow([.. cells]);
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

        foreach (var wording in section.OtherWording)
        {
            pdf.Heading3($"Suggested wording from {wording.Who}");
            foreach (var paragraph in Paragraphs(wording.Wording))
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

    private static PdfTagColour Colour(FeedbackTone tone) => tone switch
    {
        FeedbackTone.Pass => PdfTagColour.Green,
        FeedbackTone.BelowBar => PdfTagColour.Orange,
        FeedbackTone.Worst => PdfTagColour.Red,
        _ => PdfTagColour.Grey,
    };

    private static string Date(DateTimeOffset value) => value.ToString("d MMMM yyyy", English);

    private static string DateAndTime(DateTimeOffset value) => value.ToString("d MMMM yyyy 'at' HH:mm", English);
}
