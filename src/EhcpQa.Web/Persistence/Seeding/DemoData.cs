using EhcpQa.Domain;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Seeding;

/// <summary>
/// Demo users (one per role, plus a second caseworker and locality manager) and a register of
/// synthetic plans, seeded only in Development. The plans are made from a fixed seed, so every
/// developer sees the same data. No real child is described.
/// </summary>
public sealed class DemoData(EhcpQaDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    /// <summary>The password of every demo user (Development only).</summary>
    public const string Password = "Demo-Password-1";

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("caseworker@ehcpqa.test", "Sam Carter", StaffRole.Caseworker, Agency.SendTeam, "North"),
        new("caseworker2@ehcpqa.test", "Priya Shah", StaffRole.Caseworker, Agency.SendTeam, "South"),
        new("manager@ehcpqa.test", "Morgan Hale", StaffRole.LocalityManager, Agency.SendTeam, "North"),
        new("manager2@ehcpqa.test", "Jordan Price", StaffRole.LocalityManager, Agency.SendTeam, "South"),
        new("qalead@ehcpqa.test", "Alex Morgan", StaffRole.QaLead, Agency.SendTeam, null),
        new("panel@ehcpqa.test", "Ruth Evans", StaffRole.PanelMember, Agency.Health, null),
        new("board@ehcpqa.test", "Tom Baker", StaffRole.BoardMember, Agency.SendTeam, null),
        new("admin@ehcpqa.test", "Dana Admin", StaffRole.Administrator, Agency.SendTeam, null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var localities = await db.Localities.ToDictionaryAsync(l => l.Name, l => l.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        foreach (var name in Users.Select(u => u.Locality).OfType<string>().Distinct().Where(n => !localities.ContainsKey(n)))
        {
            var locality = new Locality(name);
            db.Localities.Add(locality);
            await db.SaveChangesAsync(cancellationToken);
            localities[name] = locality.Id;
        }

        foreach (var demo in Users)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            var user = new ApplicationUser
            {
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                Agency = demo.Agency,
                LocalityId = demo.Locality is null ? null : localities[demo.Locality],
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, demo.Role);
        }

        if (await db.Plans.AnyAsync(cancellationToken))
        {
            return;
        }

        var caseworkers = new List<ApplicationUser>();
        foreach (var demo in Users.Where(u => u.Role == StaffRole.Caseworker))
        {
            caseworkers.Add((await users.FindByEmailAsync(demo.Email))!);
        }

        foreach (var plan in GeneratePlans(caseworkers, clock.GetUtcNow(), count: 60, seed: 2026))
        {
            db.Plans.Add(plan);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Synthetic plans spread over caseworkers, ages, needs, settings and stages.</summary>
    public static IEnumerable<Plan> GeneratePlans(IReadOnlyList<ApplicationUser> caseworkers, DateTimeOffset now, int count, int seed)
    {
        var random = new Random(seed);
        var today = ServiceCalendar.DateOf(now);
        var needs = Enum.GetValues<NeedType>();
        var settings = Enum.GetValues<SettingType>();
        const string letters = "ABCDEFGHJKLMNPRSTW";
        for (var i = 1; i <= count; i++)
        {
            var caseworker = caseworkers[i % caseworkers.Count];
            var ageInDays = random.Next(2 * 365, 24 * 365);
            var dateOfBirth = today.AddDays(-ageInDays);
            var requestDate = today.AddDays(-random.Next(7, 360));
            var stage = requestDate < today.AddDays(-140) ? (random.Next(4) == 0 ? PlanStage.Amended : PlanStage.Final) : PlanStage.Draft;
            var cohorts = VulnerableCohorts.None;
            if (random.Next(8) == 0)
            {
                cohorts |= VulnerableCohorts.ChildInCare;
            }

            if (random.Next(15) == 0)
            {
                cohorts |= VulnerableCohorts.ChildProtection;
            }

            if (ageInDays > 10 * 365 && random.Next(25) == 0)
            {
                cohorts |= VulnerableCohorts.YouthJustice;
            }

            var details = new PlanDetails(
                Reference: $"EHC-{requestDate.Year}-{i:0000}",
                ChildIdentifier: $"{letters[random.Next(letters.Length)]}{letters[random.Next(letters.Length)]}",
                DateOfBirth: dateOfBirth,
                PrimaryNeed: needs[random.Next(needs.Length)],
                Setting: settings[random.Next(settings.Length)],
                LocalityId: caseworker.LocalityId ?? 1,
                CaseworkerId: caseworker.Id,
                Cohorts: cohorts,
                RequestDate: requestDate);
            yield return Plan.Register(details, stage, caseworker.Id, now);
        }
    }
}

public sealed record DemoUser(string Email, string DisplayName, string Role, Agency Agency, string? Locality);
