namespace EhcpQa.Domain.Frameworks;

/// <summary>
/// A QA framework an authority uses (for example the Wirral / Shropshire framework). Its content lives
/// in versions; a version that has been used for a grading never changes again.
/// </summary>
public sealed class Framework
{
    private readonly List<FrameworkVersion> _versions = [];

    private Framework()
    {
        Key = string.Empty;
        Name = string.Empty;
    }

    public Framework(string key, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Key = key.Trim();
        Name = name.Trim();
    }

    public int Id { get; private set; }

    /// <summary>A stable, short identifier used by data files (e.g. "wirral-shropshire").</summary>
    public string Key { get; private set; }

    public string Name { get; private set; }

    public IReadOnlyList<FrameworkVersion> Versions => _versions;

    /// <summary>The newest published version: the one new gradings are made against.</summary>
    public FrameworkVersion? CurrentVersion =>
        _versions.Where(v => v.IsPublished).OrderByDescending(v => v.Number).FirstOrDefault();

    /// <summary>Starts the first version of this framework, as a draft.</summary>
    public FrameworkVersion StartFirstVersion(string title, string source, ScoringScheme scheme)
    {
        if (_versions.Count > 0)
        {
            throw new DomainRuleException("This framework already has a version. Revise the current version instead.");
        }

        var version = new FrameworkVersion(this, 1, title, source, scheme);
        _versions.Add(version);
        return version;
    }

    /// <summary>
    /// Starts a revision: a new draft version holding a copy of the newest version's content. The older
    /// version stays exactly as it is, so gradings made against it keep showing what they used.
    /// </summary>
    public FrameworkVersion Revise(string title)
    {
        var latest = _versions.OrderByDescending(v => v.Number).FirstOrDefault()
            ?? throw new DomainRuleException("There is no version to revise.");
        if (!latest.IsPublished)
        {
            throw new DomainRuleException($"Version {latest.Number} is still a draft. Finish and publish it before starting another revision.");
        }

        var revision = latest.CopyAsDraft(latest.Number + 1, title);
        _versions.Add(revision);
        return revision;
    }
}
