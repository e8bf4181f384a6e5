using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EhcpQa.Web.Persistence.Retention;

/// <summary>
/// The authority's retention of plans (section <c>Retention</c>): a ceased plan and its QA records are kept until the
/// child's date of birth plus <see cref="PlanYearsFromBirth"/> years (31 unless the authority says otherwise).
/// </summary>
public sealed class PlanRetentionOptions
{
    public const string Section = "Retention";

    public int PlanYearsFromBirth { get; set; } = PlanRetention.DefaultYearsFromBirth;

    public PlanRetention Rule => new(PlanYearsFromBirth);

    /// <summary>Refuses to start with a period the domain does not allow, naming the setting.</summary>
    public static void Check(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var years = configuration.GetValue($"{Section}:{nameof(PlanYearsFromBirth)}", PlanRetention.DefaultYearsFromBirth);
        try
        {
            _ = new PlanRetention(years);
        }
        catch (Domain.DomainRuleException refused)
        {
            throw new InvalidOperationException($"{Section}:{nameof(PlanYearsFromBirth)}: {refused.Message}", refused);
        }
    }
}

/// <summary>
/// Removes plans and every record about them: each table with a plan's id (its versions and their text, gradings
/// with their judgements, assured grades, history, dip sample and panel places), found from the model itself so a
/// table added later is not left behind, dependants before what they depend on; and the notifications that named them.
/// </summary>
public static class PlanRecords
{
    private const string PlanIdColumn = "PlanId";
    private const int IdsPerStatement = 500;

    /// <summary>The tables (with their plan id column) that hold a plan's records, in the order they are emptied of it.</summary>
    public static IReadOnlyList<(string Table, string? Schema, string Column)> Tables(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var holding = model.GetEntityTypes()
            .Where(t => t.ClrType != typeof(Plan) && t.GetTableName() is not null && t.FindProperty(PlanIdColumn) is not null)
            .ToList();

        // A table whose rows point at rows of another holding table is emptied first (gradings before versions).
        var ordered = new List<IEntityType>();
        var left = holding.ToList();
        while (left.Count > 0)
        {
            var next = left.FirstOrDefault(t => !left.Any(other => other != t && other.GetForeignKeys().Any(fk => fk.PrincipalEntityType == t)))
                ?? throw new InvalidOperationException("The tables holding plan records refer to one another in a circle.");
            ordered.Add(next);
            left.Remove(next);
        }

        return ordered
            .Select(t => (t.GetTableName()!, t.GetSchema(), t.FindProperty(PlanIdColumn)!.GetColumnName(StoreObjectIdentifier.Table(t.GetTableName()!, t.GetSchema()))!))
            .Distinct()
            .ToList();
    }

    private static string DeleteStatement(ISqlGenerationHelper sql, string table, string? schema, string column, string placeholders) =>
        $"DELETE FROM {sql.DelimitIdentifier(table, schema)} WHERE {sql.DelimitIdentifier(column)} IN ({placeholders})";

    /// <summary>Removes the plans and all their records, in one transaction; answers how many rows went.</summary>
    public static async Task<int> RemoveAsync(EhcpQaDbContext db, IReadOnlyCollection<int> planIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(planIds);
        if (planIds.Count == 0)
        {
            return 0;
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var plansTable = db.Model.FindEntityType(typeof(Plan))!;
        var references = await db.Plans.Where(p => planIds.Contains(p.Id)).Select(p => p.Reference).ToListAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var removed = 0;
            foreach (var chunk in planIds.Distinct().Chunk(IdsPerStatement))
            {
                var placeholders = string.Join(", ", chunk.Select((_, i) => $"{{{i}}}"));
                var values = chunk.Cast<object>().ToArray();
                // Only the model's own table and column names, delimited, go into the statement; the ids are parameters.
                var statements = Tables(db.Model)
                    .Select(t => DeleteStatement(sql, t.Table, t.Schema, t.Column, placeholders))
                    .Append(DeleteStatement(sql, plansTable.GetTableName()!, plansTable.GetSchema(), "Id", placeholders));
                foreach (var statement in statements)
                {
                    removed += await db.Database.ExecuteSqlRawAsync(statement, values, cancellationToken);
                }
            }

            removed += await db.Notifications.Where(n => references.Contains(n.Reference)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return removed;
        });
    }
}
