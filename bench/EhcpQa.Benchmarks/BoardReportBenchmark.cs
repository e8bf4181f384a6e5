using BenchmarkDotNet.Attributes;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Web.Features.Reports;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Benchmarks;

/// <summary>
/// The monthly board summary for a month of about 1,000 decisive grades: gathering every figure from the
/// database (the dashboards for the month, the previous month and the same month last year, sign-off and
/// moderation activity, themes, actions) and rendering the PDF with its charts, as publishing does.
/// </summary>
[MemoryDiagnoser]
public class BoardReportBenchmark
{
    private WebApplication _app = null!;
    private DateOnly _month;

    [GlobalSetup]
    public void OpenTheDatabase()
    {
        _app = AuthorityDatabase.BoardMonthAsync().GetAwaiter().GetResult();

        // The busiest month at sign-off: a full month of the history, about 1,000 decisive grades.
        using var scope = _app.Services.CreateScope();
        var busiest = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>().AssuredGrades
            .Where(a => a.Level == AssuranceLevel.SignOff)
            .Select(a => a.GivenOn)
            .AsEnumerable()
            .GroupBy(on => new DateOnly(on.Year, on.Month, 1))
            .OrderByDescending(g => g.Count())
            .First();
        _month = busiest.Key;
        Console.WriteLine($"// Board summary for {_month:yyyy-MM}: {busiest.Count()} decisive sign-off grades");
    }

    [GlobalCleanup]
    public void Close() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<byte[]> MonthlySummaryPdf()
    {
        using var scope = _app.Services.CreateScope();
        var content = await scope.ServiceProvider.GetRequiredService<BoardReportData>().LoadAsync(_month, CancellationToken.None);
        return BoardReportPdf.Render(content, DateTimeOffset.UtcNow);
    }
}
