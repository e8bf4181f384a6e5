namespace EhcpQa.Web.Infrastructure.Hosting;

/// <summary>
/// This running instance of the service, told apart from the others that share its database: the
/// machine, the process and a random part (two hosts in one process, as in the tests, differ too). It
/// names the holder of a job lease and is written on every log event as <c>Instance</c>.
/// </summary>
public sealed class ServiceInstance
{
    private const int MaxMachineNameLength = 60;

    public ServiceInstance()
    {
        var machine = Environment.MachineName;
        if (machine.Length > MaxMachineNameLength)
        {
            machine = machine[..MaxMachineNameLength];
        }

        Id = FormattableString.Invariant($"{machine}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");
    }

    public string Id { get; }

    public override string ToString() => Id;
}
