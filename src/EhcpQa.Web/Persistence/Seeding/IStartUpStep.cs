namespace EhcpQa.Web.Persistence.Seeding;

/// <summary>
/// Work a part of the service needs done on the database at start, after it is migrated and seeded (for
/// example copying files an earlier version kept elsewhere). Runs on one instance at a time, under the
/// start-up lease, so each step must leave alone what is already done.
/// </summary>
public interface IStartUpStep
{
    Task RunAsync(CancellationToken cancellationToken);
}
