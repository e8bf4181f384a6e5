using System.Globalization;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Features.Dashboard;
using EhcpQa.Web.Features.Moderation;
using EhcpQa.Web.Reporting.Pdf;

namespace EhcpQa.Web.Features.Reports;

/// <summary>
/// The monthly summary for the board: headline figures against the previous month and the same month
/// last year, the 12-month trend, grades overall and by section, the cuts, sign-off and moderation
/// activity, the figures of each level split by new and amended plans, themes and the status of actions, and what each figure counts. Aggregates only: figures for
/// the whole authority in full, small numbers in cuts suppressed as on the board's dashboard; the figures are
/// the dashboard's for draft sign-off in the same month, named as it names them (<see cref="BoardFigures"/>).
/// </summary>
public static class BoardReportPdf
{
    public const string Heading = "Quality of EHC plans: monthly summary";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="content">The month's figures.</param>
    /// <param name="producedAt">When the summary is produced.</param>
    /// <param name="board">The authority's suppression of small numbers in cuts (<see cref="Suppression.ForBoard"/> when not given).</param>
    public static byte[] Render(BoardReportContent content, DateTimeOffset producedAt, Suppression? board = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var c = board ?? Suppression.ForBoard;
        var s = c.For(FigureScope.WholeAuthority);
        var monthName = content.Month.ToString("MMMM yyyy", English);
        using var pdf = new PdfDocumentWriter(new PdfDocumentInfo($"{Heading}, {monthName}", producedAt, "For the SEND partnership board"));
        pdf.Title($"{Heading}: {monthName}");
        pdf.SmallText($"Produced on {producedAt.ToString("d MMMM yyyy 'at' HH:mm", English)}. Aggregate figures only: figures for the whole authority are given in full; by locality, phase, need and setting, counts from 1 to {c.Threshold - 1} are shown as “fewer than {c.Threshold}” and shares made from them are not shown. Grades run from 1 Outstanding (best) to 4 Inadequate; a plan is issued only when at least Good. The last section says what each figure counts.");

        pdf.Heading2("Headlines: draft sign-off");
        var headlines = new PdfTable(
            new PdfColumn("Figure", 0.34f), new PdfColumn(monthName, 0.22f, PdfAlign.Right),
            new PdfColumn("Previous month", 0.22f, PdfAlign.Right), new PdfColumn("Same month last year", 0.22f, PdfAlign.Right));
        var columns = new[] { content.ThisMonth, content.PreviousMonth, content.SameMonthLastYear };
        headlines.AddRow([PdfCell.Plain(BoardFigures.PlansAssured.Name), .. columns.Select(d => PdfCell.Plain(s.Count(d.PlansAssured)))]);
        headlines.AddRow([PdfCell.Plain(BoardFigures.GradesGiven.Name), .. columns.Select(d => PdfCell.Plain(s.Count(d.Overall.Total)))]);
        headlines.AddRow([PdfCell.Plain(BoardFigures.AtLeastGood.Name), .. columns.Select(d => PdfCell.Plain(s.Count(d.Overall.AtLeastGoodCount)))]);
        headlines.AddRow([PdfCell.Plain(BoardFigures.ShareAtLeastGood.Name), .. columns.Select(d => PdfCell.Strong(s.Share(d.Overall.AtLeastGoodCount, d.Overall.Total)))]);
        headlines.AddRow([PdfCell.Plain(BoardFigures.Regraded.Name), .. columns.Select(d => PdfCell.Plain(s.Count(d.Regraded)))]);
        pdf.Table(headlines);

        if (content.Timeliness is { } timeliness)
        {
            WriteTimeliness(pdf, timeliness, monthName, s, c);
        }

        if (content.AdviceQuality is { Quality.Audited: > 0 } adviceQuality)
        {
            WriteAdviceQuality(pdf, adviceQuality, monthName, s, c);
        }

        if (content.FamilyViews is { } families)
        {
            WriteFamilyViews(pdf, families, monthName, s, c);
        }

        pdf.Heading2(BoardFigures.Trend.Name);
        pdf.Chart(DashboardCharts.Trend(content.ThisMonth.Trend, s, PdfDocumentWriter.ChartPixels(pdf.ContentWidth)), 200);
        var trend = new PdfTable(
            new PdfColumn("Month", 0.31f), new PdfColumn(BoardFigures.GradesGiven.Name, 0.23f, PdfAlign.Right),
            new PdfColumn(BoardFigures.AtLeastGood.Name, 0.23f, PdfAlign.Right), new PdfColumn(BoardFigures.ShareAtLeastGood.Name, 0.23f, PdfAlign.Right));
        foreach (var month in content.ThisMonth.Trend)
        {
            trend.AddRow(month.Month.ToString("MMMM yyyy", English), s.Count(month.Grades.Total), s.Count(month.Grades.AtLeastGoodCount),
                s.Share(month.Grades.AtLeastGoodCount, month.Grades.Total));
        }

        pdf.Table(trend);

        pdf.Heading2("Grades overall and by section");
        const float gradesChartWidth = 360;
        pdf.Chart(DashboardCharts.Grades(content.ThisMonth.Overall, s, PdfDocumentWriter.ChartPixels(gradesChartWidth)), 170, gradesChartWidth);
        var sections = new PdfTable(
            [new PdfColumn("Section", 0.22f), .. Grade.All.Select(g => new PdfColumn(g.Name, 0.16f, PdfAlign.Right)), new PdfColumn(BoardFigures.ShareAtLeastGood.Name, 0.14f, PdfAlign.Right)]);
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
            var cut = new PdfTable(new PdfColumn(caption, 0.46f), new PdfColumn(BoardFigures.GradesGiven.Name, 0.18f, PdfAlign.Right),
                new PdfColumn(BoardFigures.ShareAtLeastGood.Name, 0.18f, PdfAlign.Right), new PdfColumn(BoardFigures.Regraded.Name, 0.18f, PdfAlign.Right));
            foreach (var row in rows)
            {
                cut.AddRow(row.Label, c.Count(row.Grades.Total), c.Share(row.Grades.AtLeastGoodCount, row.Grades.Total), c.Count(row.Regraded));
            }

            pdf.Table(cut);
        }

