using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK select: <c>&lt;govuk-select asp-for="Locality" items="Model.Localities" empty-option="Choose a locality" /&gt;</c>.
/// The option matching the attempted or model value is selected; otherwise any item marked Selected.
/// </summary>
[HtmlTargetElement("govuk-select", Attributes = "asp-for,items", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : GovukLabelledFieldTagHelperBase
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Text of a first option with an empty value, for example "Choose a locality".</summary>
    [HtmlAttributeName("empty-option")]
    public string? EmptyOption { get; set; }

    /// <summary>Extra classes for the select.</summary>
    [HtmlAttributeName("class")]
    public string? SelectClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var select = new TagBuilder("select");
        select.AddCssClass(GovukMarkup.JoinClasses("govuk-select", SelectClass));
        select.Attributes["id"] = FieldId;
        select.Attributes["name"] = FieldName;

        var items = Items.ToList();
        var current = CurrentValue();
        var anyMatches = current is not null && items.Exists(i => string.Equals(ValueOf(i), current, StringComparison.Ordinal));

        if (EmptyOption is not null)
        {
            select.InnerHtml.AppendHtml(Option(string.Empty, EmptyOption, selected: false, disabled: false));
        }

        foreach (var item in items)
        {
            var selected = anyMatches
                ? string.Equals(ValueOf(item), current, StringComparison.Ordinal)
                : current is null && item.Selected;
            select.InnerHtml.AppendHtml(Option(ValueOf(item), item.Text, selected, item.Disabled));
        }

        RenderFormGroup(output, select, "govuk-select--error");
    }

    private static string ValueOf(SelectListItem item) => item.Value ?? item.Text;

    private static TagBuilder Option(string value, string text, bool selected, bool disabled)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }

        if (disabled)
        {
            option.Attributes["disabled"] = "disabled";
        }

        option.InnerHtml.Append(text);
        return option;
    }
}
