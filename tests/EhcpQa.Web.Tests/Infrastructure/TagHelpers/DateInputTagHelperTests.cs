using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static EhcpQa.Web.Tests.Infrastructure.TagHelpers.TagHelperHarness;

namespace EhcpQa.Web.Tests.Infrastructure.TagHelpers;

public sealed class DateInputTagHelper_WhenPartsWereTyped_KeepsThem
{
    [Fact]
    public async Task Inputs_are_named_and_identified_by_part()
    {
        var viewContext = ViewContextFor(new PlanForm { DateOfBirth = DateInput.From(new DateOnly(2015, 3, 27)) });
        var helper = new GovukDateInputTagHelper
        {
            ViewContext = viewContext,
            For = For(viewContext, (PlanForm m) => m.DateOfBirth),
            Legend = "What is the child's date of birth?",
            Hint = "For example, 27 3 2015",
        };

        var group = await RenderAsync(helper, "govuk-date-input");

        var fieldset = group!.QuerySelector("fieldset.govuk-fieldset[role=group]")!;
        Assert.Equal("DateOfBirth-hint", fieldset.GetAttribute("aria-describedby"));
        Assert.Equal("What is the child's date of birth?", fieldset.QuerySelector("legend")!.TextContent.Trim());
        var inputs = group.QuerySelectorAll("div.govuk-date-input#DateOfBirth input");
        Assert.Equal(["DateOfBirth_Day", "DateOfBirth_Month", "DateOfBirth_Year"], inputs.Select(i => i.Id));
        Assert.Equal(["DateOfBirth.Day", "DateOfBirth.Month", "DateOfBirth.Year"], inputs.Select(i => i.GetAttribute("name")));
        Assert.Equal(["27", "3", "2015"], inputs.Select(i => i.GetAttribute("value")));
        Assert.All(inputs, i => Assert.Equal("numeric", i.GetAttribute("inputmode")));
        Assert.Equal(["Day", "Month", "Year"], group.QuerySelectorAll("label.govuk-date-input__label").Select(l => l.TextContent.Trim()));
        Assert.Contains("govuk-input--width-4", inputs[2].ClassList);
        Assert.Empty(group.QuerySelectorAll(".govuk-input--error"));
    }

    [Fact]
    public async Task Attempted_parts_are_shown_even_when_they_are_not_a_date()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("DateOfBirth.Day", "31", "31");
        modelState.SetModelValue("DateOfBirth.Month", "Febuary", "Febuary");
        modelState.SetModelValue("DateOfBirth.Year", "15", "15");
        var viewContext = ViewContextFor(new PlanForm(), modelState);
        var helper = new GovukDateInputTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.DateOfBirth) };

        var group = await RenderAsync(helper, "govuk-date-input");

        Assert.Equal(["31", "Febuary", "15"], group!.QuerySelectorAll("input").Select(i => i.GetAttribute("value")));
        Assert.Equal("Date of birth", group.QuerySelector("legend")!.TextContent.Trim());
    }
}

public sealed class DateInputTagHelper_WhenAPartHasError_HighlightsOnlyThatPart
{
    [Fact]
    public async Task Month_error_marks_the_month_input()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("DateOfBirth.Month", "13", "13");
        modelState.AddModelError("DateOfBirth.Month", "Month must be between 1 and 12");
        var viewContext = ViewContextFor(new PlanForm(), modelState);
        var helper = new GovukDateInputTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.DateOfBirth) };

        var group = await RenderAsync(helper, "govuk-date-input");

        Assert.Contains("govuk-form-group--error", group!.ClassList);
        Assert.Equal(["DateOfBirth_Month"], group.QuerySelectorAll("input.govuk-input--error").Select(i => i.Id));
        Assert.Equal("Error: Month must be between 1 and 12", group.QuerySelector("#DateOfBirth-error")!.TextContent.Trim());
        Assert.Equal("DateOfBirth-error", group.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Equal("13", group.QuerySelector("#DateOfBirth_Month")!.GetAttribute("value"));
    }
}

public sealed class DateInputTagHelper_WhenWholeDateHasError_HighlightsAllParts
{
    [Fact]
    public async Task Every_input_is_marked_and_the_whole_date_message_is_shown()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("DateOfBirth", "Date of birth must be a real date");
        modelState.AddModelError("DateOfBirth.Year", "Year must include 4 numbers");
        var viewContext = ViewContextFor(new PlanForm(), modelState);
        var helper = new GovukDateInputTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.DateOfBirth) };

        var group = await RenderAsync(helper, "govuk-date-input");

        Assert.Equal(3, group!.QuerySelectorAll("input.govuk-input--error").Length);
        Assert.Equal("Error: Date of birth must be a real date", group.QuerySelector(".govuk-error-message")!.TextContent.Trim());
    }
}
