using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Web.Persistence.Seeding;

/// <summary>How much history to make: whole months ending with the month before "today", and plans issued in each.</summary>
public sealed record AuthorityScale(int Months, int PlansPerMonth)
{
    /// <summary>The demo: a year of a small authority, enough for believable dashboards and a dip sample each month.</summary>
    public static AuthorityScale Demo { get; } = new(12, 8);

    /// <summary>The benchmarks' large authority: 10 years of 2,000 plans a month (with re-grades, about 2,500 decisive grades a month).</summary>
    public static AuthorityScale LargeAuthority { get; } = new(120, 2_000);
}

/// <summary>
/// One synthetic plan issued in the history, and how its sign-off went: the first draft graded below Good,
/// given a second opinion and returned (about one in four), then the final draft signed off at Good or
/// Outstanding; each section's grade as the grader gave it. No real child is described.
/// </summary>
public sealed record HistoricPlan(
    int Number,
    int Caseworker,
    DateOnly DateOfBirth,
    NeedType Need,
    SettingType Setting,
    VulnerableCohorts Cohorts,
    DateOnly RequestDate,
    DateOnly IssuedOn,
    bool Amended,
    HistoricGrading? Returned,
    HistoricGrading SignedOff)
{
    public PlanDetails Details(int localityId, string caseworkerId) => new(
        Reference: $"EHC-{RequestDate.Year}-{Number:000000}",
        ChildIdentifier: $"{AuthorityHistory.Letters[Number % AuthorityHistory.Letters.Length]}{AuthorityHistory.Letters[Number / 7 % AuthorityHistory.Letters.Length]}",
        DateOfBirth: DateOfBirth,
        PrimaryNeed: Need,
        Setting: Setting,
        LocalityId: localityId,
        CaseworkerId: caseworkerId,
        Cohorts: Cohorts,
        RequestDate: RequestDate);
}

/// <summary>A grading in the history: the overall grade and each statutory section's grade.</summary>
public sealed record HistoricGrading(Grade Overall, IReadOnlyDictionary<SectionCode, Grade> Sections);

/// <summary>
/// Makes the history of an authority's plans, month by month, from a fixed seed: the same generator seeds
/// the demo (a year, a few plans a month) and the benchmarks' large authority (10 years, thousands a
/// month), so the demo's dashboards show what the benchmarks measure, only smaller.
/// </summary>
public static class AuthorityHistory
{
    internal const string Letters = "ABCDEFGHJKLMNPRSTW";

    /// <param name="scale">How many months, and plans issued in each.</param>
    /// <param name="today">The months end with the one before this date's month.</param>
    /// <param name="caseworkers">How many caseworkers share the plans (plan n goes to caseworker n mod this).</param>
    /// <param name="seed">The same seed makes the same history.</param>
    public static IEnumerable<HistoricPlan> Generate(AuthorityScale scale, DateOnly today, int caseworkers, int seed)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentOutOfRangeException.ThrowIfLessThan(caseworkers, 1);
        var random = new SeededRandom(seed);
        var needs = Enum.GetValues<NeedType>();
        var settings = Enum.GetValues<SettingType>();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var number = 0;
        for (var m = scale.Months; m >= 1; m--)
        {
            var month = thisMonth.AddMonths(-m);
            var days = month.AddMonths(1).DayNumber - month.DayNumber;
            for (var i = 0; i < scale.PlansPerMonth; i++)
            {
                number++;
                var issuedOn = month.AddDays(random.Next(days));
                var requestDate = issuedOn.AddDays(-random.Next(98, 150));
                var cohorts = VulnerableCohorts.None;
                if (random.Next(8) == 0)
                {
                    cohorts |= VulnerableCohorts.ChildInCare;
                }

                if (random.Next(15) == 0)
                {
                    cohorts |= VulnerableCohorts.ChildProtection;
                }

                var ageInDays = random.Next(2 * 365, 24 * 365);
                if (ageInDays > 10 * 365 && random.Next(25) == 0)
                {
                    cohorts |= VulnerableCohorts.YouthJustice;
                }

                var returned = number % 4 == 2 ? Grading(random, random.Next(5) == 0 ? Grade.Inadequate : Grade.RequiresImprovement) : null;
                var signedOff = Grading(random, random.Next(5) == 0 ? Grade.Outstanding : Grade.Good);
                yield return new HistoricPlan(
                    number,
                    number % caseworkers,
                    requestDate.AddDays(-ageInDays),
                    needs[random.Next(needs.Length)],
                    settings[random.Next(settings.Length)],
                    cohorts,
                    requestDate,
                    issuedOn,
                    Amended: random.Next(4) == 0 && issuedOn < thisMonth.AddMonths(-1),
                    returned,
                    signedOff);
            }
        }
    }

    /// <summary>Section grades that fit the overall grade: mostly at it, some a grade better, a few a grade worse (never worse than it for Outstanding).</summary>
    private static HistoricGrading Grading(SeededRandom random, Grade overall)
    {
        var sections = new Dictionary<SectionCode, Grade>();
        foreach (var section in PlanSections.Statutory)
        {
            var roll = random.Next(10);
            var value = roll switch
            {
                < 6 => overall.Value,
                < 9 => overall.Value - 1,
                _ => overall.Value + 1,
            };
            sections[section.Code] = Grade.FromValue(Math.Clamp(value, 1, overall == Grade.Outstanding ? 2 : 4));
        }

        return new HistoricGrading(overall, sections);
    }
}

