using System.Globalization;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Benchmarks;

/// <summary>
/// The benchmarks' databases: the application itself (its services, migrations and seeding) on a SQLite
/// file in a folder of its own, made once and kept between runs (they are rebuilt when the month turns,
/// because the history ends with last month). Made from the demo's generator, <see cref="AuthorityHistory"/>.
/// </summary>
internal static class AuthorityDatabase
{
    /// <summary>Bump when the generator or the schema changes, so old databases are not reused.</summary>
    private const int Generation = 2;

    private static string Folder(string name) => Path.Combine(
        Environment.GetEnvironmentVariable("EHCPQA_BENCH_DATA") ?? Path.Combine(Path.GetTempPath(), "ehcpqa-bench"),
        $"{name}-g{Generation}-{DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");

    /// <summary>
    /// A month's worth of a busy authority for the board summary: 13 months (the month, its trend and the
    /// same month last year) of 800 plans a month taken through sign-off in the service exactly as the demo
    /// is seeded, every grading saved; about 1,000 decisive grades a month.
    /// </summary>
    public static async Task<WebApplication> BoardMonthAsync()
    {
        var folder = Folder("board-month");
        var app = Host(folder, seedDemo: true, months: 13, plansPerMonth: 800);
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();
        return app;
    }

    /// <summary>
    /// A large authority's 10 years (<see cref="AuthorityScale.LargeAuthority"/>, about 300,000 decisive
    /// grades) in the dashboards' read model. Each plan is taken through sign-off with the same domain
    /// operations as the demo, in memory; what the dashboard reads is written (bulk, with foreign keys off):
    /// the assured grades the plan records, the plan's own row, and the history <see cref="LargeAuthorityHistory"/>
    /// gives it (annual reviews, advice, a survey link). Its gradings are not saved: saving every grading of
    /// 240,000 plans would take hours, and only advice audits (not made here) are read from them.
    /// </summary>
    public static async Task<WebApplication> LargeAuthorityAsync()
    {
        var folder = Folder("large-authority");
        var app = Host(folder, seedDemo: false, months: 0, plansPerMonth: 0);
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();
        var db = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>();
        if (await db.AssuredGrades.AnyAsync())
        {
            return app;
        }

        var localities = await db.Localities.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
        var surveyForm = await db.FrameworkUses.AsNoTracking().SingleOrDefaultAsync() is { } uses
            && uses.VersionFor(FrameworkPurpose.FamilySurvey) is { } surveyVersion
            ? await scope.ServiceProvider.GetRequiredService<LockedFrameworkVersions>().FindAsync(db, surveyVersion, CancellationToken.None)
            : null;
        var framework = await db.FrameworkVersions
            .Include(v => v.GradeDescriptors)
            .Include(v => v.Sections).ThenInclude(s => s.Descriptors)
            .AsSplitQuery()
            .Where(v => v.PublishedAt != null && v.Sections.Any())
            .FirstAsync();
        await WriteLargeAuthorityAsync(db.Database.GetConnectionString()!, framework, surveyForm, localities);
        return app;
    }

    /// <summary>
    /// The large authority's database as one self-contained file (its write-ahead log checkpointed), to be
    /// copied and served by the app itself (<c>bench/pages.sh --large</c>).
    /// </summary>
    public static async Task<string> LargeAuthorityFileAsync()
    {
        string file;
        await using (var app = await LargeAuthorityAsync())
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<EhcpQaDbContext>();
            file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
        return Path.GetFullPath(file);
    }

    private static async Task WriteLargeAuthorityAsync(string connectionString, FrameworkVersion framework, FrameworkVersion? surveyForm, List<int> localities)
    {
        const int Caseworkers = 80;
        var caseworkers = Enumerable.Range(0, Caseworkers)
            .Select(i => new Actor($"caseworker-{i}", new HashSet<string> { StaffRole.Caseworker }, Agency.SendTeam, localities[i % localities.Count]))
            .ToList();
        var steps = caseworkers.Select(c => new HistoricSignOff(
                framework,
                c,
                new Actor($"manager-{c.LocalityId}", new HashSet<string> { StaffRole.LocalityManager }, Agency.SendTeam, c.LocalityId),
                new Actor("qa-lead", new HashSet<string> { StaffRole.QaLead }, Agency.SendTeam, null)))
            .ToList();

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = OFF; PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var grades = new BulkInsert(connection, transaction, "AssuredGrades",
            "PlanId", "Level", "PlanVersionId", "PanelSessionId", "GivenById", "GivenAt", "GivenOn", "LocalityId", "Phase", "Need", "Setting", "Overall",
            "Regraded", "SectionGrades");

        // The caseworkers as staff (without roles or passwords: nobody signs in as them), so lists that name a plan's
        // caseworker find them.
        var staff = new BulkInsert(connection, transaction, "AspNetUsers",
            "Id", "DisplayName", "Agency", "LocalityId", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled",
            "AccessFailedCount", "HasTemporaryPassword");
        foreach (var (caseworker, i) in caseworkers.Select((c, i) => (c, i)))
        {
            await staff.RunAsync(caseworker.UserId, $"Caseworker {i + 1}", nameof(Agency.SendTeam), caseworker.LocalityId, 0, 0, 0, 1, 0, 0);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var history = new LargeAuthorityHistory(connection, transaction, surveyForm, today);
        var planId = 0;
        foreach (var story in AuthorityHistory.Generate(AuthorityScale.LargeAuthority, today, Caseworkers, seed: 2026))
        {
            planId++;
            var caseworker = caseworkers[story.Caseworker];
            var plan = Plan.Register(story.Details(caseworker.LocalityId!.Value, caseworker.UserId), PlanStage.Draft, caseworker.UserId,
                new DateTimeOffset(story.RequestDate.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
            var signOff = steps[story.Caseworker];
            signOff.SubmitFirstDraft(plan, story);
            signOff.GradeAndReturn(plan, story);
            signOff.GradeAndSignOff(plan, story);
            await history.WriteAsync(planId, plan);
            foreach (var grade in plan.AssuredGrades)
            {
                await grades.RunAsync(planId, (int)grade.Level, grade.PlanVersionId, null, grade.GivenById, BulkInsert.Time(grade.GivenAt),
                    BulkInsert.Day(grade.GivenOn), grade.LocalityId, (int)grade.Phase, (int)grade.Need,
                    (int)grade.Setting, grade.Overall!.Value.Value, grade.Regraded, grade.SectionGrades);
            }
        }

        await transaction.CommitAsync();
        using var analyse = connection.CreateCommand();
        analyse.CommandText = "ANALYZE;";
        await analyse.ExecuteNonQueryAsync();
    }

    private static WebApplication Host(string folder, bool seedDemo, int months, int plansPerMonth)
    {
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Benchmark",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = folder,
            ["Database:Provider"] = "Sqlite",
            ["Reports:Schedule"] = "false",
            ["Demo:Seed"] = seedDemo ? "true" : "false",
            ["Demo:Months"] = months.ToString(CultureInfo.InvariantCulture),
            ["Demo:PlansPerMonth"] = plansPerMonth.ToString(CultureInfo.InvariantCulture),
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.AddEhcpQa();
        return builder.Build();
    }
}
