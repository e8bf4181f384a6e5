using EhcpQa.Web.Features.Moderation;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Moderation;

/// <summary>
/// A plan's pseudonym in a moderation session is keyed with a secret of the service's own, kept in its database:
/// the same for every page and instance, but not to be worked out from the session and plan ids alone.
/// </summary>
public sealed class PseudonymsKeyedWithASecretTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ThePseudonym_DependsOnTheSecret_NotOnTheIdsAlone()
    {
        var codes = await app.WithDatabaseAsync(db => ModerationCode.LoadAsync(db, CancellationToken.None));
        var again = await app.WithDatabaseAsync(db => ModerationCode.LoadAsync(db, CancellationToken.None));
        var unkeyed = $"S7-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes((7L << 32) | 42u)))[..6]}";

        Assert.Equal(codes.For(7, 42), again.For(7, 42));
        Assert.Matches("^S7-[0-9A-F]{6}$", codes.For(7, 42));
        Assert.NotEqual(unkeyed, codes.For(7, 42));
        Assert.NotEqual(codes.For(7, 42), codes.For(7, 43));
        var secret = await app.WithDatabaseAsync(db => db.ServiceSecrets.AsNoTracking().SingleAsync(s => s.Name == "moderation-pseudonyms"));
        Assert.Equal(32, secret.Value.Length);
    }

    [Fact]
    public async Task AnotherSecret_GivesTheSamePlanAnotherPseudonym()
    {
        var ours = await app.WithDatabaseAsync(db => ModerationCode.LoadAsync(db, CancellationToken.None));
        await app.WithDatabaseAsync(async db =>
        {
            await db.ServiceSecrets.Where(s => s.Name == "moderation-pseudonyms").ExecuteDeleteAsync();
            return await ModerationCode.LoadAsync(db, CancellationToken.None);
        });
        var theirs = await app.WithDatabaseAsync(db => ModerationCode.LoadAsync(db, CancellationToken.None));

        Assert.NotEqual(ours.For(3, 11), theirs.For(3, 11));
    }
}
