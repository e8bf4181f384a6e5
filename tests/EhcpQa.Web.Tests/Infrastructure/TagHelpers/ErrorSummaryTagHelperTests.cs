using EhcpQa.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static EhcpQa.Web.Tests.Infrastructure.TagHelpers.TagHelperHarness;

namespace EhcpQa.Web.Tests.Infrastructure.TagHelpers;

public sealed class ErrorSummaryTagHelper_WhenModelStateIsValid_RendersNothing
{
    [Fact]
    public async Task No_errors_no_markup()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Reference", "EHCP-1", "EHCP-1");
        var helper = new GovukErrorSummaryTagHelper { ViewContext = ViewContextFor(new PlanForm(), modelState) };

        var html = await RenderHtmlAsync(helper, "govuk-error-summary");

        Assert.Equal(string.Empty, html);
    }
}

public sealed class ErrorSummaryTagHelper_WhenFieldsHaveErrors_LinksToEachField
{
    [Fact]
    public async Task Renders_the_GOV_UK_error_summary_with_a_link_per_field_in_page_order()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Confirmed", "Confirm the plan is accurate");
        modelState.AddModelError("Grade", "Select the overall grade");
        modelState.AddModelError("Reference", "Enter the plan reference");
        modelState.AddModelError("Reference", "A second message for the same field");
        var helper = new GovukErrorSummaryTagHelper { ViewContext = ViewContextFor(new PlanForm(), modelState) };

        var summary = await RenderAsync(helper, "govuk-error-summary");

        Assert.Equal("govuk-error-summary", summary!.ClassName);
        Assert.Equal("govuk-error-summary", summary.GetAttribute("data-module"));
        Assert.Equal("There is a problem", summary.QuerySelector("[role=alert] > h2.govuk-error-summary__title")!.TextContent.Trim());
        var links = summary.QuerySelectorAll("ul.govuk-list.govuk-error-summary__list > li > a");
        Assert.Equal(
            [("#Reference", "Enter the plan reference"), ("#Grade", "Select the overall grade"), ("#Confirmed", "Confirm the plan is accurate")],
            links.Select(a => (a.GetAttribute("href"), a.TextContent)));
    }

    [Fact]
    public async Task Model_level_errors_come_first_without_a_link()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Reference", "Enter the plan reference");
        modelState.AddModelError(string.Empty, "The plan has changed since you opened it");
        var helper = new GovukErrorSummaryTagHelper { ViewContext = ViewContextFor(new PlanForm(), modelState) };

        var summary = await RenderAsync(helper, "govuk-error-summary");

        var items = summary!.QuerySelectorAll(".govuk-error-summary__list > li");
        Assert.Equal("The plan has changed since you opened it", items[0].TextContent.Trim());
        Assert.Null(items[0].QuerySelector("a"));
        Assert.Equal("#Reference", items[1].QuerySelector("a")!.GetAttribute("href"));
    }
}

public sealed class ErrorSummaryTagHelper_ForADateInput_LinksToTheFirstInputInError
{
    [Fact]
    public async Task Whole_date_error_links_to_the_day_input()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("DateOfBirth", "Date of birth must be a real date");
        var helper = new GovukErrorSummaryTagHelper { ViewContext = ViewContextFor(new PlanForm(), modelState) };

        var summary = await RenderAsync(helper, "govuk-error-summary");

        var link = Assert.Single(summary!.QuerySelectorAll(".govuk-error-summary__list a"));
        Assert.Equal("#DateOfBirth_Day", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Part_error_links_to_that_part_and_the_date_is_listed_once()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("DateOfBirth.Year", "Year must include 4 numbers");
        modelState.AddModelError("DateOfBirth.Month", "Month must be between 1 and 12");
        var helper = new GovukErrorSummaryTagHelper { ViewContext = ViewContextFor(new PlanForm(), modelState) };

        var summary = await RenderAsync(helper, "govuk-error-summary");

        var link = Assert.Single(summary!.QuerySelectorAll(".govuk-error-summary__list a"));
        Assert.Equal(("#DateOfBirth_Month", "Month must be between 1 and 12"), (link.GetAttribute("href"), link.TextContent));
    }
}
