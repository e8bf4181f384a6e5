using System.Text;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EhcpQa.Web.Infrastructure.Forms;

/// <summary>
/// Null and other control characters in what a person typed (pasted from another program, or sent on purpose):
/// the answer is a GOV.UK error on the field, with everything typed kept. ASP.NET Core refuses to read a whole form
/// that holds a null character (%00), which lost every field and answered 400; <see cref="UseReadableForms"/> puts
/// the replacement character (U+FFFD, shown as �) in its place first, and <see cref="ControlCharacterFilter"/> then
/// refuses any field holding a control character or that mark, naming the field, before the action saves anything.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The largest form body looked at for null characters (larger ones are left to the framework's limits).</summary>
    public const int MaxFormBytes = 8 * 1024 * 1024;

    private static readonly byte[] Replacement = "%EF%BF%BD"u8.ToArray();

    /// <summary>Whether a value holds a character that cannot be kept: a control character other than tab and line breaks, or U+FFFD.</summary>
    public static bool AnyIn(string? value) =>
        value is not null && value.Any(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n')));

    /// <summary>Replaces null characters in URL-encoded form bodies (raw or %00) so the form can be read, and refused field by field.</summary>
    public static IApplicationBuilder UseReadableForms(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method)
            && request.HasFormContentType
            && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
            && request.ContentLength is null or <= MaxFormBytes)
        {
            request.EnableBuffering();
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
            var body = buffer.ToArray();
            if (WithoutNulls(body) is { } readable)
            {
                request.Body = new MemoryStream(readable);
                request.ContentLength = readable.Length;
            }
            else
            {
                request.Body.Position = 0;
            }
        }

        await next(context);
    });

    /// <summary>The body with each null character (raw, or %00) replaced by U+FFFD, URL-encoded; null when it has none.</summary>
    public static byte[]? WithoutNulls(ReadOnlySpan<byte> body)
    {
        var found = false;
        var result = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == 0)
            {
                result.AddRange(Replacement);
                found = true;
            }
            else if (body[i] == (byte)'%' && i + 2 < body.Length && body[i + 1] == (byte)'0' && body[i + 2] == (byte)'0')
            {
                result.AddRange(Replacement);
                found = true;
                i += 2;
            }
            else
            {
                result.Add(body[i]);
            }
        }

        return found ? [.. result] : null;
    }
}

/// <summary>
/// Refuses, field by field, a form whose fields hold control characters (see <see cref="ControlCharacters"/>): each
/// such field gets an error naming it, so the action shows the form again, as typed, instead of saving.
/// </summary>
public sealed class ControlCharacterFilter(IModelMetadataProvider metadata) : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType || !HttpMethods.IsPost(request.Method))
        {
            return;
        }

        foreach (var (key, values) in request.Form)
        {
            if (values.Any(ControlCharacters.AnyIn))
            {
                context.ModelState.AddModelError(key,
                    $"{NameOf(context, key)} contains a character that cannot be kept, shown as � (a null or other control character, often copied from another program). Remove it");
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    /// <summary>The field's label as its form names it (its display name), else "An answer".</summary>
    private string NameOf(ActionExecutingContext context, string key)
    {
        var last = key[(key.LastIndexOf('.') + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        var property = bracket >= 0 ? last[..bracket] : last;
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (Find(metadata.GetMetadataForType(parameter.ParameterType), property, depth: 0) is { } name)
            {
                return name;
            }
        }

        return "An answer";
    }

    private static string? Find(ModelMetadata type, string property, int depth)
    {
        foreach (var candidate in type.Properties)
        {
            if (string.Equals(candidate.PropertyName, property, StringComparison.Ordinal))
            {
                return candidate.DisplayName ?? SplitWords(candidate.PropertyName!);
            }

            if (depth < 2 && candidate.IsComplexType && !candidate.IsEnumerableType && Find(candidate, property, depth + 1) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private static string SplitWords(string name)
    {
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
                words.Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(c);
            }
        }

        return words.ToString();
    }
}
