using System.Collections;
using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// What every GOV.UK form component shares: the bound model expression, the field's name and id,
/// its error from ModelState, the value to show (what was typed, if anything, else the model),
/// the hint, and the label text (the <c>label</c> attribute, else the property's display name).
/// </summary>
public abstract class GovukFieldTagHelperBase : TagHelper
{
    internal const string IdDotReplacement = "_";

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>Hint text shown under the label or legend.</summary>
    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Extra classes for the <c>govuk-form-group</c> wrapper.</summary>
    [HtmlAttributeName("form-group-class")]
    public string? FormGroupClass { get; set; }

    protected ModelStateDictionary ModelState => ViewContext.ViewData.ModelState;

    /// <summary>The field's name, including any HtmlFieldPrefix (for example <c>Plan.Reference</c>).</summary>
    protected string FieldName => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    /// <summary>The field's id (for example <c>Plan_Reference</c>), as MVC would generate it.</summary>
    protected string FieldId => TagBuilder.CreateSanitizedId(FieldName, IdDotReplacement);

    protected string DisplayName => For.Metadata.GetDisplayName();

    protected string? HintId => string.IsNullOrWhiteSpace(Hint) ? null : FieldId + "-hint";

    protected string ErrorId => FieldId + "-error";

    /// <summary>The first error recorded in ModelState for <paramref name="key"/>, if any.</summary>
    protected string? ErrorFor(string key)
    {
        if (!ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            return null;
        }

        return ErrorText(entry.Errors[0], DisplayName);
    }

    internal static string ErrorText(ModelError error, string displayName) =>
        string.IsNullOrWhiteSpace(error.ErrorMessage) ? $"Enter a valid {displayName}" : error.ErrorMessage;

    /// <summary>The value the user sent for <paramref name="key"/>, when model binding saw one.</summary>
    protected string? AttemptedValue(string key) =>
        ModelState.TryGetValue(key, out var entry) ? entry.AttemptedValue : null;

    /// <summary>All values the user sent for <paramref name="key"/> (for checkboxes), or null.</summary>
    protected IReadOnlyCollection<string>? AttemptedValues(string key)
    {
        if (!ModelState.TryGetValue(key, out var entry))
        {
            return null;
        }

        return entry.RawValue switch
        {
            string single => [single],
            string[] many => many,
            IEnumerable<string> many => many.ToArray(),
            _ => entry.AttemptedValue is null ? null : [entry.AttemptedValue],
        };
    }

    /// <summary>What to show in the field: the attempted value when present, else the model value.</summary>
    protected string? CurrentValue()
    {
        var attempted = AttemptedValue(FieldName);
        if (attempted is not null)
        {
            return attempted;
        }

        var model = For.Model;
        var format = For.Metadata.EditFormatString;
        return model is not null && !string.IsNullOrEmpty(format)
            ? string.Format(CultureInfo.CurrentCulture, format, model)
            : FormatValue(model);
    }

    /// <summary>Values of a collection property as strings (the attempted values when present).</summary>
    protected IReadOnlyCollection<string> CurrentValues()
    {
        var attempted = AttemptedValues(FieldName);
        if (attempted is not null)
        {
            return attempted;
        }

        return For.Model switch
        {
            null => [],
            string single => [single],
            IEnumerable many => many.Cast<object?>().Select(FormatValue).OfType<string>().ToArray(),
            var single => FormatValue(single) is { } text ? [text] : [],
        };
    }

    internal static string? FormatValue(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString(),
    };

    /// <summary>Moves attributes the tag helper did not bind (maxlength, data-*, ...) onto <paramref name="element"/>.</summary>
    protected static void MoveUnboundAttributes(TagHelperOutput output, TagBuilder element)
    {
        foreach (var attribute in output.Attributes)
        {
            var value = attribute.ValueStyle == HtmlAttributeValueStyle.Minimized
                ? attribute.Name
                : AttributeText(attribute.Value);
            element.MergeAttribute(attribute.Name, value, replaceExisting: false);
        }

        output.Attributes.Clear();
    }

    /// <summary>An attribute value as plain text (TagBuilder encodes it again when writing).</summary>
    internal static string AttributeText(object? value)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case string text:
                return text;
            case IHtmlContent html:
                using (var writer = new StringWriter(CultureInfo.InvariantCulture))
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }
    }
}
