using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Families;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Seeding;

/// <summary>
/// Demo users (one per role, plus a second caseworker and locality manager) and a register of
/// synthetic plans, seeded only in Development. The plans are made from a fixed seed, so every
/// developer sees the same data. No real child is described.
/// </summary>
public sealed class DemoData(EhcpQaDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, IConfiguration configuration)
{
    /// <summary>The password of every demo user (Development only).</summary>
    public const string Password = "Demo-Password-1";

    /// <summary>Files only the demo reads: the advice form it chooses (one of the examples a QA lead may download).</summary>
    private static string DemoFolder => Path.Combine(AppContext.BaseDirectory, "Persistence", "Seeding", "Demo");

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("caseworker@ehcpqa.test", "Sam Carter", StaffRole.Caseworker, Agency.SendTeam, "North", MonthsInPost: 40),
        new("caseworker2@ehcpqa.test", "Priya Shah", StaffRole.Caseworker, Agency.SendTeam, "South", MonthsInPost: 4),
        new("manager@ehcpqa.test", "Morgan Hale", StaffRole.LocalityManager, Agency.SendTeam, "North"),
        new("manager2@ehcpqa.test", "Jordan Price", StaffRole.LocalityManager, Agency.SendTeam, "South"),
        new("qalead@ehcpqa.test", "Alex Morgan", StaffRole.QaLead, Agency.SendTeam, null),
        new("panel@ehcpqa.test", "Ruth Evans", StaffRole.PanelMember, Agency.Health, null),
        new("panel-social@ehcpqa.test", "Chris Okafor", StaffRole.PanelMember, Agency.SocialCare, null),
        new("panel-school@ehcpqa.test", "Hannah Lewis", StaffRole.PanelMember, Agency.EducationSetting, null),
        new("panel-parents@ehcpqa.test", "Sue Patel", StaffRole.PanelMember, Agency.ParentCarerForum, null),
        new("board@ehcpqa.test", "Tom Baker", StaffRole.BoardMember, Agency.SendTeam, null),
        new("admin@ehcpqa.test", "Dana Admin", StaffRole.Administrator, Agency.SendTeam, null),
        new("agency-health@ehcpqa.test", "Nadia Rahman", StaffRole.AgencyLead, Agency.Health, null),
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

