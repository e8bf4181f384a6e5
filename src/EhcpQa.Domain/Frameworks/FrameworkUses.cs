using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Domain.Frameworks;

/// <summary>
/// The authority's choice of framework version for each purpose (draft sign-off, moderation, advice QA,
/// the family survey), each choice recorded with who made it and when, and every change kept. A version in
/// use for a purpose cannot be retired until another takes its place.
/// </summary>
public sealed class FrameworkUses
{
    private readonly List<FrameworkUse> _uses = [];

    public int Id { get; private set; }

    public IReadOnlyList<FrameworkUse> Uses => _uses;

    /// <summary>The id of the version the purpose uses; null while none is chosen.</summary>
    public int? VersionFor(FrameworkPurpose purpose) => Current(purpose)?.FrameworkVersionId;

    /// <summary>The choice in force for the purpose: the latest made.</summary>
    public FrameworkUse? Current(FrameworkPurpose purpose) =>
        _uses.Where(u => u.Purpose == purpose).MaxBy(u => u.Sequence);

    public bool IsInUse(FrameworkVersion version) => FrameworkPurposes.All.Any(p => VersionFor(p) == version.Id);

    /// <summary>
    /// Sets the version a purpose uses from now on. It must be published, not retired, and assess the
    /// purpose's document; for grading plans it must be one the grading pages can grade.
    /// </summary>
    /// <param name="byUserId">Who chose it; null when the service chose the version it ships with at first start.</param>
    public FrameworkUse Use(FrameworkPurpose purpose, FrameworkVersion version, string? byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(version);
        DomainRuleException.ThrowIfAny(ProblemsWith(purpose, version));
        var use = new FrameworkUse(_uses.Count == 0 ? 1 : _uses.Max(u => u.Sequence) + 1, purpose, version.Id, byUserId, at);
        _uses.Add(use);
        return use;
    }

    /// <summary>
    /// Makes the choices given for each purpose at once, or none of them if any is refused. A purpose given
    /// the version it already uses is left as it is; one given no version must not have one already.
    /// </summary>
    public IReadOnlyList<FrameworkUse> Choose(IReadOnlyDictionary<FrameworkPurpose, FrameworkVersion?> choices, string? byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var problems = new List<Problem>();
        foreach (var (purpose, version) in choices)
        {
            if (version is null)
            {
                if (VersionFor(purpose) is not null)
                {
                    problems.Add(new(purpose.ToString(), $"Choose the version {purpose.Name().ToLowerInvariant()} uses: it cannot be left without one"));
                }
            }
            else if (VersionFor(purpose) != version.Id)
            {
                problems.AddRange(ProblemsWith(purpose, version));
            }
        }

        DomainRuleException.ThrowIfAny(problems);
        return choices
            .Where(c => c.Value is not null && VersionFor(c.Key) != c.Value.Id)
            .OrderBy(c => c.Key)
            .Select(c => Use(c.Key, c.Value!, byUserId, at))
            .ToList();
    }

    /// <summary>Every reason <see cref="Use"/> would refuse the version for the purpose, keyed by the purpose.</summary>
    public static IEnumerable<Problem> ProblemsWith(FrameworkPurpose purpose, FrameworkVersion version)
    {
        var field = purpose.ToString();
        if (!Enum.IsDefined(purpose))
        {
            yield return new(field, "Choose a purpose");
            yield break;
        }

        if (!version.IsPublished)
        {
            yield return new(field, $"Version {version.Number} of {version.Framework.Name} is a draft: publish it first");
        }
        else if (version.IsRetired)
        {
            yield return new(field, $"Version {version.Number} of {version.Framework.Name} has been retired");
        }

        var assesses = version.Form?.Assesses ?? AssessedDocument.Plan;
        if (assesses != purpose.Assesses())
        {
            yield return new(field, $"{purpose.Name()} needs a form that assesses {Describe(purpose.Assesses())}; {version.Framework.Name} assesses {Describe(assesses)}");
        }
    }

    /// <summary>Retires a version, refusing while any purpose still uses it.</summary>
    public void Retire(FrameworkVersion version, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(version);
        var purposes = FrameworkPurposes.All.Where(p => VersionFor(p) == version.Id).ToList();
        if (purposes.Count > 0)
        {
            throw new DomainRuleException(
                $"Version {version.Number} is in use for {string.Join(" and ", purposes.Select(p => p.Name().ToLowerInvariant()))}. Choose another version for it first.");
        }

        version.Retire(at, byUserId);
    }

    private static string Describe(AssessedDocument document) => document switch
    {
        AssessedDocument.Advice => "professional advice",
        AssessedDocument.FamilySurvey => "a family's survey answers",
        _ => "plans",
    };
}

/// <summary>One choice of version for a purpose: who made it and when. Choices are never changed, only followed by newer ones.</summary>
public sealed class FrameworkUse
{
    private FrameworkUse()
    {
    }

    internal FrameworkUse(int sequence, FrameworkPurpose purpose, int frameworkVersionId, string? chosenBy, DateTimeOffset chosenAt)
    {
        Sequence = sequence;
        Purpose = purpose;
        FrameworkVersionId = frameworkVersionId;
        ChosenBy = chosenBy;
        ChosenAt = chosenAt;
    }

    public int Id { get; private set; }

    /// <summary>The order choices were made in: the highest for a purpose is in force.</summary>
    public int Sequence { get; private set; }

    public FrameworkPurpose Purpose { get; private set; }

    public int FrameworkVersionId { get; private set; }

    /// <summary>Who chose it; null when the service chose the version it ships with.</summary>
    public string? ChosenBy { get; private set; }

    public DateTimeOffset ChosenAt { get; private set; }
}
