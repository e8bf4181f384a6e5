using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

/// <summary>
/// A secret of the service's own, made at random once and kept in the database, so every instance uses the same
/// one (for example the key of the moderation pseudonyms). Never shown, never changed.
/// </summary>
public sealed class ServiceSecret
{
    public const int MaxNameLength = 100;

    private ServiceSecret()
    {
        Name = string.Empty;
        Value = [];
    }

    public string Name { get; private set; }

    public byte[] Value { get; private set; }

    public static ServiceSecret Make(string name) => new() { Name = name, Value = RandomNumberGenerator.GetBytes(32) };
}

public static class ServiceSecrets
{
    /// <summary>The secret of this name, made now if there is none (two instances making it at once agree on one).</summary>
    public static async Task<byte[]> SecretAsync(this EhcpQaDbContext db, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.ServiceSecrets.AsNoTracking().Where(s => s.Name == name).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken) is { } value)
        {
            return value;
        }

        var secret = ServiceSecret.Make(name);
        db.ServiceSecrets.Add(secret);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return secret.Value;
        }
        catch (DbUpdateException)
        {
            // Another instance made it first: use theirs.
            db.Entry(secret).State = EntityState.Detached;
            return await db.ServiceSecrets.AsNoTracking().Where(s => s.Name == name).Select(s => s.Value).SingleAsync(cancellationToken);
        }
    }
}
