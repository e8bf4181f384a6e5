using AngleSharp.Dom;

namespace EhcpQa.Web.Tests.Support;

/// <summary>Reads the fields of a page's main form as a browser would submit them.</summary>
public static class FormFields
{
    public static List<KeyValuePair<string, string>> Of(IDocument page) =>
        Of(page.QuerySelectorAll("main form input, main form select, main form textarea"));

    /// <summary>The fields of one form, for a page with several (a button's form among others).</summary>
    public static List<KeyValuePair<string, string>> Of(IElement form) =>
        Of(form.QuerySelectorAll("input, select, textarea"));

    private static List<KeyValuePair<string, string>> Of(IEnumerable<IElement> fields) =>
        fields
            .Where(e => e.GetAttribute("name") is not null)
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "radio") || e.HasAttribute("checked"))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.TagName switch
            {
                "SELECT" => e.QuerySelector("option[selected]")?.GetAttribute("value") ?? string.Empty,
                "TEXTAREA" => e.TextContent,
                _ => e.GetAttribute("value") ?? string.Empty,
            }))
            .ToList();

    /// <summary>The same fields with one value replaced (or added).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value) =>
        fields.Where(f => f.Key != name).Append(new(name, value)).ToList();
}