        foreach (var form in content.OnForms)
        {
            WriteFormResults(pdf, form, s, c);
        }

        pdf.Heading2("Sign-off activity: drafts graded this month");
        var signOff = content.SignOff;
        pdf.SummaryTable(
        [
            (BoardFigures.DraftsGraded.Name, signOff.OnForms == 0
                ? s.Count(signOff.DraftsGraded)
                : $"{s.Count(signOff.DraftsGraded)} ({s.Count(signOff.OnTheScheme)} on the 1–4 scheme, the grades given above; {s.Count(signOff.OnForms)} on forms of the authority's own)"),
            (BoardFigures.SignedOffAndIssued.Name, s.Count(signOff.SignedOffAndIssued)),
            (BoardFigures.ReturnedToCaseworker.Name, s.Count(signOff.ReturnedToCaseworker)),
            (BoardFigures.AwaitingDecision.Name, s.Count(signOff.AwaitingDecision)),
            (BoardFigures.Regraded.Name, s.Count(signOff.Regraded)),
            (BoardFigures.MedianDaysToSignOff.Name, signOff.MedianDaysToSignOff is { } median && !s.Hides(signOff.SignedOffAndIssued)
                ? median.ToString("0.#", English)
                : "–"),
        ]);
        pdf.SmallText($"Each draft graded this month is counted once: signed off and issued, returned to the caseworker, or awaiting a decision when this summary was produced ({signOff.SignedOffAndIssued} + {signOff.ReturnedToCaseworker} + {signOff.AwaitingDecision} = {signOff.DraftsGraded}). Plans assured counts the different plans among the drafts graded on the 1–4 scheme, so it is never fewer than those signed off and issued. Re-graded drafts are resubmissions graded again after a return, which may have been in an earlier month.");

        pdf.Heading2("Moderation activity");
        var moderation = content.Moderation;
        pdf.SummaryTable(
        [
            ("Sessions held", moderation.Sessions.ToString(English)),
            ("Agencies represented", moderation.AgenciesRepresented.Count == 0 ? "None" : string.Join(", ", moderation.AgenciesRepresented.Select(a => a.Name()))),
            ($"{BoardFigures.ModerationGradesGiven.Name}: {AssuranceLevel.LeadershipDipSample.Name().ToLowerInvariant()}", s.Count(moderation.DipSampleAgreed)),
            ($"{BoardFigures.ModerationGradesGiven.Name}: {AssuranceLevel.MultiAgencyPanel.Name().ToLowerInvariant()}", s.Count(moderation.PanelAgreed)),
            (BoardFigures.RegradedByModeration.Name, s.Count(moderation.Regraded)),
            ("Moderators' exact agreement (overall grade)", AgreementText.Share(moderation.Agreement.Overall.ExactAgreement)),
            ("Moderators' agreement within one grade", AgreementText.Share(moderation.Agreement.Overall.WithinOneGradeAgreement)),
            ("Krippendorff's alpha, sections A to K", AgreementText.Alpha(moderation.Agreement.Sections)),
        ]);

