using EhcpQa.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

public static class PersistenceSetup
{
    public const string SqliteProvider = "Sqlite";
    public const string SqlServerProvider = "SqlServer";

    /// <summary>
    /// Registers the database chosen by <c>Database:Provider</c>: SQLite (the default, a file in the
    /// data folder, shared by several processes through write-ahead logging and a busy timeout) or SQL
    /// Server (<c>ConnectionStrings:SqlServer</c>).
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration, DataFolder dataFolder)
    {
        var provider = configuration["Database:Provider"] ?? SqliteProvider;
        if (string.Equals(provider, SqlServerProvider, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(SqlServerProvider)
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
            services.AddDbContext<EhcpQaDbContext, SqlServerEhcpQaDbContext>(options =>
                options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()));
        }
        else if (string.Equals(provider, SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(SqliteProvider)
                ?? $"Data Source={Path.Combine(dataFolder.Path, "ehcpqa.db")}";
            var busyTimeout = new SqliteSharing.BusyTimeoutInterceptor();
            services.AddDbContext<EhcpQaDbContext, SqliteEhcpQaDbContext>(options => options
                .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout((int)SqliteSharing.BusyTimeout.TotalSeconds))
                .AddInterceptors(busyTimeout));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not known. Use '{SqliteProvider}' or '{SqlServerProvider}'.");
        }

        return services;
    }
}
