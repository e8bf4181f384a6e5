using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

public static class DisplayNames
{
    /// <summary>
    /// The display names of these people, by user id: read as id and name only, untracked (not the whole
    /// account with its password hash and stamps, which is what a lookup of names used to read).
    /// </summary>
    public static async Task<Dictionary<string, string>> DisplayNamesAsync(this EhcpQaDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);
    }
}
