using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EhcpQa.Web.Persistence;

/// <summary>The embedded SQLite database: the default, so the service runs with no set-up.</summary>
public sealed class SqliteEhcpQaDbContext(DbContextOptions<SqliteEhcpQaDbContext> options) : EhcpQaDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date-time-with-offset type: store instants as sortable numbers so they can be
        // compared and ordered in queries.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
