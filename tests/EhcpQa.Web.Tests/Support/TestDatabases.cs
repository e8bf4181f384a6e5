using System.Collections.Concurrent;
using System.Data.Common;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Support;

/// <summary>
/// One test class's own database: a copy of the database the shared host migrated and seeded at start,
/// with a clock of its own. The shared host serves whichever database a request names in
/// <see cref="Header"/>; work done outside a request names it with <see cref="RunAsync{T}"/>.
/// </summary>
public sealed class TestDatabase
{
    /// <summary>The request header that names the test database a request works on.</summary>
    public const string Header = "X-Test-Database";

    private static readonly AsyncLocal<TestDatabase?> InUse = new();

    internal TestDatabase(string id, string filePath, FixedClock clock)
    {
        Id = id;
        FilePath = filePath;
        Clock = clock;
    }

    /// <summary>The database the code running now works on, if a test named one.</summary>
    public static TestDatabase? Current => InUse.Value;

    public string Id { get; }

    public string FilePath { get; }

    public FixedClock Clock { get; }

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = true }.ToString();

    /// <summary>Runs work (and everything it calls) against this database and its clock.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        InUse.Value = this;
        return await work();
    }

    /// <summary>Marks the rest of the calling request as working on this database (the host's middleware).</summary>
    internal static void Use(TestDatabase database) => InUse.Value = database;
}

/// <summary>
/// The shared host's databases: the template it migrates and seeds once at start, and each test class's
/// copy of it. Once the host is ready the template is sealed: work that names no test database is refused,
/// so no test can change what the next class copies.
/// </summary>
public sealed class TestDatabases
{
    private readonly ConcurrentDictionary<string, TestDatabase> _byId = new(StringComparer.Ordinal);
    private readonly string _folder;
    private volatile bool _sealed;

    public TestDatabases(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
        TemplatePath = Path.Combine(folder, "template.db");
    }

    public string TemplatePath { get; }

    public string TemplateConnectionString => new SqliteConnectionStringBuilder { DataSource = TemplatePath, Pooling = true }.ToString();

    /// <summary>The connection string of the database the code running now works on.</summary>
    public string ConnectionStringInUse() => TestDatabase.Current?.ConnectionString
        ?? (_sealed
            ? throw new InvalidOperationException(
                $"No test database is named: send the {TestDatabase.Header} header (clients from EhcpQaApp do) or run the work through EhcpQaApp.")
            : TemplateConnectionString);

    /// <summary>From now on the template is only copied.</summary>
    public void Seal() => _sealed = true;

    /// <summary>A new database with everything the template holds, and a clock at the template's time.</summary>
    public TestDatabase CopyOfTemplate(FixedClock clock)
    {
        var id = Guid.NewGuid().ToString("N");
        var path = Path.Combine(_folder, id + ".db");
        // Read-write although it only reads: the template is in WAL mode, and once the host's last pooled
        // connection to it closes SQLite removes its -wal and -shm files, which a read-only connection
        // cannot make again ("unable to open database file").
        using (var template = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = TemplatePath, Pooling = false }.ToString()))
        using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            template.Open();
            copy.Open();
            template.BackupDatabase(copy);
        }

        var database = new TestDatabase(id, path, clock);
        _byId[id] = database;
        return database;
    }

    public void Remove(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _byId.TryRemove(database.Id, out _);
        using (var connection = new SqliteConnection(database.ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var file in new[] { database.FilePath, database.FilePath + "-wal", database.FilePath + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Still open for a moment; the host's folder is removed at the end of the run.
            }
        }
    }

    /// <summary>
    /// Points the host's database at the test database each request names (its header) and each piece of
    /// work runs in (<see cref="TestDatabase.RunAsync{T}"/>); until the template is sealed, at the template.
    /// </summary>
    public void AddTo(IServiceCollection services)
    {
        // The app's contexts are pooled, so their options are made once: each connection is pointed at the
        // database in use as it opens instead.
        services.ConfigureDbContext<SqliteEhcpQaDbContext>((_, options) => options.AddInterceptors(new DatabaseInUse(this)));
        services.AddSingleton<IStartupFilter>(new RequestDatabaseFilter(this));
    }

    private sealed class DatabaseInUse(TestDatabases databases) : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            PointAtDatabaseInUse(connection);
            return result;
        }

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
            DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            PointAtDatabaseInUse(connection);
            return ValueTask.FromResult(result);
        }

        private void PointAtDatabaseInUse(DbConnection connection)
        {
            var wanted = databases.ConnectionStringInUse();
            if (connection.ConnectionString != wanted)
            {
                connection.ConnectionString = wanted;
            }
        }
    }

    private sealed class RequestDatabaseFilter(TestDatabases databases) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(TestDatabase.Header, out var id)
                    && databases._byId.TryGetValue(id.ToString(), out var database))
                {
                    TestDatabase.Use(database);
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
