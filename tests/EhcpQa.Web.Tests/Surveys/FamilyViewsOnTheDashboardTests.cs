using System.Globalization;
using EhcpQa.Web.Tests.Dashboard;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>
/// The dashboard's families' views are the database's counts: links sent in the period, responses, the response rate and
/// the mean rating; the trend has 12 months; what families wrote is never shown.
/// </summary>
public sealed class FamilyViewsOnTheDashboardTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheQaLeadsFigures_AreTheCountsFromTheDatabase_WithNoFreeText()
    {
        var (first, last) = (new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30));
        var (sent, responses, mean, comments) = await FamilyViewsInTheDatabase.CountAsync(app, first, last);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var page = await qaLead.GetPageAsync($"/dashboard?Query.From={SignOffCounts.Month(first)}&Query.To={SignOffCounts.Month(last)}");

        Assert.True(responses > 0, "The demo data holds answered surveys.");
        var table = BoardFigureReading.Table(page, "Families' views in the period").ToDictionary(r => r.Label, r => r.Cells[0]);
        Assert.Equal(sent.ToString(CultureInfo.InvariantCulture), table["Survey links sent"]);
        Assert.Equal(responses.ToString(CultureInfo.InvariantCulture), table["Responses"]);
        Assert.Equal(((double)responses / sent).ToString("0%", CultureInfo.GetCultureInfo("en-GB")), table["Response rate"]);
        Assert.Equal(mean.ToString("0.0", CultureInfo.InvariantCulture), table["Mean rating, every question"]);
        Assert.Equal(12, BoardFigureReading.Table(page, "Families' views over 12 months").Count);
        Assert.Equal(sent, BoardFigureReading.Table(page, "Families' views over 12 months").Sum(r => int.Parse(r.Cells[0], CultureInfo.InvariantCulture)));
        var html = page.DocumentElement.OuterHtml;
        Assert.NotEmpty(comments);
        Assert.All(comments, comment => Assert.DoesNotContain(comment, html, StringComparison.Ordinal));
    }
}
