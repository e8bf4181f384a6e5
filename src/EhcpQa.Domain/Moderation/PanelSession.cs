using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Moderation;

/// <summary>The level of quality assurance a moderation session serves.</summary>
public enum PanelLevel
{
    /// <summary>Level 3: managers moderate a monthly dip sample, to check consistency between localities.</summary>
    LeadershipDipSample = 1,

    /// <summary>Level 4: a multi-agency panel moderates newly finalised plans.</summary>
    MultiAgencyPanel,

    /// <summary>Caseworkers moderate one another's finalised plans (never their own), through the same pages as any panel.</summary>
    PeerModeration,
}

/// <summary>A member of a panel session and the agency they represent there.</summary>
public sealed record PanelMember(string UserId, Agency Agency);

/// <summary>One plan of the session's sample given to one moderator.</summary>
public sealed record PanelAssignment(int PlanId, string ModeratorId);

/// <summary>A plan of the session's sample as assigning reads it: the plan and its caseworker, who never moderates it.</summary>
public sealed record SessionPlan(int PlanId, string CaseworkerId)
{
    public static SessionPlan Of(Plans.Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Id, plan.CaseworkerId);
    }
}

/// <summary>
/// A moderation session: its date, level and theme, the dip sample it moderates, its members (checked
/// against the representation the authority requires) and which moderator grades which plan. Each plan
/// goes to at least two moderators, from different agencies where the membership allows, with the work
/// spread evenly.
/// </summary>
public sealed partial class PanelSession
{
    public const int DefaultModeratorsPerPlan = 2;

    /// <summary>The representation an authority requires by default (Wirral: SEND management, health, social care, schools, parents and carers).</summary>
    public static IReadOnlyList<Agency> DefaultRequiredAgencies { get; } =
        [Agency.SendTeam, Agency.Health, Agency.SocialCare, Agency.EducationSetting, Agency.ParentCarerForum];

    private readonly List<PanelMember> _members = [];
    private readonly List<PanelAssignment> _assignments = [];

    private PanelSession()
    {
        ChairId = string.Empty;
        CreatedById = string.Empty;
    }

    public int Id { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public PanelLevel Level { get; private set; }

    /// <summary>The session's focus, for example "Children in care" or "Post-16"; null when there is none.</summary>
    public string? Theme { get; private set; }

    public int DipSampleId { get; private set; }

    /// <summary>Who chairs the session and records its agreed grades.</summary>
    public string ChairId { get; private set; }

    public IReadOnlyList<PanelMember> Members => _members;

    public IReadOnlyList<PanelAssignment> Assignments => _assignments;

    public string CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The longest theme a session may have.</summary>
    public const int ThemeMaxLength = 200;

    /// <summary>Every rule a session's theme breaks; none when it can be recorded (a session need not have one).</summary>
    public static IEnumerable<Problem> ThemeProblems(string? theme)
    {
        if (theme?.Trim().Length > ThemeMaxLength)
        {
            yield return new(nameof(Theme), $"The theme must be {ThemeMaxLength} characters or fewer");
        }
    }

    public static PanelSession Plan(
        DateOnly heldOn, PanelLevel level, string? theme, int dipSampleId, string chairId, string byUserId, DateTimeOffset at, bool showsAdvice = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chairId);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        if (!Enum.IsDefined(level))
        {
            throw new DomainRuleException("Choose the level of the session.");
        }

        DomainRuleException.ThrowIfAny(ThemeProblems(theme));

        return new PanelSession
        {
            HeldOn = heldOn,
            Level = level,
            Theme = string.IsNullOrWhiteSpace(theme) ? null : theme.Trim(),
            DipSampleId = dipSampleId,
            ChairId = chairId,
            CreatedById = byUserId,
            CreatedAt = at,
            ShowsAdvice = showsAdvice,
        };
    }

    /// <summary>Every rule that stops a session being set up on a sample of <paramref name="samplePlans"/> plans: fewer than the authority's minimum.</summary>
    public static IEnumerable<Problem> SampleProblems(int samplePlans, int minimumPlans)
    {
        if (samplePlans < minimumPlans)
        {
            yield return new(nameof(DipSampleId),
                $"The sample has {Plural(samplePlans)}: a session moderates at least {Plural(minimumPlans)}. Add plans to the sample or choose another");
        }
    }

