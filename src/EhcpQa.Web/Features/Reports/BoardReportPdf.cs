using System.Globalization;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Features.Dashboard;
using EhcpQa.Web.Features.Moderation;
using EhcpQa.Web.Reporting.Pdf;

namespace EhcpQa.Web.Features.Reports;

/// <summary>
/// The monthly summary for the board: headline figures against the previous month and the same month
/// last year, the 12-month trend, grades overall and by section, the cuts, sign-off and moderation
/// activity, themes and the status of actions. Aggregates only, with small numbers suppressed as on the
/// board's dashboard; the figures are the dashboard's for draft sign-off in the same month.
/// </summary>
public static class BoardReportPdf
{
    public const string Heading = "Quality of EHC plans: monthly summary";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static byte[] Render(BoardReportContent content, DateTimeOffset producedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        var s = Suppression.ForBoard;
        var monthName = content.Month.ToString("MMMM yyyy", English);
        using var pdf = new PdfDocumentWriter(new PdfDocumentInfo($"{Heading}, {monthName}", producedAt, "For the SEND partnership board"));
        pdf.Title($"{Heading}: {monthName}");
        pdf.SmallText($"Produced on {producedAt.ToString("d MMMM yyyy 'at' HH:mm", English)}. Aggregate figures only: counts from 1 to 4 are shown as “fewer than 5” and shares made from them are not shown. Grades run from 1 Outstanding (best) to 4 Inadequate; a plan is issued only when at least Good.");

        pdf.Heading2("Headlines: draft sign-off");
        var headlines = new PdfTable(
            new PdfColumn("Figure", 0.34f), new PdfColumn(monthName, 0.22f, PdfAlign.Right),
            new PdfColumn("Previous month", 0.22f, PdfAlign.Right), new PdfColumn("Same month last year", 0.22f, PdfAlign.Right));
        var columns = new[] { content.ThisMonth, content.PreviousMonth, content.SameMonthLastYear };
        headlines.AddRow([PdfCell.Plain("Plans assured"), .. columns.Select(d => PdfCell.Plain(s.Count(d.PlansAssured)))]);
        headlines.AddRow([PdfCell.Plain("Grades given"), .. columns.Select(d => PdfCell.Plain(s.Count(d.Overall.Total)))]);
        headlines.AddRow([PdfCell.Plain("Share at least Good"), .. columns.Select(d => PdfCell.Strong(s.Share(d.Overall.AtLeastGoodCount, d.Overall.Total)))]);
        headlines.AddRow([PdfCell.Plain("Re-graded"), .. columns.Select(d => PdfCell.Plain(s.Count(d.Regraded)))]);
        pdf.Table(headlines);

        pdf.Heading2("Trend over 12 months");
        pdf.Chart(DashboardCharts.Trend(content.ThisMonth.Trend, s), 200);
        var trend = new PdfTable(new PdfColumn("Month", 0.4f), new PdfColumn("Grades given", 0.3f, PdfAlign.Right), new PdfColumn("Share at least Good", 0.3f, PdfAlign.Right));
        foreach (var month in content.ThisMonth.Trend)
        {
            trend.AddRow(month.Month.ToString("MMMM yyyy", English), s.Count(month.Grades.Total), s.Share(month.Grades.AtLeastGoodCount, month.Grades.Total));
        }

        pdf.Table(trend);

        pdf.Heading2("Grades overall and by section");
        pdf.Chart(DashboardCharts.Grades(content.ThisMonth.Overall, s), 170, 320);
        var sections = new PdfTable(
            [new PdfColumn("Section", 0.22f), .. Grade.All.Select(g => new PdfColumn(g.Name, 0.16f, PdfAlign.Right)), new PdfColumn("At least Good", 0.14f, PdfAlign.Right)]);
        foreach (var (label, grades) in new[] { ("The plan overall", content.ThisMonth.Overall) }.Concat(content.ThisMonth.BySection.Select(p => (p.Section.Label, p.Grades))))
        {
            sections.AddRow([label, .. Grade.All.Select(g => s.Count(grades.CountOf(g))), s.Share(grades.AtLeastGoodCount, grades.Total)]);
        }

        pdf.Table(sections);

        foreach (var (caption, rows) in new[]
                 {
                     ("Locality", content.ThisMonth.ByLocality), ("Phase", content.ThisMonth.ByPhase),
                     ("Primary need", content.ThisMonth.ByNeed), ("Setting", content.ThisMonth.BySetting),
                 })
        {
            pdf.Heading3($"By {caption.ToLowerInvariant()}");
            var cut = new PdfTable(new PdfColumn(caption, 0.46f), new PdfColumn("Grades given", 0.18f, PdfAlign.Right),
                new PdfColumn("At least Good", 0.18f, PdfAlign.Right), new PdfColumn("Re-graded", 0.18f, PdfAlign.Right));
            foreach (var row in rows)
            {
                cut.AddRow(row.Label, s.Count(row.Grades.Total), s.Share(row.Grades.AtLeastGoodCount, row.Grades.Total), s.Count(row.Regraded));
            }

            pdf.Table(cut);
        }

        foreach (var form in content.OnForms)
        {
            WriteFormResults(pdf, form, s);
        }

        pdf.Heading2("Sign-off activity");
        pdf.SummaryTable(
        [
            ("Drafts graded", s.Count(content.SignOff.Graded)),
            ("Drafts returned to caseworkers", s.Count(content.SignOff.Returned)),
            ("Re-graded after return", s.Count(content.SignOff.Regraded)),
            ("Plans signed off and issued", s.Count(content.SignOff.SignedOff)),
            ("Median days from first draft to sign-off", content.SignOff.MedianDaysToSignOff is { } median && !s.Hides(content.SignOff.SignedOff)
                ? median.ToString("0.#", English)
                : "–"),
        ]);

        pdf.Heading2("Moderation activity");
        var moderation = content.Moderation;
        pdf.SummaryTable(
        [
            ("Sessions held", moderation.Sessions.ToString(English)),
            ("Agencies represented", moderation.AgenciesRepresented.Count == 0 ? "None" : string.Join(", ", moderation.AgenciesRepresented.Select(a => a.Name()))),
            ("Plans agreed in leadership dip samples", s.Count(moderation.DipSampleAgreed)),
            ("Plans agreed by multi-agency panels", s.Count(moderation.PanelAgreed)),
            ("Re-graded by moderation", s.Count(moderation.Regraded)),
            ("Moderators' exact agreement (overall grade)", AgreementText.Share(moderation.Agreement.Overall.ExactAgreement)),
            ("Moderators' agreement within one grade", AgreementText.Share(moderation.Agreement.Overall.WithinOneGradeAgreement)),
            ("Krippendorff's alpha, sections A to K", AgreementText.Alpha(moderation.Agreement.Sections)),
        ]);

        pdf.Heading2("Themes");
        if (content.Themes.Count == 0)
        {
            pdf.Paragraph("No themes were recorded by sessions this month.");
        }
        else
        {
            var themes = new PdfTable(new PdfColumn("Section", 0.2f), new PdfColumn("Theme", 0.22f), new PdfColumn("Raised by", 0.18f), new PdfColumn("What was found", 0.4f));
            foreach (var theme in content.Themes.OrderBy(t => t.Section).ThenBy(t => t.Kind))
            {
                themes.AddRow(PlanSections.Get(theme.Section).Label, theme.Kind.Name(), theme.RaisedBy.Name(), theme.Text);
            }

            pdf.Table(themes);
        }

        pdf.Heading2("Actions arising");
        pdf.SummaryTable(
        [
            ("Open", content.Actions.Open.ToString(English)),
            ("In progress", content.Actions.InProgress.ToString(English)),
            ("Done", content.Actions.Done.ToString(English)),
            ("Overdue at the end of the month", content.Actions.Overdue.ToString(English)),
        ]);
        pdf.SmallText("Actions raised by the end of the month, by their status when this summary was produced.");
        return pdf.ToArray();
    }

