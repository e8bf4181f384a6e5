using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK checkboxes for a collection property:
/// <c>&lt;govuk-checkboxes asp-for="Needs" legend="..." hint="Select all that apply" items="Model.NeedOptions" /&gt;</c>.
/// An option is checked when its value is among the attempted values (or else the model's values);
/// when neither exists, options marked Selected are.
/// </summary>
[HtmlTargetElement("govuk-checkboxes", Attributes = "asp-for,items", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxesTagHelper : GovukChoicesTagHelperBase
{
    protected override string Block => "checkboxes";

    protected override string InputType => "checkbox";

    protected override Func<string, SelectListItem, bool> CheckedTest()
    {
        if (AttemptedValues(FieldName) is null && For.Model is null)
        {
            return (_, item) => item.Selected;
        }

        var current = new HashSet<string>(CurrentValues(), StringComparer.Ordinal);
        return (value, _) => current.Contains(value);
    }
}
