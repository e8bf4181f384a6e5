using System.Globalization;
using EhcpQa.Domain;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using EhcpQa.Web.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>The month's board summary gives the quality of advice by the agencies' own audits submitted in it, as the database counts them.</summary>
public sealed class AdviceQualityInTheBoardSummaryTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheBoardSummary_GivesTheMonthsAuditsOfAdvice_AndTheirMeanScore()
    {
        var month = new DateOnly(2026, 10, 1);
        var audits = await app.WithDatabaseAsync(async db =>
            (await db.Gradings.AsNoTracking().Where(g => g.Purpose == GradingPurpose.AdviceAudit && g.SubmittedAt != null).ToListAsync())
                .Where(g => ServiceCalendar.DateOf(g.SubmittedAt!.Value) is var on && on >= month && on < month.AddMonths(1))
                .ToList());
        Assert.True(audits.Count > 0, "The demo's health lead audited advice in October 2026");
        var mean = Math.Round(audits.Average(a => a.PointsOnForm.Percentage!.Value), 1, MidpointRounding.AwayFromZero);

        var text = await BoardFigureReading.PublishedSummaryTextAsync(app, month);

        Assert.Contains(BoardFigures.AdviceQuality.Name, text, StringComparison.Ordinal);
        Assert.Equal(audits.Count, BoardFigureReading.PdfFigure(text, "All advice"));
        Assert.Contains($"All advice {audits.Count} {mean.ToString("0.0", CultureInfo.InvariantCulture)}%", text, StringComparison.Ordinal);
    }
}