    /// <summary>
    /// Sets up a session to moderate <paramref name="sample"/>'s plans, which must number at least the authority's
    /// minimum (<see cref="PanelRepresentation.MinimumPlans"/>).
    /// </summary>
    public static PanelSession PlanFor(
        Sampling.DipSample sample,
        PanelRepresentation representation,
        DateOnly heldOn,
        PanelLevel level,
        string? theme,
        string chairId,
        string byUserId,
        DateTimeOffset at,
        bool showsAdvice = false)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(representation);
        DomainRuleException.ThrowIfAny(SampleProblems(sample.Items.Count, representation.MinimumPlans));
        return Plan(heldOn, level, theme, sample.Id, chairId, byUserId, at, showsAdvice);
    }

    private static string Plural(int plans) => plans == 1 ? "1 plan" : $"{plans} plans";

    /// <summary>The agencies the authority requires that no member represents.</summary>
    public IReadOnlyList<Agency> MissingAgencies(IEnumerable<Agency> required) =>
        required.Distinct().Where(a => _members.All(m => m.Agency != a)).ToList();

    /// <summary>The agencies the authority's representation requires at the session's level that no member represents.</summary>
    public IReadOnlyList<Agency> MissingAgencies(PanelRepresentation representation)
    {
        ArgumentNullException.ThrowIfNull(representation);
        return MissingAgencies(representation.RequiredAt(Level));
    }

    public void AddMember(string userId, Agency agency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (!Enum.IsDefined(agency))
        {
            throw new DomainRuleException("Choose the agency the member represents.");
        }

        if (_members.Any(m => m.UserId == userId))
        {
            throw new DomainRuleException("This person is already a member of the session.");
        }

        _members.Add(new PanelMember(userId, agency));
    }

    /// <summary>
    /// Whether moderation has begun in the session: a moderator has started a grading of one of its plans. From then on
    /// who moderates what is settled: members are not removed and plans are not reassigned.
    /// </summary>
    public bool HasModerationBegun(IEnumerable<Grading> sessionGradings)
    {
        ArgumentNullException.ThrowIfNull(sessionGradings);
        return sessionGradings.Any(g => g.PanelSessionId == Id && g.Purpose == GradingPurpose.Moderation);
    }

    private void RefuseOnceModerationHasBegun(IEnumerable<Grading> sessionGradings, string what)
    {
        if (HasModerationBegun(sessionGradings))
        {
            throw new DomainRuleException($"Moderation has started in this session, so {what}: who moderates which plan is settled once a moderator has started a grading.");
        }
    }

    /// <summary>Removes a member who has no plans assigned, while moderation has not begun.</summary>
    public void RemoveMember(string userId, IEnumerable<Grading> sessionGradings)
    {
        if (_members.All(m => m.UserId != userId))
        {
            throw new DomainRuleException("This person is not a member of the session: they may have been removed already.");
        }

        RefuseOnceModerationHasBegun(sessionGradings, "members can no longer be removed");
        if (_assignments.Any(a => a.ModeratorId == userId))
        {
            throw new DomainRuleException("This member has plans assigned: give them to someone else first.");
        }

        _members.RemoveAll(m => m.UserId == userId);
    }

    /// <summary>Gives one plan to one member; each plan goes to a member once, and never to its own caseworker.</summary>
    public void Assign(SessionPlan plan, string moderatorId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (_members.All(m => m.UserId != moderatorId))
        {
            throw new DomainRuleException("Plans are assigned only to members of the session.");
        }

        if (plan.CaseworkerId == moderatorId)
        {
            throw new DomainRuleException("A plan is never moderated by its own caseworker: give it to another member.");
        }

        if (_assignments.Any(a => a.PlanId == plan.PlanId && a.ModeratorId == moderatorId))
        {
            throw new DomainRuleException("This plan is already assigned to this member.");
        }

        _assignments.Add(new PanelAssignment(plan.PlanId, moderatorId));
    }

    public void Unassign(int planId, string moderatorId) =>
        _assignments.RemoveAll(a => a.PlanId == planId && a.ModeratorId == moderatorId);

    /// <summary>
    /// Gives a plan one member had to another member, while moderation has not begun: the plan must be
    /// assigned to <paramref name="fromId"/>, and goes to a member who does not have it yet and is not its caseworker.
    /// </summary>
    public void Reassign(SessionPlan plan, string fromId, string toId, IEnumerable<Grading> sessionGradings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        RefuseOnceModerationHasBegun(sessionGradings, "plans can no longer be reassigned");
        if (!IsAssigned(plan.PlanId, fromId))
        {
            throw new DomainRuleException("This plan is not assigned to that member: the page may be out of date.");
        }

        if (fromId == toId)
        {
            throw new DomainRuleException("Choose a different member to give the plan to.");
        }

        Assign(plan, toId);
        Unassign(plan.PlanId, fromId);
    }

    /// <summary>
    /// Assigns every plan to <paramref name="moderatorsPerPlan"/> members (or all who may moderate it, when fewer),
    /// keeping earlier assignments; a plan's own caseworker is skipped. For each place it weighs two aims: a member
    /// from an agency the plan does not have yet, and an even workload. A member of a new agency is chosen unless
    /// they already have more than one plan more than the least-loaded alternative. Ties go to the member listed
    /// first, so the same session always assigns the same way.
    /// </summary>
    public void AssignEvenly(IReadOnlyList<SessionPlan> plans, int moderatorsPerPlan = DefaultModeratorsPerPlan)
    {
        ArgumentNullException.ThrowIfNull(plans);
        if (moderatorsPerPlan < 1)
        {
            throw new DomainRuleException("Each plan needs at least one moderator.");
        }

        if (_members.Count == 0)
        {
            throw new DomainRuleException("Add the session's members before assigning plans.");
        }

        var load = _members.ToDictionary(m => m.UserId, m => _assignments.Count(a => a.ModeratorId == m.UserId));
        var order = _members.Select((m, i) => (m.UserId, i)).ToDictionary(x => x.UserId, x => x.i);
        foreach (var plan in plans.DistinctBy(p => p.PlanId))
        {
            var eligible = _members.Where(m => m.UserId != plan.CaseworkerId).ToList();
            var onPlan = _assignments.Where(a => a.PlanId == plan.PlanId).Select(a => a.ModeratorId).ToHashSet();
            while (onPlan.Count < Math.Min(moderatorsPerPlan, eligible.Count) && eligible.Exists(m => !onPlan.Contains(m.UserId)))
            {
                var agencies = _members.Where(m => onPlan.Contains(m.UserId)).Select(m => m.Agency).ToHashSet();
                var next = eligible
                    .Where(m => !onPlan.Contains(m.UserId))
                    .OrderBy(m => (2 * load[m.UserId]) + (agencies.Contains(m.Agency) ? 3 : 0))
                    .ThenBy(m => order[m.UserId])
                    .First();
                _assignments.Add(new PanelAssignment(plan.PlanId, next.UserId));
                onPlan.Add(next.UserId);
                load[next.UserId]++;
            }
        }
    }

    public IReadOnlyList<int> PlansOf(string moderatorId) =>
        _assignments.Where(a => a.ModeratorId == moderatorId).Select(a => a.PlanId).ToList();

    public bool IsAssigned(int planId, string moderatorId) =>
        _assignments.Any(a => a.PlanId == planId && a.ModeratorId == moderatorId);

    #region Learning: the session's themes and summary of learning

    private readonly List<SessionTheme> _themes = [];
    private readonly List<LearningEntry> _learning = [];

    /// <summary>The strengths and areas for improvement the session found, in the order they were recorded.</summary>
    public IReadOnlyList<SessionTheme> Themes => _themes;

    /// <summary>The rows of the session's summary of learning, in the order they were recorded.</summary>
    public IReadOnlyList<LearningEntry> Learning => _learning;

    /// <summary>Records a strength or an area for improvement against a section of the plan and the agency that raised it.</summary>
    public SessionTheme RecordTheme(ThemeKind kind, Frameworks.SectionCode section, Agency raisedBy, string text, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(SessionTheme.Problems(kind, section, raisedBy, text));
        var theme = new SessionTheme(kind, section, raisedBy, text.Trim(), byUserId, at);
        _themes.Add(theme);
        return theme;
    }

    public void RemoveTheme(int themeId)
    {
        var theme = _themes.Find(t => t.Id == themeId)
            ?? throw new DomainRuleException("This theme is not recorded for the session: it may have been removed already.");
        _themes.Remove(theme);
    }

    /// <summary>The themes grouped by section, in the order sections appear in a plan (the plan overall last), strengths first.</summary>
    public IReadOnlyList<SectionThemes> ThemesBySection() =>
        Frameworks.PlanSections.All
            .Where(s => _themes.Exists(t => t.Section == s.Code))
            .Select(s => new SectionThemes(
                s.Code,
                _themes.Where(t => t.Section == s.Code && t.Kind == ThemeKind.Strength).ToList(),
                _themes.Where(t => t.Section == s.Code && t.Kind == ThemeKind.AreaForImprovement).ToList()))
            .ToList();

    /// <summary>Adds a row to the summary of learning: the area, and at least one of feedback, learning and learning from tribunals.</summary>
    public LearningEntry RecordLearning(string area, string? feedback, string? learning, string? fromTribunals, string byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        DomainRuleException.ThrowIfAny(LearningEntry.Problems(area, feedback, learning, fromTribunals));
        var entry = new LearningEntry(area.Trim(), TidyLearningText(feedback), TidyLearningText(learning), TidyLearningText(fromTribunals), byUserId, at);
        _learning.Add(entry);
        return entry;
    }

    public void RemoveLearning(int entryId)
    {
        var entry = _learning.Find(e => e.Id == entryId)
            ?? throw new DomainRuleException("This row is not in the session's summary of learning: it may have been removed already.");
        _learning.Remove(entry);
    }


    private static string? TidyLearningText(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    #endregion
}
