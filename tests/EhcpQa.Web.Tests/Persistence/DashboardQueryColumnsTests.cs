using EhcpQa.Domain.Plans;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EhcpQa.Web.Tests.Persistence;

/// <summary>
/// The dashboard's hand-written SQL names the read model's table and columns as the EF Core model maps them,
/// for both providers, and reads each column as the type the model stores it as: renaming a property or
/// changing how it is stored fails here, not on a board member's dashboard.
/// </summary>
public sealed class DashboardQueryColumnsTests
{
    public static TheoryData<string> Providers => ["Sqlite", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheTableAndEveryColumn_AreTheModels(string provider)
    {
        var (entity, table) = ReadModel(provider);

        Assert.Equal(AssuredGradings.Table, table.Name);
        var columns = entity.GetProperties().Select(p => p.GetColumnName(table)).ToHashSet(StringComparer.Ordinal);
        Assert.All(AssuredGradings.ReadColumns.Concat(AssuredGradings.FilterColumns), column => Assert.Contains(column, columns));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void EachColumn_IsStoredAsTheTypeTheReaderReads(string provider)
    {
        var (entity, table) = ReadModel(provider);
        var expected = new Dictionary<string, Type>
        {
            ["PlanId"] = typeof(int),
            ["GivenOn"] = typeof(DateOnly),
            ["LocalityId"] = typeof(int),
            ["Phase"] = typeof(int),
            ["Need"] = typeof(int),
            ["Setting"] = typeof(int),
            ["Overall"] = typeof(int),
            ["Regraded"] = typeof(bool),
            ["SectionGrades"] = typeof(string),
            ["Level"] = typeof(int),
            ["Kind"] = typeof(int),
        };

        foreach (var (column, type) in expected)
        {
            var property = entity.GetProperties().Single(p => p.GetColumnName(table) == column);
            var stored = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
            Assert.True(Nullable.GetUnderlyingType(stored) is { } underlying ? underlying == type : stored == type, $"{column} is stored as {stored.Name}, read as {type.Name}");
        }

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), AssuredGradings.ReadColumns.Concat(AssuredGradings.FilterColumns).Distinct().Order(StringComparer.Ordinal));
    }

    private static (IEntityType Entity, StoreObjectIdentifier Table) ReadModel(string provider)
    {
        using EhcpQaDbContext db = provider == "Sqlite" ? new SqliteDesignTimeFactory().CreateDbContext([]) : new SqlServerDesignTimeFactory().CreateDbContext([]);
        var entity = db.GetService<IDesignTimeModel>().Model.FindEntityType(typeof(AssuredGrade))!;
        return (entity, StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()));
    }
}
