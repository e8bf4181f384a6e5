using EhcpQa.Domain;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
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
        new("panel-social@ehcpqa.test", "Chris Okafor", StaffRole.PanelMember, Agency.SocialCare, null),
        new("panel-school@ehcpqa.test", "Hannah Lewis", StaffRole.PanelMember, Agency.EducationSetting, null),
        new("panel-parents@ehcpqa.test", "Sue Patel", StaffRole.PanelMember, Agency.ParentCarerForum, null),
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

        var generated = GeneratePlans(caseworkers, clock.GetUtcNow(), count: 120, seed: 2026).ToList();
        var plans = generated.Select(g => g.Plan).ToList();
        db.Plans.AddRange(plans);
        await db.SaveChangesAsync(cancellationToken);

        var actors = caseworkers.ToDictionary(c => c.Id, c => new Actor(c.Id, new HashSet<string> { StaffRole.Caseworker }, Agency.SendTeam, c.LocalityId));
        await IssueThroughSignOffAsync(generated.Where(g => g.IssuedOn is not null).ToList(), actors, cancellationToken);

        // A few drafts already sent for sign-off, so the locality managers' queues have work in them.
        foreach (var caseworker in caseworkers)
        {
            foreach (var (plan, daysAgo) in plans.Where(p => p.CaseworkerId == caseworker.Id && p.Stage == PlanStage.Draft).Take(3).Select((p, i) => (p, 2 + (i * 3))))
            {
                plan.SubmitDraft(DraftText(), null, actors[caseworker.Id], clock.GetUtcNow().AddDays(-daysAgo));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Takes the plans that are final in the demo through sign-off as the service would have: the
    /// caseworker submits the draft, the locality's manager grades it (Good, or now and then
    /// Outstanding) and signs it off on its issue date; some go round the return loop first. A year or
    /// so of history, so the dashboards have a believable trend, and moderators have final text to grade.
    /// </summary>
    private async Task IssueThroughSignOffAsync(List<GeneratedPlan> issued, Dictionary<string, Actor> caseworkers, CancellationToken cancellationToken)
    {
        var framework = await db.FrameworkVersions
            .Include(v => v.GradeDescriptors)
            .Include(v => v.Sections).ThenInclude(s => s.Descriptors)
            .AsSplitQuery()
            .Where(v => v.PublishedAt != null)
            .OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);
        if (framework is null || issued.Count == 0)
        {
            return;
        }

        var managers = new Dictionary<int, Actor>();
        foreach (var demo in Users.Where(u => u.Role == StaffRole.LocalityManager))
        {
            var manager = (await users.FindByEmailAsync(demo.Email))!;
            managers.TryAdd(manager.LocalityId!.Value, new Actor(manager.Id, new HashSet<string> { StaffRole.LocalityManager }, Agency.SendTeam, manager.LocalityId));
        }

        var qaLeadUser = (await users.FindByEmailAsync(Users.Single(u => u.Role == StaffRole.QaLead).Email))!;
        var qaLead = new Actor(qaLeadUser.Id, new HashSet<string> { StaffRole.QaLead }, Agency.SendTeam, null);

        // Every fourth plan went round the loop: graded below Good, a second opinion, the agreed grade,
        // returned to the caseworker, and a new version sent; so the figures show returns and re-grades.
        var returned = issued.Where((_, i) => i % 4 == 1).ToHashSet();
        foreach (var item in issued)
        {
            item.Plan.SubmitDraft(DraftText(), null, caseworkers[item.Plan.CaseworkerId], IssuedAt(item).AddDays(returned.Contains(item) ? -30 : -12));
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var item in returned)
        {
            var plan = item.Plan;
            var manager = managers[plan.LocalityId];
            var at = IssuedAt(item);
            GradeDraft(plan, manager, framework, Grade.RequiresImprovement, at.AddDays(-27));
            GradeDraft(plan, qaLead, framework, Grade.RequiresImprovement, at.AddDays(-26));
            GradeDraft(plan, manager, framework, Grade.RequiresImprovement, at.AddDays(-25));
            plan.Return(manager, "Make the provision in section F specific and quantified.", at.AddDays(-25));
            plan.SubmitDraft(DraftText(), null, caseworkers[plan.CaseworkerId], at.AddDays(-12));
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var (item, index) in issued.Select((g, i) => (g, i)))
        {
            var plan = item.Plan;
            var manager = managers[plan.LocalityId];
            var at = IssuedAt(item);
            GradeDraft(plan, manager, framework, index % 5 == 0 ? Grade.Outstanding : Grade.Good, at.AddDays(-3));
            plan.SignOff(manager, null, at);
            if (item.Stage == PlanStage.Amended)
            {
                plan.Amend(plan.CaseworkerId, at.AddDays(1));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Starts the grading the plan's current draft needs next, answers every descriptor yes, grades each
    /// section as the descriptors suggest and the plan overall at <paramref name="overall"/>, and submits.
    /// </summary>
    private void GradeDraft(Plan plan, Actor grader, FrameworkVersion framework, Grade overall, DateTimeOffset at)
    {
        var grading = plan.StartGrading(grader, framework, at);
        foreach (var part in framework.Sections.Where(s => s.Code != SectionCode.Overall))
        {
            var answers = part.Descriptors.ToDictionary(d => d.Number, _ => DescriptorAnswer.Yes);
            grading.Judge(framework, part.Code, answers, grading.SuggestionFor(framework, part.Code, answers),
                new SectionCommentary(Strengths: "Clear and specific."), at);
        }

        var overallAnswers = framework.Section(SectionCode.Overall).Descriptors.ToDictionary(d => d.Number, _ => DescriptorAnswer.Yes);
        var suggested = grading.SuggestionFor(framework, SectionCode.Overall, overallAnswers);
        grading.Judge(framework, SectionCode.Overall, overallAnswers, overall,
            new SectionCommentary(
                AreasForImprovement: overall.IsAtLeastGood ? null : "The provision in section F is not specific or quantified.",
                OverrideReason: overall == suggested ? null : "The grader weighed the plan as a whole."),
            at);
        grading.Submit(framework, at.AddHours(1));
        plan.GradingSubmitted(grading);
        db.Gradings.Add(grading);
    }

    private static DateTimeOffset IssuedAt(GeneratedPlan plan) =>
        new(plan.IssuedOn!.Value.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Synthetic draft text for every section: generic wording, about no real child.</summary>
    public static IReadOnlyDictionary<SectionCode, string> DraftText() => new Dictionary<SectionCode, string>
    {
        [SectionCode.A] = "The young person enjoys music and drawing and wants to work with animals. They told us they learn best when tasks are broken into small steps. Their parents hope they will make friends locally and travel independently.",
        [SectionCode.B] = "Communication and interaction: difficulty following spoken instructions of more than two steps; strengths in visual memory. Social, emotional and mental health: anxiety at transitions.",
        [SectionCode.C] = "There are no health needs related to special educational needs.",
        [SectionCode.D] = "There are no social care needs related to special educational needs.",
        [SectionCode.E] = "By the end of the key stage, the young person will follow three-step instructions in class with visual prompts in 4 out of 5 observed lessons.",
        [SectionCode.F] = "Speech and language therapy: 30 minutes a week, delivered by a speech and language therapist, for the next 12 months. Regular small group support.",
        [SectionCode.G] = "None.",
        [SectionCode.H1] = "None.",
        [SectionCode.H2] = "None.",
        [SectionCode.I] = string.Empty,
        [SectionCode.J] = "A personal budget has not been requested.",
        [SectionCode.K] = "Educational psychology advice, speech and language therapy advice, advice from the school's SENCO.",
    };

    /// <summary>Synthetic plans spread over caseworkers, ages, needs, settings and stages.</summary>
    public static IEnumerable<GeneratedPlan> GeneratePlans(IReadOnlyList<ApplicationUser> caseworkers, DateTimeOffset now, int count, int seed)
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
            var requestDate = today.AddDays(-random.Next(7, 500));
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
            // Issued plans were finalised some weeks after the request, never after today (and are
            // registered while still drafts, to go through sign-off).
            DateOnly? issuedOn = stage == PlanStage.Draft ? null : Min(requestDate.AddDays(random.Next(98, 150)), today.AddDays(-1));
            var registeredAt = issuedOn is null ? now : new DateTimeOffset(requestDate.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            yield return new GeneratedPlan(Plan.Register(details, PlanStage.Draft, caseworker.Id, registeredAt), stage, issuedOn);
        }
    }
}

/// <summary>A synthetic plan, registered as a draft, with the stage and issue date it reaches in the demo.</summary>
public sealed record GeneratedPlan(Plan Plan, PlanStage Stage, DateOnly? IssuedOn);

public sealed record DemoUser(string Email, string DisplayName, string Role, Agency Agency, string? Locality);
