using EhcpQa.Web.Infrastructure.Authorization;
using Microsoft.Extensions.Configuration;

namespace EhcpQa.Web.Tests.SingleSignOn;

/// <summary>The service refuses to start with single sign-on settings that would lock everyone out, or reach a provider without HTTPS in Production.</summary>
public sealed class SingleSignOnSettingsTests
{
    [Fact]
    public void LocalAccountsOff_WithNoSingleSignOn_StopsTheService_NamingTheSetting()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => SingleSignOnOptions.Check(Settings(("SingleSignOn:LocalAccounts", "false")), Environment("Production")));
        Assert.Contains("SingleSignOn:LocalAccounts", refused.Message, StringComparison.Ordinal);
        Assert.Contains("nobody could sign in", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public void AProviderReachedWithoutHttps_IsRefusedInProductionOnly(string environment, bool refused)
    {
        var settings = Settings(("SingleSignOn:Authority", "http://127.0.0.1:5999/"), ("SingleSignOn:ClientId", "ehcpqa"), ("SingleSignOn:RequireHttpsMetadata", "false"));

        var thrown = Record.Exception(() => SingleSignOnOptions.Check(settings, Environment(environment)));

        Assert.Equal(refused, thrown is InvalidOperationException { Message: var message } && message.Contains("SingleSignOn:RequireHttpsMetadata", StringComparison.Ordinal));
        Assert.Equal(refused, thrown is not null);
    }

    [Fact]
    public void NoSettings_MeanPasswordsAsBefore()
    {
        var options = SingleSignOnOptions.Check(Settings(), Environment("Production"));
        Assert.False(options.IsConfigured);
        Assert.True(options.PasswordsInUse);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static Microsoft.Extensions.Hosting.Internal.HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