        WriteByKind(pdf, content, c);

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

        pdf.Heading2("What the figures count");
        pdf.SmallText("The dashboard and its export use the same names and count the same way, so a figure here equals the board's dashboard for draft sign-off in the same month.");
        pdf.SummaryTable(BoardFigures.All.Select(f => (f.Name, f.Counts)));
        return pdf.ToArray();
    }

    /// <summary>
    /// The quality of advice by the agencies' own audits submitted in the month: how many, the mean score, and how many
    /// reached their form's bar, for all advice and by agency; a mean of a suppressed count is not shown.
    /// </summary>
    private static void WriteAdviceQuality(PdfDocumentWriter pdf, AdviceScorecard card, string monthName, Suppression s, Suppression c)
    {
        pdf.Heading2(BoardFigures.AdviceQuality.Name);
        var table = new PdfTable(
            new PdfColumn("Advice", 0.34f), new PdfColumn($"Audited in {monthName}", 0.22f, PdfAlign.Right),
            new PdfColumn("Mean score", 0.22f, PdfAlign.Right), new PdfColumn("Reaching the form's bar", 0.22f, PdfAlign.Right));
        table.AddRow(card.Quality.Name, s.Count(card.Quality.Audited), s.MeanPercent(card.Quality.MeanPercent, card.Quality.Audited), s.Share(card.Quality.ReachingBar, card.Quality.WithBar));
        foreach (var agency in card.QualityByAgency)
        {
            table.AddRow(agency.Name, c.Count(agency.Audited), c.MeanPercent(agency.MeanPercent, agency.Audited), c.Share(agency.ReachingBar, agency.WithBar));
        }

        pdf.Table(table);
        pdf.SmallText(BoardFigures.AdviceQuality.Counts);
    }

    /// <summary>
    /// Timeliness beside quality: the month's new plans issued within 20 weeks (those late with a lawful exception apart),
    /// review decisions within 4 weeks and amended plans on time; the 12 months of the trend; and by locality, suppressed as the cuts are.
    /// </summary>
    private static void WriteTimeliness(PdfDocumentWriter pdf, Timeliness timeliness, string monthName, Suppression s, Suppression c)
    {
        pdf.Heading2("Timeliness");
        var month = timeliness.Period;
        var table = new PdfTable(
            new PdfColumn("Figure", 0.46f), new PdfColumn(monthName, 0.18f, PdfAlign.Right),
            new PdfColumn("Out of", 0.18f, PdfAlign.Right), new PdfColumn("Share", 0.18f, PdfAlign.Right));
        table.AddRow(BoardFigures.IssuedWithinTwentyWeeks.Name, s.Count(month.TwentyWeeks.OnTime), s.Count(month.TwentyWeeks.RateBase),
            s.Share(month.TwentyWeeks.OnTime, month.TwentyWeeks.RateBase));
        table.AddRow(BoardFigures.IssuedLate.Name, s.Count(month.TwentyWeeks.Late), s.Count(month.TwentyWeeks.RateBase),
            s.Share(month.TwentyWeeks.Late, month.TwentyWeeks.RateBase));
        table.AddRow(BoardFigures.IssuedLateWithException.Name, s.Count(month.TwentyWeeks.LateWithException), "–", "–");
        table.AddRow(BoardFigures.OverdueTwentyWeeks.Name, s.Count(timeliness.OverdueAtEnd), "–", "–");
        table.AddRow(BoardFigures.ReviewDecisionsWithinFourWeeks.Name, s.Count(month.Decisions.OnTime), s.Count(month.Decisions.Done),
            s.Share(month.Decisions.OnTime, month.Decisions.Done));
        table.AddRow(BoardFigures.AmendedPlansOnTime.Name, s.Count(month.Amendments.OnTime), s.Count(month.Amendments.Done),
            s.Share(month.Amendments.OnTime, month.Amendments.Done));
        table.AddRow(BoardFigures.AdviceOnTime.Name, s.Count(month.Advice.OnTime), s.Count(month.Advice.Done),
            s.Share(month.Advice.OnTime, month.Advice.Done));
        pdf.Table(table);
        pdf.SmallText("A good plan issued late is still a failure. New plans are counted in the month they were issued, against 20 weeks from the request for assessment; those issued late with a lawful exception recorded are counted apart, not as late, and are not in the share. Review decisions and amended plans are counted in the month they were sent or issued; advice in the month it was due.");

        pdf.Heading3("Timeliness over 12 months");
        var trend = new PdfTable(
            new PdfColumn("Month", 0.18f), new PdfColumn("Within 20 weeks", 0.17f, PdfAlign.Right), new PdfColumn("Late with an exception", 0.14f, PdfAlign.Right),
            new PdfColumn("Review decisions within 4 weeks", 0.17f, PdfAlign.Right), new PdfColumn("Amended plans on time", 0.17f, PdfAlign.Right),
            new PdfColumn("Advice on time", 0.17f, PdfAlign.Right));
        foreach (var row in timeliness.Trend)
        {
            var m = row.Counts;
            trend.AddRow(row.Month.ToString("MMMM yyyy", English),
                $"{s.Share(m.TwentyWeeks.OnTime, m.TwentyWeeks.RateBase)} ({s.Count(m.TwentyWeeks.OnTime)} of {s.Count(m.TwentyWeeks.RateBase)})",
                s.Count(m.TwentyWeeks.LateWithException),
                $"{s.Share(m.Decisions.OnTime, m.Decisions.Done)} ({s.Count(m.Decisions.OnTime)} of {s.Count(m.Decisions.Done)})",
                $"{s.Share(m.Amendments.OnTime, m.Amendments.Done)} ({s.Count(m.Amendments.OnTime)} of {s.Count(m.Amendments.Done)})",
                $"{s.Share(m.Advice.OnTime, m.Advice.Done)} ({s.Count(m.Advice.OnTime)} of {s.Count(m.Advice.Done)})");
        }

        pdf.Table(trend);

        pdf.Heading3("Timeliness by locality");
        var cut = new PdfTable(
            new PdfColumn("Locality", 0.2f), new PdfColumn("New plans issued without an exception", 0.15f, PdfAlign.Right),
            new PdfColumn("Share within 20 weeks", 0.12f, PdfAlign.Right), new PdfColumn("Late with an exception", 0.12f, PdfAlign.Right),
            new PdfColumn("Review decisions sent", 0.11f, PdfAlign.Right), new PdfColumn("Share within 4 weeks", 0.1f, PdfAlign.Right),
            new PdfColumn("Advice due", 0.1f, PdfAlign.Right), new PdfColumn("Advice on time", 0.1f, PdfAlign.Right));
        foreach (var row in timeliness.ByLocality)
        {
            var r = row.Counts;
            cut.AddRow(row.Label, c.Count(r.TwentyWeeks.RateBase), c.Share(r.TwentyWeeks.OnTime, r.TwentyWeeks.RateBase), c.Count(r.TwentyWeeks.LateWithException),
                c.Count(r.Decisions.Done), c.Share(r.Decisions.OnTime, r.Decisions.Done), c.Count(r.Advice.Done), c.Share(r.Advice.OnTime, r.Advice.Done));
        }

        pdf.Table(cut);
    }

    /// <summary>
    /// Families' views beside quality: survey links sent in the month, responses, the response rate and the mean rating of each
    /// question; the 12 months of the trend; and by locality, suppressed as the cuts are. Figures only: never what families wrote.
    /// </summary>
    private static void WriteFamilyViews(PdfDocumentWriter pdf, FamilyViews views, string monthName, Suppression s, Suppression c)
    {
        pdf.Heading2("Families' views");
        var month = views.Period;
        var table = new PdfTable(new PdfColumn("Figure", 0.7f), new PdfColumn(monthName, 0.3f, PdfAlign.Right));
        table.AddRow("Survey links sent", s.Count(month.Sent));
        table.AddRow("Responses", s.Count(month.Responses));
        table.AddRow("Response rate", month.ResponseRate(s));
        table.AddRow("Mean rating, every question (1 to 5)", month.Mean(s));
        foreach (var mean in views.Means)
        {
            table.AddRow(mean.Question.Text, mean.Mean is { } m && !s.Hides(mean.Answers) ? m.ToString("0.0", CultureInfo.InvariantCulture) : "–");
        }

        pdf.Table(table);
        pdf.SmallText("Each survey link is counted in the month it was sent, with its answers whenever they came; links replaced by a newer one are not counted. What families write is never in this summary.");

        pdf.Heading3("Families' views over 12 months");
        var trend = new PdfTable(
            new PdfColumn("Month", 0.28f), new PdfColumn("Sent", 0.18f, PdfAlign.Right), new PdfColumn("Responses", 0.18f, PdfAlign.Right),
            new PdfColumn("Response rate", 0.18f, PdfAlign.Right), new PdfColumn("Mean rating", 0.18f, PdfAlign.Right));
        foreach (var row in views.Trend)
        {
            trend.AddRow(row.Month.ToString("MMMM yyyy", English), s.Count(row.Counts.Sent), s.Count(row.Counts.Responses), row.Counts.ResponseRate(s), row.Counts.Mean(s));
        }

        pdf.Table(trend);

        pdf.Heading3("Families' views by locality");
        var cut = new PdfTable(
            new PdfColumn("Locality", 0.28f), new PdfColumn("Sent", 0.18f, PdfAlign.Right), new PdfColumn("Responses", 0.18f, PdfAlign.Right),
            new PdfColumn("Response rate", 0.18f, PdfAlign.Right), new PdfColumn("Mean rating", 0.18f, PdfAlign.Right));
        foreach (var row in views.ByLocality)
        {
            cut.AddRow(row.Label, c.Count(row.Counts.Sent), c.Count(row.Counts.Responses), row.Counts.ResponseRate(c), row.Counts.Mean(c));
        }

        pdf.Table(cut);
    }

    /// <summary>Plans assured and the share at least Good at each level this month, for new plans and for amended plans.</summary>
    private static void WriteByKind(PdfDocumentWriter pdf, BoardReportContent content, Suppression c)
    {
        if (content.ByKind.Count == 0)
        {
            return;
        }

        // New or amended alone singles out no one: the split hides what the month's figures for the whole authority hide.
        var k = c.For(KindFigures.ScopeOf(content.ThisMonth.Filter));
        pdf.Heading2(BoardFigures.ByPlanKind.Name);
        var table = new PdfTable(
            new PdfColumn("Level", 0.25f), new PdfColumn("Plans", 0.2f), new PdfColumn(BoardFigures.PlansAssured.Name, 0.18f, PdfAlign.Right),
            new PdfColumn(BoardFigures.GradesGiven.Name, 0.18f, PdfAlign.Right), new PdfColumn(BoardFigures.ShareAtLeastGood.Name, 0.19f, PdfAlign.Right));
        foreach (var level in content.ByKind)
        {
            foreach (var kind in level.Kinds)
            {
                table.AddRow(level.Level.Name(), kind.Kind.Name(), k.Count(kind.PlansAssured), k.Count(kind.Grades.Total),
                    k.Share(kind.Grades.AtLeastGoodCount, kind.Grades.Total));
            }
        }

        pdf.Table(table);
        pdf.SmallText("Grades on the 1–4 scheme given this month at each level, split by the version graded: a draft of a new plan, or a draft of a plan amended after an annual review (in moderation, the version signed off). The two rows of a level add up to its grades given; a plan graded as new and as amended in the month counts under each.");
    }

    /// <summary>Drafts decided on a form of the authority's own: its own grades, the share at its bar and the mean percentage of points, overall and by cut.</summary>
    private static void WriteFormResults(PdfDocumentWriter pdf, FormResults form, Suppression s, Suppression c)
    {
        pdf.Heading2($"Draft sign-off on {form.Title}");
        pdf.SmallText("Drafts graded on a form of the authority's own rather than the 1–4 scheme, counted on its own grades and points, and not in the figures above.");
        var summary = new List<(string, string)>
        {
            (BoardFigures.PlansAssured.Name, s.Count(form.PlansAssured)),
            (BoardFigures.ResultsGiven.Name, s.Count(form.Count)),
        };
        if (form.Bar is { } bar)
        {
            summary.Add(($"Share graded {bar}", s.Share(form.Passing, form.WithBar)));
        }

        summary.Add(("Mean percentage of points", s.MeanPercent(form.MeanPercentage, form.Count)));
        summary.Add((BoardFigures.Regraded.Name, s.Count(form.Regraded)));
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
                cut.AddRow(row.Label, c.Count(row.Count), form.Bar is null ? "–" : c.Share(row.Passing, row.WithBar), c.MeanPercent(row.MeanPercentage, row.Count));
            }

            pdf.Table(cut);
        }
    }

}
