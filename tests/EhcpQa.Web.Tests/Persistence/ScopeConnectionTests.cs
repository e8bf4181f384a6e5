using System.Data;
using System.Data.Common;
using EhcpQa.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Persistence;

/// <summary>
/// A scope's context (a request's) keeps one connection open while the scope lasts, so its queries do not
/// open and close one each, and gives it back closed when the scope ends, so a pooled context never carries
/// an open connection into the next scope.
/// </summary>
public sealed class ScopeConnectionTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task TheConnection_IsOpenThroughTheScope_AndClosedAfterIt()
    {
        DbConnection? connection = null;
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EhcpQaDbContext>();
            connection = db.Database.GetDbConnection();
            Assert.Equal(ConnectionState.Open, connection.State);

            await db.Plans.CountAsync();
            await db.Localities.ToListAsync();

            Assert.Equal(ConnectionState.Open, connection.State);
            return true;
        });

        Assert.NotNull(connection);
        Assert.Equal(ConnectionState.Closed, connection.State);
    }
}
