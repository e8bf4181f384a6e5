using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EhcpQa.Benchmarks;

/// <summary>One prepared INSERT into a table's named columns, run once a row (the benchmarks' databases are written in bulk).</summary>
internal sealed class BulkInsert
{
    /// <summary>How the SQLite context stores a time (see <c>SqliteEhcpQaDbContext</c>).</summary>
    private static readonly DateTimeOffsetToBinaryConverter StoredTime = new();

    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public BulkInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" })).ToArray();
    }

    /// <summary>Inserts one row: a value for each column, in the order named (null for NULL).</summary>
    public Task<int> RunAsync(params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQueryAsync();
    }

    /// <summary>A day as the SQLite context stores it.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A time as the SQLite context stores it.</summary>
    public static object? Time(DateTimeOffset at) => StoredTime.ConvertToProvider(at);

    /// <summary>A new value for a row's concurrency token, as EF Core writes a <see cref="Guid"/>.</summary>
    public static string NewConcurrencyToken() => Guid.NewGuid().ToString("D").ToUpperInvariant();
}
