using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

/// <summary>Tells a save refused because a row with the same key or unique index value exists, on either provider.</summary>
public static class DuplicateKeys
{
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;
    private const int SqlServerDuplicateKey = 2627;
    private const int SqlServerDuplicateIndexKey = 2601;

    public static bool Caused(DbUpdateException exception) => exception?.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique,
        Microsoft.Data.SqlClient.SqlException sqlServer => sqlServer.Number is SqlServerDuplicateKey or SqlServerDuplicateIndexKey,
        _ => false,
    };
}