        // Every demo user has the same password, so it is hashed once (hashing is deliberately slow).
        string? passwordHash = null;
        foreach (var demo in Users)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null)
            {
                continue;
            }

            var user = ApplicationUser.Create(demo.Email, demo.DisplayName, demo.Agency, demo.Locality is null ? null : localities[demo.Locality], [demo.Role]);
            user.PasswordHash = passwordHash ??= users.PasswordHasher.HashPassword(user, Password);
            user.StartedInPost(demo.MonthsInPost is { } months ? ServiceCalendar.DateOf(clock.GetUtcNow()).AddMonths(-months) : null);
            var result = await users.CreateAsync(user);
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

        var actors = caseworkers.ToDictionary(c => c.Id, c => new Actor(c.Id, new HashSet<string> { StaffRole.Caseworker }, Agency.SendTeam, c.LocalityId));

        // The history and the drafts are written in one transaction: nothing half-seeded, and one commit.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SeedHistoryAsync(caseworkers, actors, cancellationToken);
            await SeedDraftsAsync(caseworkers, actors, cancellationToken);
            await SeedReviewsAsync(caseworkers, cancellationToken);
            await SeedAdviceAsync(cancellationToken);
            await SeedSchoolClosuresAsync(cancellationToken);
            await SeedAdviceAuditsAsync(cancellationToken);
            await SeedSurveysAsync(cancellationToken);
            await SeedTwentyWeekExceptionAsync(cancellationToken);
            await SeedSampleScheduleAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    /// <summary>
    /// The QA lead's monthly dip sample, from this month (so its first sample is drawn when the month closes), and an
    /// audit of children in care planned for next term.
    /// </summary>
    private async Task SeedSampleScheduleAsync(CancellationToken cancellationToken)
    {
        var qaLead = (await users.FindByEmailAsync(Users.Single(u => u.Role == StaffRole.QaLead).Email))!;
        var now = clock.GetUtcNow();
        var today = ServiceCalendar.DateOf(now);
        db.SampleSchedules.Add(SampleSchedule.Make("Monthly dip sample", SampleWindowKind.Month, today, new SampleTheme(),
            new SampleRules(SampleSize.Of(20)), qaLead.Id, now));
        db.PlannedAudits.Add(PlannedAudit.Plan("Children in care", new SampleTheme(Cohort: VulnerableCohorts.ChildInCare),
            SampleWindow.TermOf(today).Following(), null, "With the virtual school head", qaLead.Id, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Advice for every plan's assessment: educational psychology, the education setting and one health or social care
    /// service, asked a week after the request and due 6 weeks later. Most arrived on time; some came late, and for plans
    /// still being drafted some are awaited and some overdue. The advice is a line of made-up text.
    /// </summary>
    private async Task SeedAdviceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ServiceCalendar.DateOf(now);
        var plans = await db.Plans.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.RequestDate, p.CaseworkerId }).ToListAsync(cancellationToken);
        var random = new Random(2026);
        AdviceService[] third = [AdviceService.Paediatrics, AdviceService.SpeechAndLanguageTherapy, AdviceService.OccupationalTherapy, AdviceService.Camhs, AdviceService.SocialCare];
        var requests = new List<AdviceRequest>();
        foreach (var plan in plans)
        {
            var requestedOn = plan.RequestDate.AddDays(7);
            if (requestedOn > today)
            {
                continue;
            }

            foreach (var service in new[] { AdviceService.EducationalPsychology, AdviceService.EducationSetting, third[random.Next(third.Length)] })
            {
                var request = AdviceRequest.Request(plan.Id, AdviceOccasion.NewAssessment, service, null, null, requestedOn, null,
                    AdvicePolicy.StatutoryWeeks, today, plan.CaseworkerId, new DateTimeOffset(requestedOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));

                // Four in five arrive by the due date, the rest up to three weeks late; those not yet arrived are awaited.
                var receivedOn = request.DueOn.AddDays(random.Next(5) == 0 ? random.Next(1, 22) : -random.Next(0, 15));
                if (receivedOn <= today)
                {
                    request.RecordReceipt(receivedOn, null, $"{service.Name()} advice (made-up demonstration text).", today, plan.CaseworkerId,
                        new DateTimeOffset(receivedOn.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero));
                }

                requests.Add(request);
            }
        }

        db.AdviceRequests.AddRange(requests);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The summer holidays of this year and last, as the QA lead recorded them: closed from 22 July, open again on 3 September.</summary>
    private async Task SeedSchoolClosuresAsync(CancellationToken cancellationToken)
    {
        var qaLead = (await users.FindByEmailAsync(Users.Single(u => u.Role == StaffRole.QaLead).Email))!;
        var now = clock.GetUtcNow();
        var year = ServiceCalendar.DateOf(now).Year;
        var recorded = new List<SchoolClosure>();
        foreach (var summer in new[] { year - 1, year })
        {
            recorded.Add(SchoolClosure.Record($"Summer holidays {summer}", new DateOnly(summer, 7, 22), new DateOnly(summer, 9, 3), recorded, qaLead.Id, now));
        }

        db.SchoolClosures.AddRange(recorded);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The advice form in use: where the authority has chosen none, the example advice form, imported by the QA lead and
    /// chosen for advice quality assurance (the service ships no advice form of its own: each authority brings its own).
    /// </summary>
    private async Task<FrameworkVersion?> AdviceFormAsync(CancellationToken cancellationToken)
    {
        if (await db.VersionForAsync(FrameworkPurpose.AdviceQa, cancellationToken) is { } inUse)
        {
            return inUse;
        }

        var path = Path.Combine(DemoFolder, "advice-form.json");
        if (!File.Exists(path) || await db.FrameworkUses.SingleOrDefaultAsync(cancellationToken) is not { } uses)
        {
            return null;
        }

        var reading = FrameworkFile.Read(await File.ReadAllBytesAsync(path, cancellationToken));
        if (!reading.Succeeded)
        {
            return null;
        }

        var qaLead = (await users.FindByEmailAsync(Users.Single(u => u.Role == StaffRole.QaLead).Email))!;
        var now = clock.GetUtcNow();
        var framework = Framework.FromForm(reading.Form!, qaLead.Id, now);
        var version = framework.Versions[0];
        version.Publish(now, qaLead.Id);
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync(cancellationToken);
        uses.Use(FrameworkPurpose.AdviceQa, version, qaLead.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// <summary>
    /// The health agency's lead has audited every other piece of health advice received in the last six months, on the
    /// advice form in use, a few days to two weeks after it arrived: most answers near the top of each scale.
    /// </summary>
    private async Task SeedAdviceAuditsAsync(CancellationToken cancellationToken)
    {
        if (await AdviceFormAsync(cancellationToken) is not { Form: { } form } framework)
        {
            return;
        }

        var demoLead = Users.Single(u => u.Role == StaffRole.AgencyLead);
        var lead = (await users.FindByEmailAsync(demoLead.Email))!;
        var actor = new Actor(lead.Id, new HashSet<string>(StringComparer.Ordinal) { StaffRole.AgencyLead }, demoLead.Agency, null);
        var now = clock.GetUtcNow();
        var today = ServiceCalendar.DateOf(now);
        var received = await db.AdviceRequests
            .Where(r => r.Agency == demoLead.Agency && r.ReceivedOn != null && r.ReceivedOn >= today.AddMonths(-6))
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var random = new Random(2027);
        foreach (var request in received.Where((_, i) => i % 2 == 0))
        {
            var on = new DateTimeOffset(request.ReceivedOn!.Value.AddDays(random.Next(3, 15)).ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero);
            var at = on < now ? on : now;
            var audit = request.StartAudit(actor, framework, [], at);
            foreach (var part in Domain.Grades.Grading.PartsToJudge(form))
            {
                var answers = part.Items
                    .Where(i => form.Scale(i.Answers) is { Kind: not Domain.Frameworks.Forms.AnswerKind.Text })
                    .ToDictionary(i => i.Code, i =>
                    {
                        var options = form.Scale(i.Answers)!.Options.Where(o => !o.NotApplicable).ToList();
                        return options[Math.Max(0, options.Count - 1 - random.Next(3))].Value;
                    }, StringComparer.Ordinal);
                var grade = form.RuleFor(part.Code).Mode == Domain.Frameworks.Forms.GradeMode.Chosen
                    ? audit.SuggestionForPart(form, part.Code, answers) ?? form.GradeScale!.BestToWorst[0].Value
                    : null;
                var rating = part.Code == Domain.Frameworks.Forms.OverallPart.Code && form.Overall?.Rating is { } question
                    ? form.Scale(question.Answers)!.Options[^1].Value
                    : null;
                audit.JudgePart(framework, part.Code, answers, grade, rating,
                    new Domain.Grades.SectionCommentary(Strengths: "Clear, specific and written with the family (demonstration text)."), at);
            }

            request.SubmitAudit(audit, framework, actor, at);
            db.Gradings.Add(audit);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Family surveys for the plans issued in the past year: a link to the parent or carer three days after the issue (and to
    /// the young person where 11 or over, for one plan in three), about two in three answered within ten days with made-up
    /// ratings, some with a line of made-up comment. The tokens are thrown away: these links cannot be opened.
    /// </summary>
    private async Task SeedSurveysAsync(CancellationToken cancellationToken)
    {
        var uses = await db.FrameworkUses.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (uses?.VersionFor(Domain.Frameworks.FrameworkPurpose.FamilySurvey) is not { } versionId)
        {
            return;
        }

        var version = await db.FrameworkVersions.SingleAsync(v => v.Id == versionId, cancellationToken);
        var form = version.Form!;
        var now = clock.GetUtcNow();
        var today = ServiceCalendar.DateOf(now);
        var plans = await db.Plans.AsNoTracking().Include(p => p.Versions).AsSplitQuery()
            .Where(p => p.IssuedOn != null && p.IssuedOn >= today.AddYears(-1) && p.CeasedOn == null)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var random = new Random(2027);
        string[] comments = ["The plan was clear and we felt listened to.", "It took a long time, but the plan is good.", "We would like more detail on the support at school."];
        var invitations = new List<SurveyInvitation>();
        foreach (var plan in plans.Where(p => p.FinalVersion is not null))
        {
            var sentAt = new DateTimeOffset(plan.IssuedOn!.Value.AddDays(3).ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero);
            if (sentAt > now)
            {
                continue;
            }

            var respondents = new List<SurveyRespondent> { SurveyRespondent.ParentOrCarer };
            if (SurveyInvitation.IsOldEnough(plan, ServiceCalendar.DateOf(sentAt)) && random.Next(3) == 0)
            {
                respondents.Add(SurveyRespondent.YoungPerson);
            }

            foreach (var respondent in respondents)
            {
                var invitation = SurveyInvitation.Create(plan, SurveyOccasion.PlanIssued, respondent, versionId,
                    SurveyInvitation.HashOf(SurveyInvitation.NewToken()), SurveyPolicy.DefaultValidDays, [], plan.CaseworkerId, sentAt);
                var answeredAt = sentAt.AddDays(random.Next(1, 11)).AddHours(8);
                if (random.Next(3) > 0 && answeredAt <= now)
                {
                    var answers = new Dictionary<string, string?>(StringComparer.Ordinal);
                    foreach (var part in form.PartsWithItems)
                    {
                        foreach (var item in part.Items)
                        {
                            var scale = form.Scale(item.Answers)!;
                            answers[SurveyInvitation.FieldOf(part.Code, item.Code)] = scale.Kind == Domain.Frameworks.Forms.AnswerKind.Text
                                ? random.Next(4) == 0 ? comments[random.Next(comments.Length)] : null
                                : scale.Options[Math.Min(scale.Options.Count - 1, random.Next(1, scale.Options.Count + 1))].Value;
                        }
                    }

                    invitation.Answer(form, answers, answeredAt);
                }

                invitations.Add(invitation);
            }
        }

        if (invitations.Count > 0)
        {
            version.RecordUse(now);
        }

        db.SurveyInvitations.AddRange(invitations);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Each caseworker's two longest-issued plans have had their annual review meeting, one a week ago and one three
    /// weeks ago, and wait for the authority's decision (the older one close to its 4-week deadline).
    /// </summary>
    private async Task SeedReviewsAsync(List<ApplicationUser> caseworkers, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ServiceCalendar.DateOf(now);
        foreach (var caseworker in caseworkers)
        {
            var oldest = await db.Plans
                .Where(p => p.CaseworkerId == caseworker.Id && p.Stage != PlanStage.Draft && p.CeasedOn == null && p.IssuedOn < today.AddDays(-30))
                .OrderBy(p => p.IssuedOn).ThenBy(p => p.Id)
                .Take(2)
                .ToListAsync(cancellationToken);
            foreach (var (plan, daysAgo) in oldest.Select((p, i) => (p, i == 0 ? 21 : 7)))
            {
                plan.StartAnnualReview(today.AddDays(-daysAgo), caseworker.Id, now.AddDays(-daysAgo + 1));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The history issues about one plan in six after its 20-week deadline; the most recently issued of those has a lawful
    /// exception recorded by its caseworker, so the timeliness figures show a plan late with an exception beside those simply late.
    /// </summary>
    private async Task SeedTwentyWeekExceptionAsync(CancellationToken cancellationToken)
    {
        var late = await db.Plans.Where(Plan.InTwentyWeekFigure)
            .Where(p => p.IssuedOn != null && p.IssuedOn > p.StatutoryDeadline)
            .OrderByDescending(p => p.IssuedOn).ThenBy(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (late is null)
        {
            return;
        }

        late.RecordTwentyWeekException(TwentyWeekExceptionReason.SchoolOrCollegeClosed,
            "Advice was asked of the school in the first week of the summer holidays; it reopened on 3 September.", late.CaseworkerId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedDraftsAsync(List<ApplicationUser> caseworkers, Dictionary<string, Actor> actors, CancellationToken cancellationToken)
    {
        // Plans still being drafted, a few already sent for sign-off, so the locality managers' queues have work in them.
        var drafts = GenerateDrafts(caseworkers, clock.GetUtcNow(), count: 24, seed: 2026).ToList();
        db.Plans.AddRange(drafts);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var caseworker in caseworkers)
        {
            foreach (var (plan, daysAgo) in drafts.Where(p => p.CaseworkerId == caseworker.Id).Take(3).Select((p, i) => (p, 2 + (i * 3))))
            {
                plan.SubmitDraft(DraftText(), null, actors[caseworker.Id], clock.GetUtcNow().AddDays(-daysAgo));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The plans issued over the last months (<see cref="AuthorityHistory"/>, at the <c>Demo:Months</c> and
    /// <c>Demo:PlansPerMonth</c> scale, a year of eight a month unless set), each taken through sign-off in
    /// the service as it would have gone: the caseworker submits the draft, the locality's manager grades it
    /// and signs it off on its issue date; about one in four goes round the return loop first (a second
    /// opinion by the QA lead, the agreed grade, a new version). Written in bulk: up to
    /// <see cref="PlansPerBatch"/> plans at a time, in four saves (the plans, their first drafts, the returns
    /// and second drafts, the sign-offs), since each step's drafts need their ids before they are graded.
    /// </summary>
    private async Task SeedHistoryAsync(List<ApplicationUser> caseworkers, Dictionary<string, Actor> caseworkerActors, CancellationToken cancellationToken)
    {
        // The history is graded on the version drafts are signed off against.
        var inUse = (await db.VersionForAsync(FrameworkPurpose.DraftSignOff, cancellationToken))?.Id;
        var framework = await db.FrameworkVersions
            .Include(v => v.GradeDescriptors)
            .Include(v => v.Sections).ThenInclude(s => s.Descriptors)
            .AsSplitQuery()
            .Where(v => v.Id == inUse)
            .FirstOrDefaultAsync(cancellationToken);
        if (framework is null)
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
        var scale = new AuthorityScale(
            configuration.GetValue("Demo:Months", AuthorityScale.Demo.Months),
            configuration.GetValue("Demo:PlansPerMonth", AuthorityScale.Demo.PlansPerMonth));
        var history = AuthorityHistory.Generate(scale, ServiceCalendar.DateOf(clock.GetUtcNow()), caseworkers.Count, seed: 2026);
        foreach (var batch in history.Chunk(PlansPerBatch))
        {
            var plans = batch.Select(story =>
            {
                var caseworker = caseworkers[story.Caseworker];
                var details = story.Details(caseworker.LocalityId ?? 1, caseworker.Id);
                var registeredAt = new DateTimeOffset(story.RequestDate.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
                var plan = Plan.Register(details, PlanStage.Draft, caseworker.Id, registeredAt);
                return (Story: story, Plan: plan, Steps: new HistoricSignOff(framework, caseworkerActors[caseworker.Id], managers[details.LocalityId], qaLead));
            }).ToList();
            db.Plans.AddRange(plans.Select(p => p.Plan));
            await db.SaveChangesAsync(cancellationToken);

            plans.ForEach(p => p.Steps.SubmitFirstDraft(p.Plan, p.Story));
            await db.SaveChangesAsync(cancellationToken);

            // Each step's drafts are saved before they are graded, so the gradings know their version.
            foreach (var (story, plan, steps) in plans.Where(p => p.Story.Returned is not null))
            {
                db.Gradings.AddRange(steps.GradeAndReturn(plan, story));
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (story, plan, steps) in plans)
            {
                db.Gradings.Add(steps.GradeAndSignOff(plan, story));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>How many plans of the history are written together: the demo's in one go, a benchmark's large history in parts.</summary>
    private const int PlansPerBatch = 2_000;

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

    /// <summary>Synthetic plans still being drafted, spread over caseworkers, ages, needs and settings.</summary>
    public static IEnumerable<Plan> GenerateDrafts(IReadOnlyList<ApplicationUser> caseworkers, DateTimeOffset now, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(caseworkers);
        var random = new Random(seed);
        var today = ServiceCalendar.DateOf(now);
        var needs = Enum.GetValues<NeedType>();
        var settings = Enum.GetValues<SettingType>();
        for (var i = 1; i <= count; i++)
        {
            var caseworker = caseworkers[i % caseworkers.Count];
            var requestDate = today.AddDays(-random.Next(7, 140));
            var details = new PlanDetails(
                Reference: $"EHC-{requestDate.Year}-{i:0000}",
                ChildIdentifier: $"{AuthorityHistory.Letters[random.Next(AuthorityHistory.Letters.Length)]}{AuthorityHistory.Letters[random.Next(AuthorityHistory.Letters.Length)]}",
                DateOfBirth: today.AddDays(-random.Next(2 * 365, 24 * 365)),
                PrimaryNeed: needs[random.Next(needs.Length)],
                Setting: settings[random.Next(settings.Length)],
                LocalityId: caseworker.LocalityId ?? 1,
                CaseworkerId: caseworker.Id,
                Cohorts: random.Next(8) == 0 ? VulnerableCohorts.ChildInCare : VulnerableCohorts.None,
                RequestDate: requestDate);
            yield return Plan.Register(details, PlanStage.Draft, caseworker.Id, now);
        }
    }
}

/// <param name="MonthsInPost">For a caseworker, how long before the seeding they started in post.</param>
public sealed record DemoUser(string Email, string DisplayName, string Role, Agency Agency, string? Locality, int? MonthsInPost = null);
