using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.EntityFrameworkCore;
using Testcontainers.MsSql;
using Xunit;

namespace EhcpQa.SqlServer.Tests;

/// <summary>The SQL Server migrations apply to a real SQL Server 2022 and a plan round-trips through it.</summary>
public sealed class SqlServerMigrationTests
{
    [Fact]
    public async Task Migrations_ApplyToSqlServer_AndAPlanRoundTrips()
    {
        Assert.SkipUnless(DockerEngine.IsAvailable, DockerEngine.SkipReason);

        await using var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        await container.StartAsync(TestContext.Current.CancellationToken);
        var options = new DbContextOptionsBuilder<SqlServerEhcpQaDbContext>().UseSqlServer(container.GetConnectionString()).Options;

        int planId;
        await using (var db = new SqlServerEhcpQaDbContext(options))
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            var locality = new Locality("North");
            db.Localities.Add(locality);
            var caseworker = ApplicationUser.Create("cw@example.test", "Caseworker", Agency.SendTeam, null, [StaffRole.QaLead]);
            db.Users.Add(caseworker);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);

            var plan = Plan.Register(
                new PlanDetails("EHC-2026-0001", "JS", new DateOnly(2015, 3, 14), NeedType.Autism, SettingType.Mainstream, locality.Id, caseworker.Id,
                    VulnerableCohorts.ChildInCare, new DateOnly(2026, 9, 1)),
                PlanStage.Draft, caseworker.Id, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
            db.Plans.Add(plan);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            planId = plan.Id;
        }

        await using (var db = new SqlServerEhcpQaDbContext(options))
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == planId, TestContext.Current.CancellationToken);
            Assert.Equal("EHC-2026-0001", plan.Reference);
            Assert.Equal(new DateOnly(2027, 1, 19), plan.StatutoryDeadline);
            Assert.Equal(VulnerableCohorts.ChildInCare, plan.Cohorts);
            Assert.Equal(NeedType.Autism, plan.PrimaryNeed);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        }
    }
}