    /// <summary>Drafts decided on a form of the authority's own: its own grades, the share at its bar and the mean percentage of points, overall and by cut.</summary>
    private static void WriteFormResults(PdfDocumentWriter pdf, FormResults form, Suppression s)
    {
        pdf.Heading2($"Draft sign-off on {form.Title}");
        pdf.SmallText("Drafts judged on a form of the authority's own rather than the 1–4 scheme, counted on its own grades and points, and not in the figures above.");
        var summary = new List<(string, string)>
        {
            ("Plans assured", s.Count(form.PlansAssured)),
            ("Results given", s.Count(form.Count)),
        };
        if (form.Bar is { } bar)
        {
            summary.Add(($"Share graded {bar}", s.Share(form.Passing, form.WithBar)));
        }

        summary.Add(("Mean percentage of points", Percent(form.MeanPercentage, form.Count, s)));
        summary.Add(("Re-graded", s.Count(form.Regraded)));
        pdf.SummaryTable(summary);
        if (form.Grades.Count > 0)
        {
            var grades = new PdfTable(new PdfColumn("Grade", 0.5f), new PdfColumn("Results", 0.25f, PdfAlign.Right), new PdfColumn("Share", 0.25f, PdfAlign.Right));
            foreach (var grade in form.Grades)
            {
                grades.AddRow(grade.Grade.ToString(), s.Count(grade.Count), s.Share(grade.Count, form.Count));
            }

            pdf.Table(grades);
        }

        foreach (var (caption, rows) in new[] { ("Locality", form.ByLocality), ("Phase", form.ByPhase), ("Primary need", form.ByNeed), ("Setting", form.BySetting) })
        {
            var cut = new PdfTable(new PdfColumn(caption, 0.46f), new PdfColumn("Results", 0.18f, PdfAlign.Right),
                new PdfColumn(form.Bar is null ? "–" : "At the bar", 0.18f, PdfAlign.Right), new PdfColumn("Mean percentage", 0.18f, PdfAlign.Right));
            foreach (var row in rows)
            {
                cut.AddRow(row.Label, s.Count(row.Count), form.Bar is null ? "–" : s.Share(row.Passing, row.WithBar), Percent(row.MeanPercentage, row.Count, s));
            }

            pdf.Table(cut);
        }
    }

    private static string Percent(decimal? mean, int count, Suppression s) =>
        mean is { } m && !s.Hides(count) ? m.ToString("0.0", English) + "%" : "–";
}
