using BenchmarkDotNet.Attributes;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Benchmarks;

/// <summary>
/// The dashboard's whole query, as the page runs it (read the decisive grades of the period and its trend
/// from the database, then compute every figure), on the SQLite database of a large authority: 10 years,
/// about 300,000 decisive grades. Each operation uses a new database context, as each request does.
/// </summary>
[MemoryDiagnoser]
public class DashboardQueryBenchmark
{
    private WebApplication _app = null!;
    private Dictionary<int, string> _localities = [];
    private DateOnly _lastMonth;

    [GlobalSetup]
    public void OpenTheDatabase()
    {
        _app = AuthorityDatabase.LargeAuthorityAsync().GetAwaiter().GetResult();
        using var scope = _app.Services.CreateScope();
        _localities = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>().Localities.ToDictionary(l => l.Id, l => l.Name);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        _lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
    }

    [GlobalCleanup]
    public void Close() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The default page: last month at sign-off, with its 12-month trend (13 months read).</summary>
    [Benchmark]
    public Task<Dashboard> LastMonth() => RunAsync(new DashboardFilter(_lastMonth, _lastMonth, AssuranceLevel.SignOff));

    /// <summary>The longest period the page offers: 36 months.</summary>
    [Benchmark]
    public Task<Dashboard> ThreeYears() => RunAsync(new DashboardFilter(_lastMonth.AddMonths(-35), _lastMonth, AssuranceLevel.SignOff));

    /// <summary>A year for one locality and phase (a locality manager's view, narrowed).</summary>
    [Benchmark]
    public Task<Dashboard> YearOneLocalityAndPhase() =>
        RunAsync(new DashboardFilter(_lastMonth.AddMonths(-11), _lastMonth, AssuranceLevel.SignOff, _localities.Keys.First(), Phase.KeyStage2));

    /// <summary>Three years of one setting type and area of need.</summary>
    [Benchmark]
    public Task<Dashboard> ThreeYearsOneSettingAndNeed() =>
        RunAsync(new DashboardFilter(_lastMonth.AddMonths(-35), _lastMonth, AssuranceLevel.SignOff, null, null, BroadAreaOfNeed.CommunicationAndInteraction, SettingType.Mainstream));

    private async Task<Dashboard> RunAsync(DashboardFilter filter)
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AssuredGradings>().DashboardAsync(filter, _localities, CancellationToken.None);
    }
}
