using EhcpQa.Web.Infrastructure.Hosting;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Leases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Testcontainers.MsSql;
using Xunit;

namespace EhcpQa.SqlServer.Tests;

/// <summary>
/// The job lease's conditional UPDATE and INSERT on SQL Server: of two instances racing for a job, one
/// holds it at a time; an expired lease is taken over, an unexpired one is not.
/// </summary>
public sealed class SqlServerJobLeaseTests
{
    [Fact]
    public async Task JobLease_IsHeldByOneInstanceAtATime_AndAnExpiredOneIsTakenOver()
    {
        Assert.SkipUnless(DockerEngine.IsAvailable, DockerEngine.SkipReason);
        var cancellationToken = TestContext.Current.CancellationToken;

        await using var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        await container.StartAsync(cancellationToken);
        var connectionString = container.GetConnectionString();
        await using var a = Instance(connectionString);
        await using var b = Instance(connectionString);
        await using (var scope = a.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>().Database.MigrateAsync(cancellationToken);
        }

        var leases = new[] { a, b }.Select(i => i.GetRequiredService<JobLeases>()).ToArray();
        var inside = 0;
        var most = 0;
        var gate = new Lock();
        async Task Work(CancellationToken token)
        {
            lock (gate)
            {
                most = Math.Max(most, ++inside);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), token);
            lock (gate)
            {
                inside--;
            }
        }

        var ran = await Task.WhenAll(Enumerable.Range(0, 30)
            .Select(i => Task.Run(() => leases[i % 2].RunExclusiveAsync("test-exclusive", TimeSpan.FromMinutes(1), Work, cancellationToken))));

        Assert.Equal(1, most);
        Assert.Contains(true, ran);

        var now = TimeProvider.System.GetUtcNow();
        await using (var scope = a.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>();
            Assert.False(await db.JobLeases.AnyAsync(cancellationToken));
            db.JobLeases.Add(new JobLease("test-expired", "stopped/1/0#0", now.AddMinutes(-10), now.AddMinutes(-1)));
            db.JobLeases.Add(new JobLease("test-held", "other/1/0#0", now, now.AddMinutes(10)));
            await db.SaveChangesAsync(cancellationToken);
        }

        await using (var takenOver = await leases[1].TryAcquireAsync("test-expired", TimeSpan.FromMinutes(1), cancellationToken))
        {
            Assert.NotNull(takenOver);
        }

        Assert.Null(await leases[1].TryAcquireAsync("test-held", TimeSpan.FromMinutes(1), cancellationToken));
    }

    /// <summary>The services of one instance of the service that the lease needs, on the given database.</summary>
    private static ServiceProvider Instance(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<EhcpQaDbContext, SqlServerEhcpQaDbContext>(options => options.UseSqlServer(connectionString));
        services.AddSingleton(new ServiceInstance());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<JobLeases>();
        return services.BuildServiceProvider();
    }
}
