using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace EhcpQa.Web.Persistence;

/// <summary>
/// What lets several processes share one SQLite file: write-ahead logging (readers never wait for the
/// writer, and the writer never waits for readers), and a busy timeout on every connection, so a write that
/// finds another in progress waits for it instead of failing with "database is locked".
/// </summary>
public static class SqliteSharing
{
    /// <summary>How long a connection waits for another's write to finish.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Switches the database file to write-ahead logging. The mode is kept in the file, so this is needed
    /// once; it is cheap to repeat and does nothing for other providers.
    /// </summary>
    public static async Task UseWriteAheadLogAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.IsSqlite())
        {
            return;
        }

        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase) && !string.Equals(mode, "memory", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The SQLite database could not be switched to write-ahead logging (journal mode '{mode}').");
            }
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Sets the busy timeout on each SQLite connection the first time it opens. The timeout belongs to the
    /// underlying handle, which Microsoft.Data.Sqlite pools and hands out again, so a handle already set is
    /// left alone (a reopened connection costs no extra statement).
    /// </summary>
    public sealed class BusyTimeoutInterceptor : DbConnectionInterceptor
    {
        private static readonly string Pragma = FormattableString.Invariant($"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};");

        private readonly ConditionalWeakTable<object, object> _set = [];

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            ArgumentNullException.ThrowIfNull(connection);
            if (FirstOpenOf(connection))
            {
                using var command = connection.CreateCommand();
                command.CommandText = Pragma;
                command.ExecuteNonQuery();
            }
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(connection);
            if (FirstOpenOf(connection))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = Pragma;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        /// <summary>Whether this is the first time the underlying handle is seen (other providers' connections are always set).</summary>
        private bool FirstOpenOf(DbConnection connection) =>
            connection is not SqliteConnection { Handle: { } handle } || _set.TryAdd(handle, handle);
    }
}
