using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Identity;

/// <summary>
/// The names staff are shown by on a page or in a report, looked up together in one query. Whoever the
/// service holds no account for (an id from an account since removed) is shown as <see cref="NotKnown"/>.
/// </summary>
public sealed class StaffNames
{
    /// <summary>How a person the service holds no account for is shown.</summary>
    public const string NotKnown = "Unknown";

    private readonly IReadOnlyDictionary<string, string> _names;

    private StaffNames(IReadOnlyDictionary<string, string> names) => _names = names;

    /// <summary>The name to show for this person.</summary>
    public string Of(string? userId) => userId is not null && _names.TryGetValue(userId, out var name) ? name : NotKnown;

    /// <summary>The name to show for one person.</summary>
    public static async Task<string> NameOfAsync(EhcpQaDbContext db, string? userId, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [userId], cancellationToken)).Of(userId);

    /// <summary>Looks up the names of these people (ids may repeat or be null) in one query that reads only their ids and names.</summary>
    public static async Task<StaffNames> LoadAsync(EhcpQaDbContext db, IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(userIds);
        var ids = userIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var names = ids.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : await db.Users.Where(u => ids.Contains(u.Id))
                .Select(u => new { u.Id, u.DisplayName })
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);
        return new StaffNames(names);
    }
}