/// <summary>
/// Takes a <see cref="HistoricPlan"/> through sign-off in the service, step by step with the domain's own
/// operations (the caller saves between steps, so versions have ids before they are graded): the demo
/// saves every step to the database; the benchmarks run the same steps in memory.
/// </summary>
public sealed class HistoricSignOff(FrameworkVersion framework, Actor caseworker, Actor manager, Actor secondOpinion)
{
    public const string ReturnNote = "Make the provision in section F specific and quantified.";

    /// <summary>Noon on the day the plan was issued.</summary>
    public static DateTimeOffset IssuedAt(HistoricPlan story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new(story.IssuedOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }

    /// <summary>The first draft: a month before issue when it is to be returned, else 12 days before.</summary>
    public void SubmitFirstDraft(Plan plan, HistoricPlan story)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.SubmitDraft(DemoData.DraftText(), null, caseworker, IssuedAt(story).AddDays(story.Returned is null ? -12 : -30));
    }

    /// <summary>For a plan that went round the loop: graded below Good, a second opinion, the agreed grade, returned, and the new draft sent.</summary>
    /// <returns>The three gradings.</returns>
    public IReadOnlyList<Grading> GradeAndReturn(Plan plan, HistoricPlan story)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(story);
        if (story.Returned is not { } returned)
        {
            return [];
        }

        var at = IssuedAt(story);
        var gradings = new[]
        {
            Grade(plan, manager, returned, at.AddDays(-27)),
            Grade(plan, secondOpinion, returned, at.AddDays(-26)),
            Grade(plan, manager, returned, at.AddDays(-25)),
        };
        plan.Return(manager, ReturnNote, at.AddDays(-25));
        plan.SubmitDraft(DemoData.DraftText(), null, caseworker, at.AddDays(-12));
        return gradings;
    }

    /// <summary>Grades the final draft and signs it off on the issue date (amending it the next day where the story says so).</summary>
    public Grading GradeAndSignOff(Plan plan, HistoricPlan story)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(story);
        var at = IssuedAt(story);
        var grading = Grade(plan, manager, story.SignedOff, at.AddDays(-3));
        plan.SignOff(manager, null, at);
        if (story.Amended)
        {
            plan.Amend(plan.CaseworkerId, at.AddDays(1));
        }

        return grading;
    }

    /// <summary>
    /// Starts the grading the plan's current draft needs next, answers every descriptor yes, grades each
    /// section and the plan overall as the story says (with a reason where that differs from the
    /// suggestion), and submits an hour later.
    /// </summary>
    private Grading Grade(Plan plan, Actor grader, HistoricGrading story, DateTimeOffset at)
    {
        var grading = plan.StartGrading(grader, framework, at);
        foreach (var part in framework.Sections.Where(s => s.Code != SectionCode.Overall))
        {
            var answers = part.Descriptors.ToDictionary(d => d.Number, _ => DescriptorAnswer.Yes);
            var grade = story.Sections.TryGetValue(part.Code, out var given) ? given : grading.SuggestionFor(framework, part.Code, answers);
            Judge(grading, part.Code, answers, grade, at);
        }

        var overallAnswers = framework.Section(SectionCode.Overall).Descriptors.ToDictionary(d => d.Number, _ => DescriptorAnswer.Yes);
        Judge(grading, SectionCode.Overall, overallAnswers, story.Overall, at);
        plan.SubmitGrading(grading, framework, null, grader, at.AddHours(1));
        return grading;
    }

    private void Judge(Grading grading, SectionCode section, Dictionary<int, DescriptorAnswer> answers, Grade grade, DateTimeOffset at)
    {
        var suggested = grading.SuggestionFor(framework, section, answers);
        grading.Judge(framework, section, answers, grade,
            new SectionCommentary(
                Strengths: grade.IsAtLeastGood ? "Clear and specific." : null,
                AreasForImprovement: grade.IsAtLeastGood ? null : "The provision is not specific or quantified.",
                OverrideReason: grade == suggested ? null : "The grader weighed the section as a whole."),
            at);
    }
}
