using System.Globalization;
using EhcpQa.Domain.Agreement;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Reporting.Pdf;

namespace EhcpQa.Web.Features.Moderation;

/// <summary>
/// A moderation session's report: when it met and who took part (by agency), the plans it moderated
/// (pseudonymised) with their sign-off and agreed grades, the re-graded count, the agreed grades by
/// section, how far the moderators agreed, each moderator's tendency, and the themes and actions.
/// </summary>
public static class ModerationReportPdf
{
    public const string Heading = "Moderation report";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static byte[] Render(SessionReport report, DateTimeOffset producedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        var session = report.Session;
        using var pdf = new PdfDocumentWriter(new PdfDocumentInfo(
            $"{Heading}: {session.HeldOn.ToString("d MMMM yyyy", English)}", producedAt, session.Level.Name()));
        pdf.Title($"{Heading}: {session.HeldOn.ToString("d MMMM yyyy", English)}");
        pdf.SmallText($"Produced on {producedAt.ToString("d MMMM yyyy 'at' HH:mm", English)}. Plans are shown by their session code only.");
        pdf.SummaryTable(
        [
            ("Date", session.HeldOn.ToString("d MMMM yyyy", English)),
            ("Level", session.Level.Name()),
            ("Theme", session.Theme ?? "None"),
            ("Chair", report.Chair),
            ("Agencies represented", string.Join(", ", report.Members.DistinctBy(m => m.Agency).OrderBy(m => m.Agency).Select(m => m.AgencyName))),
            ("Agencies missing", report.MissingAgencies.Count == 0 ? "None" : string.Join(", ", report.MissingAgencies)),
            ("Plans moderated", Count(report.Plans.Count, "plan")),
            ("Agreed grades recorded", $"{report.Results.AgreedCount} of {report.Plans.Count}"),
            ("Re-graded", $"{Count(report.Results.RegradedCount, "plan")} agreed at a different grade from sign-off"),
        ]);

        pdf.Heading2("Members");
        var members = new PdfTable(new PdfColumn("Member", 0.55f), new PdfColumn("Agency", 0.45f));
        foreach (var member in report.Members)
        {
            members.AddRow(member.IsChair ? $"{member.Name} (chair)" : member.Name, member.AgencyName);
        }

        pdf.Table(members);

        pdf.Heading2("Plans moderated");
        var plans = new PdfTable(
            new PdfColumn("Plan", 0.16f),
            new PdfColumn("Year group and need", 0.34f),
            new PdfColumn("Moderators' grades", 0.18f),
            new PdfColumn("Signed off", 0.16f),
            new PdfColumn("Agreed", 0.16f));
        foreach (var row in report.Plans)
        {
            plans.AddRow(
                PdfCell.Plain(row.Code),
                PdfCell.Plain($"{row.YearGroup}, {row.Need.Name().ToLowerInvariant()}"),
                PdfCell.Plain(string.Join(", ", row.Moderators.Select(m => m.InBrief ?? "–"))),
                PdfCell.Plain(row.Plan.SignedOffAt?.Result ?? "Not in the service"),
                new PdfCell(row.Plan.AgreedResult ?? "Not agreed", Bold: row.Plan.IsRegraded));
        }

        pdf.Table(plans);
        pdf.SmallText("Agreed grades in bold differ from the grade the plan was signed off at. Grades run from 1 Outstanding (best) to 4 Inadequate.");

        pdf.Heading2("Agreed grades by section");
        var bySection = new PdfTable(
            new PdfColumn("Section", 0.28f),
            new PdfColumn("Outstanding", 0.18f, PdfAlign.Right),
            new PdfColumn("Good", 0.18f, PdfAlign.Right),
            new PdfColumn("Requires improvement", 0.18f, PdfAlign.Right),
            new PdfColumn("Inadequate", 0.18f, PdfAlign.Right));
        foreach (var part in report.Results.AgreedGradesBySection)
        {
            bySection.AddRow([part.Section.Label, .. Grade.All.Select(g => part.CountOf(g).ToString(English))]);
        }

        pdf.Table(bySection);

        WriteAgreement(pdf, report.Agreement);
        WriteThemes(pdf, report);
        WriteLearning(pdf, report);
        WriteActions(pdf, report);
        return pdf.ToArray();
    }

