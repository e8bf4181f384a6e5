using EhcpQa.Web.Persistence.Identity;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Persistence;

/// <summary>Staff are named by one lookup: each person once, in one query, and anyone the service holds no account for as "Unknown".</summary>
public sealed class StaffNamesLookupTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Names_AreThoseOfTheAccounts_AndAnIdWithNoAccountIsNotKnown()
    {
        var (caseworker, manager) = await app.WithDatabaseAsync(async db => (
            await db.Users.Where(u => u.Email == DemoUsers.Caseworker).Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.Email == DemoUsers.LocalityManager).Select(u => u.Id).SingleAsync()));

        var names = await app.WithDatabaseAsync(db => StaffNames.LoadAsync(db, [caseworker, manager, caseworker, null, "no-such-account"], TestContext.Current.CancellationToken));

        Assert.Equal("Sam Carter", names.Of(caseworker));
        Assert.Equal("Morgan Hale", names.Of(manager));
        Assert.Equal(StaffNames.NotKnown, names.Of("no-such-account"));
        Assert.Equal(StaffNames.NotKnown, names.Of(null));
    }

    [Fact]
    public async Task NoIds_AskTheDatabaseNothing_AndNameNobody()
    {
        var names = await app.WithDatabaseAsync(db => StaffNames.LoadAsync(db, [], TestContext.Current.CancellationToken));

        Assert.Equal(StaffNames.NotKnown, names.Of("anyone"));
    }
}
