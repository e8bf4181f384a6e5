using EhcpQa.Web.Tests.Dashboard;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>The monthly board summary has the month's families' views as the database counts them, and never what families wrote.</summary>
public sealed class FamilyViewsInTheBoardSummaryTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheSummary_HasTheFamiliesFigures_AndNoFreeText()
    {
        var month = new DateOnly(2026, 10, 1);
        var (sent, responses, _, _) = await FamilyViewsInTheDatabase.CountAsync(app, month, month.AddMonths(1).AddDays(-1));
        var (_, _, _, everyComment) = await FamilyViewsInTheDatabase.CountAsync(app, new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1));

        var text = await BoardFigureReading.PublishedSummaryTextAsync(app, month);

        Assert.Contains("Families' views", text, StringComparison.Ordinal);
        Assert.Equal(sent, BoardFigureReading.PdfFigure(text, "Survey links sent"));
        Assert.Equal(responses, BoardFigureReading.PdfFigure(text, "Responses"));
        Assert.Contains("Families' views by locality", text, StringComparison.Ordinal);
        Assert.NotEmpty(everyComment);
        Assert.All(everyComment, comment => Assert.DoesNotContain(comment, text, StringComparison.Ordinal));
    }
}
