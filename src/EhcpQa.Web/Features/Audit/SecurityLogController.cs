using System.Globalization;
using CsvHelper;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Audit;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Audit;

/// <summary>
/// The security and access log, for QA leads and administrators: every entry, newest first, filtered by time, person,
/// kind and page; as CSV with the same filters; and a check of the whole chain. Nothing here changes an entry.
/// </summary>
[Authorize(Policy = Policies.SecurityLog)]
[Route("security-log")]
public sealed class SecurityLogController(EhcpQaDbContext db, TimeProvider clock) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SecurityLogFilter filter, CancellationToken cancellationToken)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var totalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, totalPages);
        var entries = await query.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var people = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => new Person(u.Id, u.Email ?? u.Id)).ToListAsync(cancellationToken);
        return View(new SecurityLogPage(filter with { Page = page }, entries, total, totalPages, await StaffNames.LoadAsync(db, entries.Select(e => e.UserId), cancellationToken), people));
    }

    [HttpGet("csv")]
    public async Task<IActionResult> Csv([FromQuery] SecurityLogFilter filter, CancellationToken cancellationToken)
    {
        var entries = await Filtered(filter).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var names = await StaffNames.LoadAsync(db, entries.Select(e => e.UserId), cancellationToken);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { "Entry", "When (UTC)", "What", "Who", "Account id", "Page or record", "Detail", "From address", "Place in chain", "Hash" })
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var entry in entries)
            {
                csv.WriteField(entry.Id.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                csv.WriteField(entry.Kind);
                csv.WriteField(Safe(entry.UserId is null ? string.Empty : names.Of(entry.UserId)));
                csv.WriteField(entry.UserId ?? string.Empty);
                csv.WriteField(Safe(entry.Subject));
                csv.WriteField(Safe(entry.Detail));
                csv.WriteField(entry.Address ?? string.Empty);
                csv.WriteField(entry.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "not yet sealed");
                csv.WriteField(entry.Hash ?? string.Empty);
                csv.NextRecord();
            }
        }

        return File(stream.ToArray(), "text/csv", $"security-log-{clock.GetUtcNow():yyyy-MM-dd}.csv");
    }

    /// <summary>Checks the whole chain: each sealed entry as it was sealed, in order, none missing.</summary>
    [HttpGet("check")]
    public async Task<IActionResult> Check(CancellationToken cancellationToken) =>
        View(await SecurityLogChain.CheckAsync(db, cancellationToken));

    private IQueryable<SecurityEvent> Filtered(SecurityLogFilter filter)
    {
        var query = db.SecurityEvents.AsNoTracking();
        if (filter.Days is > 0)
        {
            var since = clock.GetUtcNow().AddDays(-filter.Days.Value);
            query = query.Where(e => e.At >= since);
        }

        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            query = query.Where(e => e.UserId == filter.Person);
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind) && SecurityEventKinds.All.Contains(filter.Kind))
        {
            query = query.Where(e => e.Kind == filter.Kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Subject))
        {
            var text = filter.Subject.Trim();
            query = query.Where(e => e.Subject != null && e.Subject.Contains(text));
        }

        return query;
    }

    /// <summary>A cell that a spreadsheet would read as a formula is written as text.</summary>
    private static string Safe(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}

/// <summary>The log's filters, from the query: the last so many days, one person, one kind, a page or record, and the page of results.</summary>
public sealed record SecurityLogFilter
{
    public int? Days { get; init; } = 7;

    public string? Person { get; init; }

    public string? Kind { get; init; }

    /// <summary>Part of a page's path or a record ("plans/12").</summary>
    public string? Subject { get; init; }

    public int Page { get; init; } = 1;

    public IDictionary<string, string?> ToRouteValues(int page) => new Dictionary<string, string?>
    {
        ["days"] = Days?.ToString(CultureInfo.InvariantCulture) ?? "0",
        ["person"] = Person,
        ["kind"] = Kind,
        ["subject"] = Subject,
        ["page"] = page.ToString(CultureInfo.InvariantCulture),
    };
}

public sealed record Person(string Id, string Email);

public sealed record SecurityLogPage(
    SecurityLogFilter Filter, IReadOnlyList<SecurityEvent> Entries, int Total, int TotalPages, StaffNames Names, IReadOnlyList<Person> People)
{
    public static IReadOnlyList<(string Value, string Text)> DayItems { get; } =
        [("1", "Last 24 hours"), ("7", "Last 7 days"), ("30", "Last 30 days"), ("365", "Last year"), ("0", "All kept")];
}
