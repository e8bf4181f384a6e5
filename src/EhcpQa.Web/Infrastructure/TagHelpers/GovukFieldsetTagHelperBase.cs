using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>A component that groups its inputs in a fieldset with a legend: radios, checkboxes, date input.</summary>
public abstract class GovukFieldsetTagHelperBase : GovukFieldTagHelperBase
{
    /// <summary>Legend text; defaults to the property's display name ([Display(Name = ...)]).</summary>
    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    /// <summary>Classes for the legend, for example <c>govuk-fieldset__legend--l</c>.</summary>
    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    /// <summary>Puts the legend text in an <c>&lt;h1&gt;</c> when the question is the page's only one.</summary>
    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    protected string LegendText => Legend ?? DisplayName;
}
