namespace EhcpQa.Web.Infrastructure.Hosting;

/// <summary>
/// Marks background work that belongs to each instance of the service rather than to the service as a whole
/// (so it is not a ScheduledJob, run on one instance at a time), saying why.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OnEveryInstanceAttribute(string why) : Attribute
{
    public string Why { get; } = why;
}
