using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>The small pieces of GOV.UK markup that several components share.</summary>
internal static class GovukMarkup
{
    public static TagBuilder FormGroup(bool hasError, string? extraClasses)
    {
        var group = new TagBuilder("div");
        group.AddCssClass(JoinClasses("govuk-form-group", hasError ? "govuk-form-group--error" : null, extraClasses));
        return group;
    }

    public static IHtmlContent Label(string forId, string text, string? classes, bool isPageHeading, string? hiddenContext = null)
    {
        var label = new TagBuilder("label");
        label.AddCssClass(JoinClasses("govuk-label", classes));
        label.Attributes["for"] = forId;
        label.InnerHtml.Append(text);
        if (!string.IsNullOrEmpty(hiddenContext))
        {
            // Read out, not shown: tells apart fields with the same label on one page (e.g. each section's "Strengths").
            var context = new TagBuilder("span");
            context.AddCssClass("govuk-visually-hidden");
            context.InnerHtml.Append(" " + hiddenContext);
            label.InnerHtml.AppendHtml(context);
        }

        if (!isPageHeading)
        {
            return label;
        }

        var heading = new TagBuilder("h1");
        heading.AddCssClass("govuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    public static TagBuilder Hint(string id, string text, string? extraClasses = null)
    {
        var hint = new TagBuilder("div");
        hint.Attributes["id"] = id;
        hint.AddCssClass(JoinClasses("govuk-hint", extraClasses));
        hint.InnerHtml.Append(text);
        return hint;
    }

    public static TagBuilder ErrorMessage(string id, string text)
    {
        var error = new TagBuilder("p");
        error.Attributes["id"] = id;
        error.AddCssClass("govuk-error-message");

        var prefix = new TagBuilder("span");
        prefix.AddCssClass("govuk-visually-hidden");
        prefix.InnerHtml.Append("Error:");

        error.InnerHtml.AppendHtml(prefix);
        error.InnerHtml.Append(" " + text);
        return error;
    }

    /// <summary>A fieldset with its legend; the caller appends the rest of the content.</summary>
    public static TagBuilder Fieldset(string legendText, string? legendClasses, bool isPageHeading, string? describedBy, string? role = null)
    {
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        if (role is not null)
        {
            fieldset.Attributes["role"] = role;
        }

        if (!string.IsNullOrEmpty(describedBy))
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }

        var legend = new TagBuilder("legend");
        legend.AddCssClass(JoinClasses("govuk-fieldset__legend", legendClasses));
        if (isPageHeading)
        {
            var heading = new TagBuilder("h1");
            heading.AddCssClass("govuk-fieldset__heading");
            heading.InnerHtml.Append(legendText);
            legend.InnerHtml.AppendHtml(heading);
        }
        else
        {
            legend.InnerHtml.Append(legendText);
        }

        fieldset.InnerHtml.AppendHtml(legend);
        return fieldset;
    }

    public static string JoinClasses(params string?[] classes) =>
        string.Join(' ', classes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()));

    public static string? JoinIds(params string?[] ids)
    {
        var joined = string.Join(' ', ids.Where(id => !string.IsNullOrEmpty(id)));
        return joined.Length == 0 ? null : joined;
    }
}
