using EhcpQa.Web.Persistence.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EhcpQa.Web.Infrastructure.Security;

/// <summary>
/// Marks a controller whose pages show one child's records (a plan, its drafts, gradings, feedback, moderation):
/// every page of it opened for a record (a route with an id) is recorded in the security log as read.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class ChildRecordPagesAttribute : Attribute;

/// <summary>
/// Records in the security log every read of a child-level page (<see cref="ChildRecordPagesAttribute"/>) and every
/// file the service hands out (documents, PDFs, exports): who, which page (its path, ids only), when, from where.
/// Applied to every action (<c>ServiceSetup</c>); only what was actually served (200) is recorded.
/// </summary>
public sealed class AccessLoggingFilter(SecurityLog log) : IAsyncResultFilter
{
    private static readonly HashSet<string> NotIds = new(StringComparer.OrdinalIgnoreCase) { "controller", "action", "area" };

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        var http = context.HttpContext;
        if (executed.Exception is not null && !executed.ExceptionHandled || http.Response.StatusCode != StatusCodes.Status200OK
            || http.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var path = http.Request.Path.Value;
        if (context.Result is FileResult)
        {
            await log.RecordAsync(SecurityEventKinds.Download, path);
        }
        else if (HttpMethods.IsGet(http.Request.Method)
            && context.ActionDescriptor.EndpointMetadata.Any(m => m is ChildRecordPagesAttribute)
            && context.RouteData.Values.Keys.Any(k => !NotIds.Contains(k)))
        {
            await log.RecordAsync(SecurityEventKinds.Read, path);
        }
    }
}
