using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Moderation;

/// <summary>
/// How the authority runs its moderation sessions: the agencies a panel must include, the name the authority uses
/// for each agency (for example "Wirral Parent Carer Forum" for the parent carer forum), and the fewest plans a
/// session moderates. A QA lead sets it on a page; until then <see cref="Default"/> holds.
/// </summary>
public sealed record PanelRepresentation
{
    /// <summary>The longest name an authority may give an agency.</summary>
    public const int NameMaxLength = 100;

    /// <summary>The largest minimum number of plans a session may be set to need.</summary>
    public const int MinimumPlansLimit = 500;

    private readonly Dictionary<Agency, string> _names;

    public PanelRepresentation(IEnumerable<Agency> required, IReadOnlyDictionary<Agency, string>? names, int minimumPlans)
    {
        ArgumentNullException.ThrowIfNull(required);
        DomainRuleException.ThrowIfAny(MinimumPlansProblems(minimumPlans));
        var wanted = required.ToHashSet();
        Required = Enum.GetValues<Agency>().Where(wanted.Contains).ToList();
        _names = (names ?? new Dictionary<Agency, string>())
            .Where(n => Enum.IsDefined(n.Key) && !string.IsNullOrWhiteSpace(n.Value))
            .ToDictionary(n => n.Key, n => n.Value.Trim());
        DomainRuleException.ThrowIfAny(_names.SelectMany(n => NameProblems(n.Key, n.Value)));
        MinimumPlans = minimumPlans;
    }

    /// <summary>Today's representation (Wirral's: SEND management, health, social care, schools, parents and carers), the service's names, and sessions of any size.</summary>
    public static PanelRepresentation Default { get; } = new(PanelSession.DefaultRequiredAgencies, null, 1);

    /// <summary>The agencies every panel must include, in the service's order of agencies.</summary>
    public IReadOnlyList<Agency> Required { get; }

    /// <summary>The names the authority gives agencies, where it gives one of its own.</summary>
    public IReadOnlyDictionary<Agency, string> Names => _names;

    /// <summary>The fewest plans a session is set up to moderate.</summary>
    public int MinimumPlans { get; }

    /// <summary>The name the authority uses for the agency: its own, or the service's.</summary>
    public string NameOf(Agency agency) => _names.TryGetValue(agency, out var name) ? name : agency.Name();

    /// <summary>
    /// The agencies a session at <paramref name="level"/> must include: the authority's list for panels and leadership
    /// dip samples; none for peer moderation, where caseworkers moderate one another's plans.
    /// </summary>
    public IReadOnlyList<Agency> RequiredAt(PanelLevel level) => level == PanelLevel.PeerModeration ? [] : Required;

    /// <summary>Every rule an agency's name breaks; none when it can be kept (no name at all is fine: the service's is used).</summary>
    public static IEnumerable<Problem> NameProblems(Agency agency, string? name)
    {
        if (name?.Trim().Length > NameMaxLength)
        {
            yield return new("Name", $"The name for {agency.Name()} must be {NameMaxLength} characters or fewer");
        }
    }

    /// <summary>Every rule the minimum number of plans breaks.</summary>
    public static IEnumerable<Problem> MinimumPlansProblems(int minimumPlans)
    {
        if (minimumPlans is < 1 or > MinimumPlansLimit)
        {
            yield return new(nameof(MinimumPlans), $"The fewest plans a session moderates must be a whole number from 1 to {MinimumPlansLimit}");
        }
    }

    public bool Equals(PanelRepresentation? other) =>
        other is not null && MinimumPlans == other.MinimumPlans && Required.SequenceEqual(other.Required)
        && _names.Count == other._names.Count && _names.All(n => other._names.TryGetValue(n.Key, out var name) && name == n.Value);

    public override int GetHashCode() => HashCode.Combine(MinimumPlans, Required.Count, _names.Count);
}

/// <summary>The name an authority gives one agency, in a setting of its panel representation.</summary>
public sealed record AgencyName(Agency Agency, string Name);

/// <summary>One setting of the panel representation: what was set, by whom and when. Settings are kept, never changed; the latest is in force.</summary>
public sealed class PanelRepresentationChange : IKeptSetting
{
    public const int MaxAgenciesLength = 400;

    private readonly List<AgencyName> _names = [];

    private PanelRepresentationChange()
    {
        RequiredAgencies = string.Empty;
        ChangedBy = string.Empty;
    }

    private PanelRepresentationChange(PanelRepresentation representation, string changedBy, DateTimeOffset changedAt)
    {
        RequiredAgencies = string.Join(',', representation.Required);
        _names = representation.Names.OrderBy(n => n.Key).Select(n => new AgencyName(n.Key, n.Value)).ToList();
        MinimumPlans = representation.MinimumPlans;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }

    /// <summary>The required agencies' stored names, separated by commas.</summary>
    public string RequiredAgencies { get; private set; }

    /// <summary>The names the authority gives agencies, where it gives one.</summary>
    public IReadOnlyList<AgencyName> Names => _names;

    public int MinimumPlans { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public PanelRepresentation Representation => new(
        RequiredAgencies.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => Enum.TryParse<Agency>(a, out var agency) ? agency : (Agency?)null).OfType<Agency>(),
        _names.ToDictionary(n => n.Agency, n => n.Name),
        MinimumPlans);

    /// <summary>
    /// Sets the representation from now on. <paramref name="readFrom"/> is the setting in force when the person read the
    /// page (null when none had been made): a newer one means someone else changed it meanwhile, and the change is
    /// refused rather than made over theirs.
    /// </summary>
    /// <exception cref="DomainRuleException">Someone else changed the representation meanwhile.</exception>
    public static PanelRepresentationChange Make(PanelRepresentation representation, int? readFrom, PanelRepresentationChange? latest, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(representation);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        KeptSetting.RefuseIfChangedMeanwhile(readFrom, latest, "the panel representation", "the setting", "make");

        return new PanelRepresentationChange(representation, byUserId, at);
    }
}
