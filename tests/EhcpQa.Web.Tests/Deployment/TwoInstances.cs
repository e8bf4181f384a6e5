using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Infrastructure.DataProtection;
using EhcpQa.Web.Tests.Drafts;
using Microsoft.AspNetCore.DataProtection;

namespace EhcpQa.Web.Tests.Deployment;

/// <summary>
/// Two instances of the service started together on one new SQLite file in one data folder, as two servers
/// behind a load balancer share one database: the demo data on, the board summary schedule on, one clock.
/// Before they start, the data folder holds what an earlier single-server version left there: its key ring
/// (with a value protected by it, as a sign-in cookie is) and an uploaded draft file.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    /// <summary>The purpose a value was protected for by the earlier version.</summary>
    public const string EarlierPurpose = "EhcpQa.Tests.EarlierSignIn";

    public TwoInstances()
    {
        DataPath = ServiceHost.NewDataPath();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = DataPath,
            ["Database:Provider"] = "Sqlite",
            ["Demo:Seed"] = "true",
            ["Reports:Schedule"] = "true",
        };
        A = new ServiceHost("Testing", settings, Clock);
        B = new ServiceHost("Testing", settings, Clock);
    }

    public string DataPath { get; }

    public StoppedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));

    public ServiceHost A { get; }

    public ServiceHost B { get; }

    /// <summary>A value the earlier version protected with its key ring on disk.</summary>
    public string EarlierProtectedValue { get; private set; } = "";

    /// <summary>The storage key and bytes of a draft the earlier version stored in its uploads folder.</summary>
    public (string Key, byte[] Bytes) EarlierUpload { get; private set; }

    public async ValueTask InitializeAsync()
    {
        LeaveWhatAnEarlierVersionLeft();
        await Task.WhenAll(A.StartAsync(), B.StartAsync());

        // The authority in these tests lets every role sign in with a password alone (its administrator's choice).
        await A.WithDatabaseAsync(db => SecondFactorJourney.LetEveryRoleSignInWithAPasswordAsync(db, Clock.Now));
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        ServiceHost.RemoveDataPath(DataPath);
    }

    private void LeaveWhatAnEarlierVersionLeft()
    {
        var keys = new DirectoryInfo(Path.Combine(DataPath, DataProtectionSetup.EarlierKeysFolderName));
        var earlier = DataProtectionProvider.Create(keys, builder => builder.SetApplicationName(DataProtectionSetup.ApplicationName));
        EarlierProtectedValue = earlier.CreateProtector(EarlierPurpose).Protect("signed in before the upgrade");

        var key = $"plans/7/{Guid.NewGuid():N}.docx";
        var builder = new DocxBuilder();
        foreach (var section in PlanSections.Statutory)
        {
            builder.Section($"Section {section.Code}: {section.Title}", $"Earlier text for section {section.Code}.");
        }

        var bytes = builder.ToBytes();
        var file = Path.Combine(DataPath, "uploads", "plans", "7", Path.GetFileName(key));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
        EarlierUpload = (key, bytes);
    }
}
