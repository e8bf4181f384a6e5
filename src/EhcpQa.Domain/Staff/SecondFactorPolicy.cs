namespace EhcpQa.Domain.Staff;

/// <summary>
/// Which roles must sign in with a second factor (an authenticator app) besides their password. Every role must
/// by default; an administrator may exempt roles, and a person needs one when any role they hold is not exempt.
/// </summary>
public sealed record SecondFactorPolicy
{
    public SecondFactorPolicy(IEnumerable<string> rolesExempt)
    {
        ArgumentNullException.ThrowIfNull(rolesExempt);
        RolesExempt = rolesExempt.Where(StaffRole.All.Contains).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every role must use a second factor: the policy until an administrator sets another.</summary>
    public static SecondFactorPolicy Default { get; } = new([]);

    /// <summary>The roles that may sign in with a password alone (only roles the service knows).</summary>
    public IReadOnlySet<string> RolesExempt { get; }

    /// <summary>The roles that must use a second factor, in the service's order of roles.</summary>
    public IReadOnlyList<string> RolesRequired => StaffRole.All.Where(r => !RolesExempt.Contains(r)).ToList();

    /// <summary>Whether someone holding these roles must use a second factor: yes unless every role is exempt (and with no role at all).</summary>
    public bool IsRequiredFor(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var held = roles.ToList();
        return held.Count == 0 || held.Any(r => !RolesExempt.Contains(r));
    }

    public bool Equals(SecondFactorPolicy? other) => other is not null && RolesExempt.SetEquals(other.RolesExempt);

    public override int GetHashCode() => RolesExempt.Count;
}

/// <summary>One setting of the second-factor policy: what was set, by whom and when. Settings are kept, never changed; the latest is in force.</summary>
public sealed class SecondFactorPolicyChange : IKeptSetting
{
    public const int MaxRolesLength = 400;

    private SecondFactorPolicyChange()
    {
        RolesExempt = string.Empty;
        ChangedBy = string.Empty;
    }

    private SecondFactorPolicyChange(SecondFactorPolicy policy, string changedBy, DateTimeOffset changedAt)
    {
        RolesExempt = string.Join(',', StaffRole.All.Where(policy.RolesExempt.Contains));
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }

    /// <summary>The exempt roles' stored names, separated by commas.</summary>
    public string RolesExempt { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public SecondFactorPolicy Policy => new(RolesExempt.Split(',', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Sets the policy from now on. <paramref name="readFrom"/> is the setting in force when the person read the
    /// page (null when none had been made): a newer one means someone else changed it meanwhile, and the change
    /// is refused rather than made over theirs.
    /// </summary>
    /// <exception cref="DomainRuleException">Someone else changed the policy meanwhile.</exception>
    public static SecondFactorPolicyChange Make(SecondFactorPolicy policy, int? readFrom, SecondFactorPolicyChange? latest, string byUserId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        KeptSetting.RefuseIfChangedMeanwhile(readFrom, latest, "the second-factor policy", "the policy");

        return new SecondFactorPolicyChange(policy, byUserId, at);
    }
}
