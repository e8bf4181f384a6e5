using System.Globalization;
using EhcpQa.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK error summary built from ModelState: <c>&lt;govuk-error-summary /&gt;</c> at the top of the
/// main column. Renders nothing when there are no errors. Each field error links to the field
/// (<c>#Field_Id</c>; for a <see cref="DateInput"/>, its first input in error); errors not tied to a
/// field (key "") are listed first, without a link. One message per field, the one shown beside it.
/// Errors follow the order of the model's properties (the order fields normally appear on the page),
/// not ModelState's own order.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    private static readonly string[] DateParts = [nameof(DateInput.Day), nameof(DateInput.Month), nameof(DateInput.Year)];

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    [HtmlAttributeName("title")]
    public string Title { get; set; } = "There is a problem";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var errors = SummaryErrors(ViewContext.ViewData).ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var list = new TagBuilder("ul");
        list.AddCssClass("govuk-list govuk-error-summary__list");
        foreach (var (message, href) in errors)
        {
            var item = new TagBuilder("li");
            if (href is null)
            {
                item.InnerHtml.Append(message);
            }
            else
            {
                var link = new TagBuilder("a");
                link.Attributes["href"] = href;
                link.InnerHtml.Append(message);
                item.InnerHtml.AppendHtml(link);
            }

            list.InnerHtml.AppendHtml(item);
        }

        var heading = new TagBuilder("h2");
        heading.AddCssClass("govuk-error-summary__title");
        heading.InnerHtml.Append(Title);

        var body = new TagBuilder("div");
        body.AddCssClass("govuk-error-summary__body");
        body.InnerHtml.AppendHtml(list);

        // role="alert" sits on a child so the focus the JS moves to the summary is not lost.
        var alert = new TagBuilder("div");
        alert.Attributes["role"] = "alert";
        alert.InnerHtml.AppendHtml(heading);
        alert.InnerHtml.AppendHtml(body);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(alert);
    }

    /// <summary>The messages to list and where each links (null for errors not tied to a field).</summary>
    internal static IEnumerable<(string Message, string? Href)> SummaryErrors(ViewDataDictionary viewData)
    {
        var modelState = viewData.ModelState;
        if (modelState.ErrorCount == 0)
        {
            yield break;
        }

        if (modelState.TryGetValue(string.Empty, out var modelLevel))
        {
            foreach (var error in modelLevel.Errors)
            {
                yield return (GovukFieldTagHelperBase.ErrorText(error, "value"), null);
            }
        }

        var root = viewData.ModelMetadata;
        var keysInPageOrder = modelState
            .Where(e => e.Key.Length > 0 && e.Value is { Errors.Count: > 0 })
            .Select(e => (e.Key, Entry: e.Value!, Order: PropertyOrder(root, e.Key)))
            .OrderBy(e => e.Order, OrderComparer)
            .ToList();

        var listedDates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, entry, _) in keysInPageOrder)
        {
            var metadata = FindMetadata(root, key);
            var displayName = metadata?.GetDisplayName() ?? key;

            // A date shows one message: the whole-date error if there is one, else its first part's.
            if (DateParentOf(root, key) is { } dateKey)
            {
                if (!listedDates.Add(dateKey))
                {
                    continue;
                }

                var (dateError, partKey) = FirstDateError(modelState, dateKey);
                var dateMetadata = FindMetadata(root, dateKey);
                yield return (
                    GovukFieldTagHelperBase.ErrorText(dateError, dateMetadata?.GetDisplayName() ?? dateKey),
                    "#" + TagBuilder.CreateSanitizedId(partKey, GovukFieldTagHelperBase.IdDotReplacement));
                continue;
            }

            yield return (
                GovukFieldTagHelperBase.ErrorText(entry.Errors[0], displayName),
                "#" + TagBuilder.CreateSanitizedId(key, GovukFieldTagHelperBase.IdDotReplacement));
        }
    }

    /// <summary>The key of the DateInput that <paramref name="key"/> is, or is a part of; otherwise null.</summary>
    private static string? DateParentOf(ModelMetadata root, string key)
    {
        if (FindMetadata(root, key)?.ModelType == typeof(DateInput))
        {
            return key;
        }

        var dot = key.LastIndexOf('.');
        if (dot > 0 && DateParts.Contains(key[(dot + 1)..], StringComparer.Ordinal)
            && FindMetadata(root, key[..dot])?.ModelType == typeof(DateInput))
        {
            return key[..dot];
        }

        return null;
    }

    private static (ModelError Error, string LinkKey) FirstDateError(ModelStateDictionary modelState, string dateKey)
    {
        var firstInput = dateKey + "." + nameof(DateInput.Day);
        if (modelState.TryGetValue(dateKey, out var whole) && whole.Errors.Count > 0)
        {
            return (whole.Errors[0], firstInput);
        }

        foreach (var part in DateParts)
        {
            var partKey = dateKey + "." + part;
            if (modelState.TryGetValue(partKey, out var entry) && entry.Errors.Count > 0)
            {
                return (entry.Errors[0], partKey);
            }
        }

        throw new InvalidOperationException($"No error recorded for {dateKey}.");
    }

    private static readonly Comparer<int[]> OrderComparer = Comparer<int[]>.Create((a, b) =>
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    });

    /// <summary>
    /// A sort key for a ModelState key: the position of each property along its path in the model's
    /// metadata (and each collection index). Keys that do not match the model sort last.
    /// </summary>
    private static int[] PropertyOrder(ModelMetadata? metadata, string key)
    {
        var order = new List<int>();
        foreach (var segment in key.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket >= 0 ? segment[..bracket] : segment;
            if (name.Length > 0)
            {
                var position = metadata is null ? -1 : IndexOfProperty(metadata, name);
                if (position < 0)
                {
                    order.Add(int.MaxValue);
                    return [.. order];
                }

                order.Add(position);
                metadata = metadata!.Properties[position];
            }

            foreach (var index in segment[(bracket < 0 ? segment.Length : bracket)..].Split('[', ']'))
            {
                if (index.Length > 0)
                {
                    order.Add(int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue);
                    metadata = metadata?.ElementMetadata;
                }
            }
        }

        return [.. order];
    }

    private static int IndexOfProperty(ModelMetadata metadata, string name)
    {
        var properties = metadata.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].PropertyName, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Walks a ModelState key such as <c>Plan.Sections[2].DueDate</c> down the model's metadata.</summary>
    private static ModelMetadata? FindMetadata(ModelMetadata? metadata, string key)
    {
        foreach (var segment in key.Split('.'))
        {
            if (metadata is null)
            {
                return null;
            }

            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket >= 0 ? segment[..bracket] : segment;
            if (name.Length > 0)
            {
                metadata = metadata.Properties[name];
            }

            if (bracket >= 0)
            {
                for (var i = bracket; i < segment.Length; i++)
                {
                    if (segment[i] == '[')
                    {
                        metadata = metadata?.ElementMetadata;
                    }
                }
            }
        }

        return metadata;
    }
}