    /// <summary>The agreement figures, as on the session's page.</summary>
    public static void WriteAgreement(PdfDocumentWriter pdf, AgreementFigures figures)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(figures);
        var agreement = figures.Agreement;
        pdf.Heading2("Agreement between moderators");
        pdf.Paragraph($"From {Count(agreement.ModerationCount, "submitted moderation")} of {Count(agreement.PlanCount, "plan")}. " +
            "Exact agreement is the share of pairs of moderators who gave the same grade; within one grade allows one step apart. " +
            "Krippendorff's alpha corrects for agreement by chance: 0.800 or more is good, 0.667 to 0.799 tentative, below that poor.");
        var table = new PdfTable(
            new PdfColumn("Section", 0.34f),
            new PdfColumn("Pairs", 0.12f, PdfAlign.Right),
            new PdfColumn("Exact", 0.14f, PdfAlign.Right),
            new PdfColumn("Within one", 0.16f, PdfAlign.Right),
            new PdfColumn("Alpha", 0.24f, PdfAlign.Right));
        table.AddRow([PdfCell.Strong("Plan overall"), .. Cells(agreement.Overall)]);
        table.AddRow([PdfCell.Strong("Sections A to K together"), .. Cells(agreement.Sections)]);
        foreach (var part in agreement.BySection.Where(s => s.Section.IsStatutory))
        {
            table.AddRow([PdfCell.Plain(part.Section.Label), .. Cells(part.Result)]);
        }

        pdf.Table(table);
        foreach (var form in figures.OnForms)
        {
            WriteFormAgreement(pdf, form, figures);
        }

        pdf.Heading2("Each moderator against the agreed grades");
        if (agreement.Tendencies.Count == 0)
        {
            pdf.Paragraph("No agreed grades have been recorded yet to compare with.");
            return;
        }

        var tendencies = new PdfTable(
            new PdfColumn("Moderator", 0.34f),
            new PdfColumn("Grades compared", 0.18f, PdfAlign.Right),
            new PdfColumn("Mean difference", 0.18f, PdfAlign.Right),
            new PdfColumn("Tendency", 0.30f));
        foreach (var row in agreement.Tendencies)
        {
            tendencies.AddRow(figures.NameOf(row.GraderId), row.Count.ToString(English), AgreementText.Difference(row.MeanDifference), AgreementText.Tendency(row));
        }

