using EhcpQa.Web.Infrastructure.Hosting;
using EhcpQa.Web.Persistence.Frameworks;
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
    /// <remarks>
    /// Contexts are pooled, and each scope's context keeps one connection open for the scope
    /// (<see cref="ContextForTheScope{TContext}"/>).
    /// Collections are loaded by split queries (one query per collection, each joined to the filtered
    /// parent), never as one query of nested joins: SQLite cannot push a parent's filter into a nested
    /// collection join, so loading one grading read every section judgement and descriptor answer in the
    /// database (see decision 0011).
    /// </remarks>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration, DataFolder dataFolder)
    {
        var provider = configuration["Database:Provider"] ?? SqliteProvider;
        if (string.Equals(provider, SqlServerProvider, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(SqlServerProvider)
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
            services.AddPooledDbContextFactory<SqlServerEhcpQaDbContext>(options =>
                options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
            services.AddScoped<EhcpQaDbContext>(ContextForTheScope<SqlServerEhcpQaDbContext>);
        }
        else if (string.Equals(provider, SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(SqliteProvider)
                ?? $"Data Source={Path.Combine(dataFolder.Path, "ehcpqa.db")}";
            var busyTimeout = new SqliteSharing.BusyTimeoutInterceptor();
            services.AddPooledDbContextFactory<SqliteEhcpQaDbContext>(options => options
                .UseSqlite(connectionString, sqlite => sqlite
                    .CommandTimeout((int)SqliteSharing.BusyTimeout.TotalSeconds)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(busyTimeout));
            services.AddScoped<EhcpQaDbContext>(ContextForTheScope<SqliteEhcpQaDbContext>);
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not known. Use '{SqliteProvider}' or '{SqlServerProvider}'.");
        }

        services.AddSingleton<LockedFrameworkVersions>();
        return services;
    }

    /// <summary>
    /// The context a request (or any scope) works with: leased from the pool, its connection opened once for
    /// the scope, so a page's queries share one connection instead of opening and closing one each (for
    /// SQLite an open also registers EF Core's functions on the connection, as costly as a small query).
    /// The container disposes it with the scope, which closes the connection and returns the context.
    /// </summary>
    private static TContext ContextForTheScope<TContext>(IServiceProvider services)
        where TContext : EhcpQaDbContext
    {
        var context = services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
        context.Clock = services.GetRequiredService<TimeProvider>();
        context.Notifies = true;
        context.Database.OpenConnection();
        return context;
    }
}
