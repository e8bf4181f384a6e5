using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

/// <summary>
/// A query that runs on every request (a session's check, the navigation's), compiled by EF Core once instead of being
/// translated from its expression each time: EF Core otherwise walks, hashes and looks up the whole expression on every
/// run, which costs more than the query itself takes in the database. It is compiled once for each kind of context
/// (SQLite, SQL Server): a compiled query keeps the model of the first context it runs on.
/// </summary>
/// <typeparam name="TParam">The query's one parameter.</typeparam>
/// <typeparam name="TResult">A single entity or value (the query ends in <c>SingleOrDefault</c>, <c>Any</c> and the like).</typeparam>
public sealed class CompiledQuery<TParam, TResult>(Expression<Func<EhcpQaDbContext, TParam, TResult>> query)
{
    private readonly ConcurrentDictionary<Type, Func<EhcpQaDbContext, TParam, Task<TResult>>> _byContext = new();

    public Task<TResult> RunAsync(EhcpQaDbContext db, TParam value)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _byContext.GetOrAdd(db.GetType(), _ => EF.CompileAsyncQuery(query))(db, value);
    }
}
