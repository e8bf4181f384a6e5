namespace EhcpQa.Web.Tests.Deployment;

/// <summary>
/// The demo users may skip the second factor so the service can be tried quickly, by a setting the service refuses
/// to start with anywhere but Development.
/// </summary>
public sealed class DemoUsersSkipTheSecondFactorOnlyInDevelopmentTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task TheSetting_StopsTheServiceStarting_OutsideDevelopment(string environment)
    {
        var dataPath = ServiceHost.NewDataPath();
        try
        {
            await using var host = new ServiceHost(environment, new Dictionary<string, string?>
            {
                ["Storage:DataPath"] = dataPath,
                ["Database:Provider"] = "Sqlite",
                ["SecondFactor:DemoUsersSkip"] = "true",
            });

            var refused = await Assert.ThrowsAnyAsync<Exception>(host.StartAsync);

            var reason = refused as InvalidOperationException ?? refused.InnerException as InvalidOperationException;
            Assert.NotNull(reason);
            Assert.Contains("SecondFactor:DemoUsersSkip", reason.Message, StringComparison.Ordinal);
            Assert.Contains("Development only", reason.Message, StringComparison.Ordinal);
        }
        finally
        {
            ServiceHost.RemoveDataPath(dataPath);
        }
    }
}
