using EhcpQa.Web.Infrastructure.Scheduling;
using Microsoft.Extensions.Hosting;

namespace EhcpQa.Web.Tests.Deployment;

/// <summary>
/// Every background service of the app is a <see cref="ScheduledJob"/>, so each runs under its job lease and,
/// with several instances on one database, on one instance at a time.
/// </summary>
public sealed class ScheduledJobTests
{
    [Fact]
    public void EveryBackgroundServiceOfTheApp_IsAScheduledJob()
    {
        var services = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IHostedService).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .ToList();

        Assert.NotEmpty(services);
        Assert.All(services, t => Assert.True(
            typeof(ScheduledJob).IsAssignableFrom(t) || t.GetCustomAttributes(typeof(EhcpQa.Web.Infrastructure.Hosting.OnEveryInstanceAttribute), inherit: false).Length > 0,
            $"{t.Name} runs in the background on every instance: derive it from ScheduledJob so one instance at a time runs it (or, for work that belongs to each instance, say why with [OnEveryInstance])"));
    }

    [Fact]
    public void EachScheduledJob_HasALeaseNameOfItsOwn()
    {
        var names = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ScheduledJob).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (string)t.GetProperty(nameof(ScheduledJob.Name))!.GetValue(System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(t))!)
            .ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(EhcpQa.Web.Persistence.Seeding.DatabaseInitialiser.StartUpJob, names);
    }
}
