using System.Net.Sockets;

namespace EhcpQa.SqlServer.Tests;

/// <summary>Whether a Docker engine answers here: the SQL Server tests need one to start a container.</summary>
public static class DockerEngine
{
    public const string SkipReason = "SQL Server tests need a Docker engine (Testcontainers starts SQL Server 2022 in a container); none answers on this machine.";

    public static bool IsAvailable { get; } = Probe();

    private static bool Probe()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrEmpty(host) && !host.StartsWith("unix://", StringComparison.Ordinal))
        {
            return true;
        }

        var socketPath = string.IsNullOrEmpty(host) ? "/var/run/docker.sock" : host["unix://".Length..];
        if (!File.Exists(socketPath))
        {
            return false;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
