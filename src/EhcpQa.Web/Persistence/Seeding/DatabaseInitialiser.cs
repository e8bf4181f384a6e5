using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.DataProtection;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Identity;
using EhcpQa.Web.Persistence.Leases;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Seeding;

/// <summary>
/// Brings the database up to date on start: applies migrations, then adds what the service needs to
/// work (roles, localities, the shipped frameworks), the first administrator when configured, and in
/// Development the demo users and plans; readies the data protection key ring and runs each feature's
/// <see cref="IStartUpStep"/> (such as copying earlier uploads into the database). Several instances may start together on one database: EF Core migrates under a
/// database lock of its own, and the rest runs under the "start-up" lease, one instance after another,
/// each step leaving alone what is already there.
/// </summary>
public sealed class DatabaseInitialiser(
    EhcpQaDbContext db,
    JobLeases leases,
    SharedKeyRing keyRing,
    IEnumerable<IStartUpStep> startUpSteps,
    RoleManager<IdentityRole> roles,
    UserManager<ApplicationUser> users,
    IConfiguration configuration,
    IWebHostEnvironment environment,
    TimeProvider clock,
    DemoData demoData,
    EarlierAssuredGrades earlierAssuredGrades,
    ILogger<DatabaseInitialiser> logger)
{
    public static string FrameworksFolder => Path.Combine(AppContext.BaseDirectory, "Persistence", "Seeding", "Frameworks");

    /// <summary>The lease under which one instance at a time seeds the database at start.</summary>
    public const string StartUpJob = "start-up";

    /// <summary>How long an instance waits for another to finish starting up before it gives up.</summary>
    public static readonly TimeSpan WaitForOtherInstancesAtMost = TimeSpan.FromMinutes(10);

    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();

        // What start-up loads (demo plans and their history above all) is nothing anyone is waiting for. The
        // context goes back to a pool afterwards, so it is made to tell people again before it does.
        db.Notifies = false;
        TimeSpan migrated;
        try
        {
            await SqliteSharing.UseWriteAheadLogAsync(db.Database, cancellationToken);

            // EF Core holds a database-wide lock while it migrates, so instances starting together migrate one at a time.
            await db.Database.MigrateAsync(cancellationToken);
            migrated = clock.GetElapsedTime(started);
            await leases.RunWhenFreeAsync(StartUpJob, TimeSpan.FromMinutes(2), WaitForOtherInstancesAtMost, SeedAsync, cancellationToken);
        }
        finally
        {
            db.Notifies = true;
        }

        var total = clock.GetElapsedTime(started);
        logger.LogInformation(
            "Database ready in {TotalMs:0} ms (migrations {MigrationsMs:0} ms, data {DataMs:0} ms)",
            total.TotalMilliseconds, migrated.TotalMilliseconds, (total - migrated).TotalMilliseconds);
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedRolesAsync();
        await SeedLocalitiesAsync(cancellationToken);
        await SeedFrameworksAsync(cancellationToken);
        await CreateFirstAdministratorAsync();
        await earlierAssuredGrades.RecordAsync(cancellationToken);
        if (environment.IsDevelopment() || configuration.GetValue<bool>("Demo:Seed"))
        {
            await demoData.SeedAsync(cancellationToken);
        }

        await keyRing.PrepareAsync(cancellationToken);
        foreach (var step in startUpSteps)
        {
            await step.RunAsync(cancellationToken);
        }
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in StaffRole.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private async Task SeedLocalitiesAsync(CancellationToken cancellationToken)
    {
        var configured = configuration.GetSection("Service:Localities").Get<string[]>() ?? [];
        var existing = await db.Localities.Select(l => l.Name).ToListAsync(cancellationToken);
        foreach (var name in configured.Where(n => !string.IsNullOrWhiteSpace(n)).Except(existing, StringComparer.OrdinalIgnoreCase))
        {
            db.Localities.Add(new Locality(name));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Loads each shipped framework file not yet in the database through the same import a QA lead uses,
    /// publishes it, and sets each purpose the form serves that has no version yet to use it. A version
    /// stored before versions held their forms gets its form.
    /// </summary>
    private async Task SeedFrameworksAsync(CancellationToken cancellationToken)
    {
        if (await db.FrameworkVersions.AnyAsync(v => v.Form == null, cancellationToken))
        {
            foreach (var version in await db.FrameworkVersions.Whole(tracked: true).Where(v => v.Form == null).ToListAsync(cancellationToken))
            {
                version.RecordForm();
            }
        }

        var uses = await db.FrameworkUses.SingleOrDefaultAsync(cancellationToken);
        if (uses is null)
        {
            uses = new FrameworkUses();
            db.FrameworkUses.Add(uses);
        }

        await db.SaveChangesAsync(cancellationToken);

        IEnumerable<string> files = Directory.Exists(FrameworksFolder) ? Directory.EnumerateFiles(FrameworksFolder, "*.json").Order(StringComparer.Ordinal) : [];
        foreach (var file in files)
        {
            // A framework already held is left as it is, so its file is read in full (and checked) only the first time.
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            if (FrameworkFile.KeyOf(bytes) is { } key && await db.Frameworks.AnyAsync(f => f.Key == key, cancellationToken))
            {
                continue;
            }

            var reading = FrameworkFile.Read(bytes);
            if (!reading.Succeeded)
            {
                throw new InvalidDataException($"The shipped framework file {Path.GetFileName(file)} has problems: "
                    + string.Join("; ", reading.Problems.Select(p => $"{p.Field} {p.Message}")));
            }

            var form = reading.Form!;
            var framework = Framework.FromForm(form, null, clock.GetUtcNow());
            framework.Versions[0].Publish(clock.GetUtcNow());
            db.Frameworks.Add(framework);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Loaded framework {FrameworkKey} version 1 from the shipped files", form.Key);
        }

        // A purpose with no version yet uses the newest published version that can serve it.
        var published = await db.FrameworkVersions.Include(v => v.Framework)
            .Where(v => v.PublishedAt != null && v.RetiredAt == null)
            .OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id)
            .ToListAsync(cancellationToken);
        foreach (var purpose in FrameworkPurposes.All.Where(p => uses.VersionFor(p) is null))
        {
            if (published.FirstOrDefault(v => !FrameworkUses.ProblemsWith(purpose, v).Any()) is { } version)
            {
                uses.Use(purpose, version, null, clock.GetUtcNow());
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateFirstAdministratorAsync()
    {
        var email = configuration["Bootstrap:AdministratorEmail"];
        var password = configuration["Bootstrap:AdministratorPassword"];
        // Where only the organisation's accounts sign in, the first administrator needs no password: their e-mail
        // address is matched when they first sign in with their organisation's account.
        var passwordless = !(configuration.GetSection(SingleSignOnOptions.Section).Get<SingleSignOnOptions>() ?? new SingleSignOnOptions()).PasswordsInUse;
        if (string.IsNullOrWhiteSpace(email) || (string.IsNullOrWhiteSpace(password) && !passwordless))
        {
            return;
        }

        if ((await users.GetUsersInRoleAsync(StaffRole.Administrator)).Count > 0)
        {
            return;
        }

        var administrator = ApplicationUser.Create(email, "Administrator", Agency.SendTeam, null, [StaffRole.Administrator]);
        var result = passwordless ? await users.CreateAsync(administrator) : await users.CreateAsync(administrator, password!);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(administrator, StaffRole.Administrator);
        if (passwordless)
        {
            logger.LogWarning("Created the first administrator account from Bootstrap settings, to sign in with the organisation's account");
        }
        else
        {
            logger.LogWarning("Created the first administrator account from Bootstrap settings; remove Bootstrap:AdministratorPassword from configuration now");
        }
    }
}
