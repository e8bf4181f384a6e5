using EhcpQa.Domain.Frameworks.Forms;

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

    /// <summary>The newest published version not retired: the one a revision copies.</summary>
    public FrameworkVersion? CurrentVersion =>
        _versions.Where(v => v.IsPublished && !v.IsRetired).OrderByDescending(v => v.Number).FirstOrDefault();

    /// <summary>The version still being written, if there is one: a framework has at most one draft at a time.</summary>
    public FrameworkVersion? Draft => _versions.FirstOrDefault(v => !v.IsPublished);

    /// <summary>A new framework whose first version, a draft, is the given form (for example a file a QA lead imported).</summary>
    public static Framework FromForm(FrameworkForm form, string? byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(form);
        var framework = new Framework(form.Key, form.Name);
        framework.AddDraft(form, byUserId, at);
        return framework;
    }

    /// <summary>
    /// Adds the given form (for example an imported file) as the next version, a draft. The form must keep
    /// every rule of a form, be for this framework, and the framework must have no other draft.
    /// </summary>
    public FrameworkVersion AddDraft(FrameworkForm form, string? byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!string.Equals(form.Key, Key, StringComparison.Ordinal))
        {
            throw new DomainRuleException($"The form is for the framework \"{form.Key}\", not \"{Key}\".");
        }

        EnsureNoDraft();
        var version = FrameworkVersion.FromForm(this, NextNumber, form, byUserId, at);
        _versions.Add(version);
        return version;
    }

    /// <summary>Throws away a draft: it was never published, so nothing has used it.</summary>
    public void Discard(FrameworkVersion draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!_versions.Contains(draft))
        {
            throw new DomainRuleException("That version belongs to another framework.");
        }

        if (draft.IsPublished)
        {
            throw new DomainRuleException($"Version {draft.Number} has been published, so it is kept for good. Retire it instead.");
        }

        _versions.Remove(draft);
    }

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
    /// Starts a revision: a new draft version holding a copy of the current version's form under a new
    /// title. The older version stays exactly as it is, so gradings made against it keep showing what they used.
    /// </summary>
    public FrameworkVersion Revise(string title, string? byUserId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        EnsureNoDraft();
        var current = CurrentVersion ?? throw new DomainRuleException("There is no published version to revise.");
        return AddDraft(current.WholeForm() with { Title = title.Trim() }, byUserId, at);
    }

    private int NextNumber => _versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1;

    private void EnsureNoDraft()
    {
        if (Draft is { } draft)
        {
            throw new DomainRuleException($"Version {draft.Number} is still a draft. Publish or discard it before starting another version.");
        }
    }
}
