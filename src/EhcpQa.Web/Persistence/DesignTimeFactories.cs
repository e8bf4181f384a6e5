using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EhcpQa.Web.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteEhcpQaDbContext>
{
    public SqliteEhcpQaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEhcpQaDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model without a server (no connection is opened).</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerEhcpQaDbContext>
{
    public SqlServerEhcpQaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerEhcpQaDbContext>()
            .UseSqlServer("Server=localhost;Database=EhcpQa;Trusted_Connection=True;TrustServerCertificate=True")
            .Options);
}
