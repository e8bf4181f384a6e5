using EhcpQa.Web.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Security;

/// <summary>
/// The log's entries are sealed into a hash chain, in the order recorded; checking the chain finds an entry changed
/// in the database, or one taken out, and says where; entries past the time they are kept are cleared by the job.
/// </summary>
public sealed class SecurityLogChainTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ASealedLog_ChecksWhole_OnThePage()
    {
        await RecordSomeAsync();
        await SealAsync();

        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var page = await qaLead.GetPageAsync("/security-log/check");

        Assert.NotNull(page.QuerySelector("[data-chain='whole']"));
        var check = await app.WithDatabaseAsync(db => SecurityLogChain.CheckAsync(db, CancellationToken.None));
        Assert.True(check.IsWhole);
        Assert.True(check.EntriesChecked >= 2);
    }

    [Fact]
    public async Task AnEntryChangedInTheDatabase_BreaksTheChainThere()
    {
        await ClearAsync();
        await RecordSomeAsync();
        await SealAsync();
        var target = await app.WithDatabaseAsync(db => db.SecurityEvents.Where(e => e.Sequence != null).OrderBy(e => e.Sequence).Skip(1).Select(e => new { e.Id, e.Sequence }).FirstAsync());

        await app.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE SecurityEvents SET Detail = 'nothing to see' WHERE Id = {target.Id}"));

        var check = await app.WithDatabaseAsync(db => SecurityLogChain.CheckAsync(db, CancellationToken.None));
        Assert.False(check.IsWhole);
        Assert.Equal(target.Id, check.Break!.EntryId);
        Assert.False(check.Break.EntriesMissing);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var page = await qaLead.GetPageAsync("/security-log/check");
        Assert.Contains($"Entry {target.Id}", page.QuerySelector("[data-chain='broken']")!.TextContent, StringComparison.Ordinal);

        await ClearAsync();
    }

    [Fact]
    public async Task AnEntryTakenOut_ShowsAsMissing()
    {
        await ClearAsync();
        await RecordSomeAsync();
        await RecordSomeAsync();
        await SealAsync();
        var entries = await app.WithDatabaseAsync(db => db.SecurityEvents.Where(e => e.Sequence != null).OrderBy(e => e.Sequence).Select(e => new { e.Id, e.Sequence }).Take(3).ToListAsync());

        await app.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM SecurityEvents WHERE Id = {entries[1].Id}"));

        var check = await app.WithDatabaseAsync(db => SecurityLogChain.CheckAsync(db, CancellationToken.None));
        var left = await app.WithDatabaseAsync(db => db.SecurityEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => $"{e.Id}:{e.Sequence}").ToListAsync());
        Assert.False(check.IsWhole, $"Took out entry {entries[1].Id} (place {entries[1].Sequence}); left {string.Join(", ", left)}");
        Assert.True(check.Break!.EntriesMissing);
        Assert.Equal(entries[2].Id, check.Break.EntryId);

        await ClearAsync();
    }

    [Fact]
    public async Task TheJob_ClearsEntriesPastTheTimeTheyAreKept_AndTheChainGoesOnWholeFromTheFirstKept()
    {
        await RecordSomeAsync();
        var start = app.Clock.Now;
        try
        {
            app.Clock.Now = start.AddDays(731);
            await RecordSomeAsync();
            var ran = await app.WithScopeAsync(services => services.GetRequiredService<Web.Features.Audit.SecurityLogSealing>().RunOnceAsync(CancellationToken.None));

            Assert.True(ran);
            var kept = await app.WithDatabaseAsync(db => db.SecurityEvents.AsNoTracking().ToListAsync());
            Assert.NotEmpty(kept);
            Assert.All(kept, e => Assert.True(e.At >= start.AddDays(1)));
            Assert.All(kept, e => Assert.True(e.IsSealed));
            Assert.True((await app.WithDatabaseAsync(db => SecurityLogChain.CheckAsync(db, CancellationToken.None))).IsWhole);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    /// <summary>Entries recorded through the pages: a refused sign-in, then a sign-in.</summary>
    private async Task RecordSomeAsync()
    {
        var email = await SecondFactorJourney.NewPersonAsync(app);
        var client = app.ClientFrom(SecondFactorJourney.NewAddress());
        await SecondFactorJourney.GivePasswordAsync(client, email, "not the password at all");
        await SecondFactorJourney.GivePasswordAsync(client, email);
        await client.GetAsync("/reports");
    }

    /// <summary>Empties this class's log, so a test's chain is its own.</summary>
    private Task<int> ClearAsync() => app.WithDatabaseAsync(db => db.SecurityEvents.ExecuteDeleteAsync());

    private Task<int> SealAsync() => app.WithDatabaseAsync(db => SecurityLogChain.SealAsync(db, CancellationToken.None));
}