        pdf.Table(tendencies);
        pdf.SmallText("Mean difference is the grade given minus the grade agreed: above zero harsher than the panel, below zero more lenient.");
    }

    /// <summary>Agreement on one form of the authority's own: its grades as steps on its scale, its points as percentages.</summary>
    private static void WriteFormAgreement(PdfDocumentWriter pdf, FormAgreement form, AgreementFigures figures)
    {
        pdf.Heading3($"On {form.Title}");
        pdf.Paragraph($"From {Count(form.ModerationCount, "submitted moderation")} of {Count(form.PlanCount, "plan")} on this form. " +
            "Grades are compared as steps on the form's own scale (ordinal alpha); points as the percentage of the whole form, " +
            "close when within 10 percentage points (interval alpha).");
        var table = new PdfTable(
            new PdfColumn("Compared", 0.34f),
            new PdfColumn("Pairs", 0.12f, PdfAlign.Right),
            new PdfColumn("Exact", 0.14f, PdfAlign.Right),
            new PdfColumn("Close", 0.16f, PdfAlign.Right),
            new PdfColumn("Alpha", 0.24f, PdfAlign.Right));
        if (form.Overall is { } overall)
        {
            table.AddRow([PdfCell.Strong("Overall grade"), .. Cells(overall)]);
        }

        if (form.Points is { } points)
        {
            table.AddRow([PdfCell.Strong("Percentage of points"), .. Cells(points)]);
        }

        foreach (var part in form.ByPart)
        {
            table.AddRow([PdfCell.Plain(part.Title), .. Cells(part.Result)]);
        }

        pdf.Table(table);
        if (form.Tendencies.Count == 0)
        {
            return;
        }

        var tendencies = new PdfTable(
            new PdfColumn("Moderator", 0.34f),
            new PdfColumn(form.TendenciesOnPoints ? "Plans compared" : "Grades compared", 0.18f, PdfAlign.Right),
            new PdfColumn("Mean difference", 0.18f, PdfAlign.Right),
            new PdfColumn("Tendency", 0.30f));
        foreach (var row in form.Tendencies)
        {
            tendencies.AddRow(figures.NameOf(row.GraderId), row.Count.ToString(English), AgreementText.Difference(row.MeanDifference), AgreementText.Tendency(row));
        }

        pdf.Table(tendencies);
        pdf.SmallText(form.TendenciesOnPoints
            ? "Mean difference is the percentage of points agreed minus the percentage given, in percentage points: above zero harsher than the panel."
            : "Mean difference is in steps on the form's own scale, grade given against grade agreed: above zero harsher than the panel.");
    }

    private static void WriteThemes(PdfDocumentWriter pdf, SessionReport report)
    {
        pdf.Heading2("Themes");
        var bySection = report.Session.ThemesBySection();
        if (bySection.Count == 0)
        {
            pdf.Paragraph("No themes have been recorded for this session.");
            return;
        }

        var table = new PdfTable(new PdfColumn("Section", 0.2f), new PdfColumn("Theme", 0.22f), new PdfColumn("Raised by", 0.18f), new PdfColumn("What the panel found", 0.4f));
        foreach (var part in bySection)
        {
            foreach (var theme in part.Strengths.Concat(part.AreasForImprovement))
            {
                table.AddRow(PlanSections.Get(part.Section).Label, theme.Kind.Name(), theme.RaisedBy.Name(), theme.Text);
            }
        }

        pdf.Table(table);
    }

    private static void WriteLearning(PdfDocumentWriter pdf, SessionReport report)
    {
        pdf.Heading2("Summary of learning");
        if (report.Session.Learning.Count == 0)
        {
            pdf.Paragraph("No learning has been recorded for this session.");
            return;
        }

        var table = new PdfTable(
            new PdfColumn("Area", 0.19f), new PdfColumn("Feedback", 0.27f), new PdfColumn("Learning", 0.27f), new PdfColumn("Learning from tribunals", 0.27f));
        foreach (var entry in report.Session.Learning)
        {
            table.AddRow(entry.Area, entry.Feedback ?? "–", entry.Learning ?? "–", entry.FromTribunals ?? "–");
        }

        pdf.Table(table);
    }

    private static void WriteActions(PdfDocumentWriter pdf, SessionReport report)
    {
        pdf.Heading2("Actions arising");
        if (report.Actions.Count == 0)
        {
            pdf.Paragraph("No actions have been raised from this session.");
            return;
        }

        var table = new PdfTable(
            new PdfColumn("Action", 0.36f), new PdfColumn("Owner", 0.24f), new PdfColumn("Due", 0.16f), new PdfColumn("Status", 0.24f));
        foreach (var action in report.Actions)
        {
            var overdue = action.IsOverdueOn(report.Today);
            var status = action.Status == ActionStatus.Done && action.ClosingNote is { } note
                ? $"Done: {note}"
                : overdue ? $"{action.Status.Name()}, overdue" : action.Status.Name();
            table.AddRow(
                PdfCell.Plain(action.Description),
                PdfCell.Plain($"{action.Owner} ({action.OwnerAgency.Name()})"),
                PdfCell.Plain(action.DueOn.ToString("d MMM yyyy", English)),
                new PdfCell(status, Bold: overdue));
        }

        pdf.Table(table);
    }

    private static IReadOnlyList<PdfCell> Cells(AgreementResult result) =>
    [
        PdfCell.Plain(result.RaterPairCount.ToString(English)),
        PdfCell.Plain(AgreementText.Share(result.ExactAgreement)),
        PdfCell.Plain(AgreementText.Share(result.WithinOneGradeAgreement)),
        PdfCell.Plain(AgreementText.Alpha(result)),
    ];

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

/// <summary>How agreement figures are written, the same on pages and in reports.</summary>
public static class AgreementText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Share(double? share) => share is { } value ? value.ToString("0%", English) : "–";

    public static string Alpha(AgreementResult result) => result switch
    {
        { Alpha: null } => "Not measurable",
        { Reading: ReliabilityReading.TooFewUnits } =>
            $"{result.Alpha.Value.ToString("0.000", English)} (too few to read: {result.UnitCount} {(result.UnitCount == 1 ? "unit" : "units")}, at least {AgreementResult.UnitsToRead} needed)",
        _ => $"{result.Alpha.Value.ToString("0.000", English)} ({result.Reading.Name().ToLowerInvariant()})",
    };

    public static string Tendency(GraderTendencyRow row) => row switch
    {
        { HasEnoughToLabel: false } => $"Too few grades to say ({row.Count} of the {GraderTendencyRow.GradesToLabel} needed)",
        { MeanDifference: > 0 } => "Harsher than the panel",
        { MeanDifference: < 0 } => "More lenient than the panel",
        _ => "In line with the panel",
    };

    public static string Difference(double value) => value.ToString("+0.00;−0.00;0.00", English);
}
