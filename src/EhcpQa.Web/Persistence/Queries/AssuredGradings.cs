using System.Data.Common;
using System.Globalization;
using System.Text;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence.Queries;

/// <summary>
/// Reads decisive grades for the dashboards, the board summary and the export from the read model the
/// plans keep (<see cref="Domain.Plans.AssuredGrade"/>, one row per decisive grade): the level, the dates
/// and the filter's cuts (new or amended plans among them) are applied in the database, so only the rows counted are read.
/// </summary>
public sealed class AssuredGradings(EhcpQaDbContext db)
{
    /// <summary>The table the read model is kept in (<see cref="AssuredGrade"/>'s table in the EF Core model).</summary>
    public const string Table = "AssuredGrades";

    /// <summary>The columns read, in the order the reader reads them (each an <see cref="AssuredGrade"/> property's column).</summary>
    public static readonly IReadOnlyList<string> ReadColumns = ["PlanId", "GivenOn", "LocalityId", "Phase", "Need", "Setting", "Overall", "Regraded", "SectionGrades", "Kind"];

    private static readonly string SelectFromLevelAndDates =
        $"SELECT {string.Join(", ", ReadColumns)} FROM {Table} WHERE Level = @level AND Overall IS NOT NULL AND GivenOn >= @from AND GivenOn <= @to";

    /// <summary>The columns filtered on, besides those read.</summary>
    public static readonly IReadOnlyList<string> FilterColumns = ["Level", "GivenOn", "LocalityId", "Phase", "Need", "Setting", "Kind"];

    /// <summary>The grades at the filter's level and cuts given from <paramref name="from"/> to <paramref name="to"/> (UK dates, inclusive).</summary>
    /// <remarks>
    /// Read with a plain data reader rather than through EF Core's materialiser: a three-year dashboard of a
    /// large authority reads about 90,000 rows, and the reader does that several times faster (see
    /// <c>bench/README.md</c>). The SQL is the same for SQLite and SQL Server, and only ever parameterised.
    /// </remarks>
    public Task<List<AssuredGrading>> LoadAsync(DashboardFilter filter, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        ReadAsync(filter, from, to, rows => rows.ToList(), cancellationToken);

    /// <summary>The dashboard for a filter: reads the period and the 12 months of its trend, counting each grade as it is read.</summary>
    public Task<Domain.Dashboards.Dashboard> DashboardAsync(DashboardFilter filter, IReadOnlyDictionary<int, string> localityNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAsync(filter, filter.FirstDayCounted, filter.To,
            rows => Domain.Dashboards.Dashboard.Compute(rows, filter, localityNames), cancellationToken);
    }

    private async Task<T> ReadAsync<T>(DashboardFilter filter, DateOnly from, DateOnly to, Func<IEnumerable<AssuredGrading>, T> use, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            var sql = new StringBuilder(SelectFromLevelAndDates);
            Add(command, "@level", (int)filter.Level);
            Add(command, "@from", from);
            Add(command, "@to", to);
            foreach (var (column, value) in new (string Column, int? Value)[]
                     {
                         ("LocalityId", filter.LocalityId), ("Phase", (int?)filter.Phase), ("Need", (int?)filter.Need), ("Setting", (int?)filter.Setting),
                         ("Kind", (int?)filter.Kind),
                     })
            {
                if (value is { } v)
                {
                    sql.Append(CultureInfo.InvariantCulture, $" AND {column} = @{column}");
                    Add(command, "@" + column, v);
                }
            }

            command.CommandText = sql.ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return use(Rows(reader, filter.Level, cancellationToken));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Each row as it is read, so a dashboard counts three years of grades without holding them all.</summary>
    private static IEnumerable<AssuredGrading> Rows(DbDataReader reader, AssuranceLevel level, CancellationToken cancellationToken)
    {
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new AssuredGrading(
                reader.GetInt32(0),
                level,
                reader.GetFieldValue<DateOnly>(1),
                reader.GetInt32(2),
                (Phase)reader.GetInt32(3),
                (BroadAreaOfNeed)reader.GetInt32(4),
                (SettingType)reader.GetInt32(5),
                Grade.FromValue(reader.GetInt32(6)),
                reader.GetBoolean(7),
                SectionGrades.Parse(reader.GetString(8)),
                (PlanKind)reader.GetInt32(9));
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// The decisive judgements on forms of the authority's own at the filter's level and cuts in its period,
    /// by the framework version they were made on (few beside the 1–4 grades, so read through EF Core).
    /// </summary>
    public async Task<IReadOnlyList<(int FrameworkVersionId, IReadOnlyList<AssuredResult> Results)>> ResultsOnFormsAsync(
        DashboardFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rows = db.AssuredGrades.AsNoTracking()
            .Where(a => a.Level == filter.Level && a.Overall == null && a.FrameworkVersionId != null && a.GivenOn >= filter.From && a.GivenOn <= filter.To);
        rows = filter.LocalityId is { } locality ? rows.Where(a => a.LocalityId == locality) : rows;
        rows = filter.Phase is { } phase ? rows.Where(a => a.Phase == phase) : rows;
        rows = filter.Need is { } need ? rows.Where(a => a.Need == need) : rows;
        rows = filter.Setting is { } setting ? rows.Where(a => a.Setting == setting) : rows;
        rows = filter.Kind is { } kind ? rows.Where(a => a.Kind == kind) : rows;
        var read = await rows.ToListAsync(cancellationToken);
        return read.GroupBy(a => a.FrameworkVersionId!.Value)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<AssuredResult>)g.Select(a => new AssuredResult(
                a.PlanId, a.GivenOn, a.LocalityId, a.Phase, a.Need, a.Setting, a.GradeOnForm, a.PassesBar,
                new Domain.Frameworks.Forms.Points(a.Awarded ?? 0m, a.Available ?? 0m), a.Regraded, a.Kind)).ToList()))
            .ToList();
    }

    /// <summary>Every grade at one level given in the period, whatever its cuts.</summary>
    public Task<List<AssuredGrading>> LoadAsync(AssuranceLevel level, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        LoadAsync(new DashboardFilter(from, to, level), from, to, cancellationToken);
}
