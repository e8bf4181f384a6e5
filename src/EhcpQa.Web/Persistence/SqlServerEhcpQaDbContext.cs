using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

/// <summary>SQL Server: the production database.</summary>
public sealed class SqlServerEhcpQaDbContext(DbContextOptions<SqlServerEhcpQaDbContext> options) : EhcpQaDbContext(options);
