namespace EhcpQa.Web.Persistence.Leases;

/// <summary>
/// Which instance of the service runs a named job, and until when. A row exists only while the job is
/// held: the holder renews <see cref="ExpiresAt"/> while it works and removes the row when it finishes,
/// and a row whose time has passed (its holder stopped without finishing) may be taken over.
/// </summary>
public sealed class JobLease
{
    public const int MaxNameLength = 100;

    public const int MaxHolderLength = 200;

    public JobLease(string name, string holder, DateTimeOffset acquiredAt, DateTimeOffset expiresAt)
    {
        Name = name;
        Holder = holder;
        AcquiredAt = acquiredAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>The job, for example "board-summary".</summary>
    public string Name { get; private set; }

    /// <summary>The instance and the acquisition holding the job ("host/process/instance#acquisition").</summary>
    public string Holder { get; private set; }

    public DateTimeOffset AcquiredAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}
