using EhcpQa.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using static EhcpQa.Web.Tests.Infrastructure.TagHelpers.TagHelperHarness;

namespace EhcpQa.Web.Tests.Infrastructure.TagHelpers;

internal static class Options
{
    public static SelectListItem[] Grades() =>
        [new("Outstanding", "outstanding"), new("Good", "good"), new("Requires improvement", "requires-improvement"), new("Inadequate", "inadequate")];

    public static SelectListItem[] Needs() =>
        [new("Communication and interaction", "ci"), new("Cognition and learning", "cl"), new("Social, emotional and mental health", "semh")];
}

public sealed class RadiosTagHelper_ChecksTheOptionMatchingTheValue
{
    [Fact]
    public async Task Model_value_is_checked_and_ids_follow_GOV_UK()
    {
        var viewContext = ViewContextFor(new PlanForm { Grade = "good" });
        var helper = new GovukRadiosTagHelper
        {
            ViewContext = viewContext,
            For = For(viewContext, (PlanForm m) => m.Grade),
            Items = Options.Grades(),
            Legend = "What is the overall grade?",
            LegendClass = "govuk-fieldset__legend--m",
        };

        var group = await RenderAsync(helper, "govuk-radios");

        var legend = group!.QuerySelector("fieldset.govuk-fieldset > legend.govuk-fieldset__legend.govuk-fieldset__legend--m")!;
        Assert.Equal("What is the overall grade?", legend.TextContent.Trim());
        Assert.Equal("govuk-radios", group.QuerySelector("[data-module=govuk-radios]")!.ClassName);
        var inputs = group.QuerySelectorAll("input[type=radio]");
        Assert.Equal(["Grade", "Grade-2", "Grade-3", "Grade-4"], inputs.Select(i => i.Id));
        Assert.All(inputs, i => Assert.Equal("Grade", i.GetAttribute("name")));
        Assert.Equal(["good"], inputs.Where(i => i.HasAttribute("checked")).Select(i => i.GetAttribute("value")));
        Assert.Equal("Grade-2", group.QuerySelectorAll("label.govuk-radios__label")[1].GetAttribute("for"));
    }

    [Fact]
    public async Task Attempted_value_wins_over_the_model()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Grade", "inadequate", "inadequate");
        var viewContext = ViewContextFor(new PlanForm { Grade = "good" }, modelState);
        var helper = new GovukRadiosTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.Grade), Items = Options.Grades() };

        var group = await RenderAsync(helper, "govuk-radios");

        Assert.Equal(["inadequate"], group!.QuerySelectorAll("input[checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task With_no_value_only_items_marked_selected_are_checked()
    {
        var viewContext = ViewContextFor(new PlanForm());
        var items = Options.Grades();
        items[0].Selected = true;
        var helper = new GovukRadiosTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.Grade), Items = items };

        var group = await RenderAsync(helper, "govuk-radios");

        Assert.Equal(["outstanding"], group!.QuerySelectorAll("input[checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("Overall grade", group.QuerySelector("legend")!.TextContent.Trim());
    }

    [Fact]
    public async Task Inline_radios_with_an_error_describe_the_fieldset()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Grade", "Select the overall grade");
        var viewContext = ViewContextFor(new PlanForm(), modelState);
        var helper = new GovukRadiosTagHelper
        {
            ViewContext = viewContext,
            For = For(viewContext, (PlanForm m) => m.Grade),
            Items = Options.Grades(),
            Inline = true,
            Hint = "Use the framework's grade descriptors",
        };

        var group = await RenderAsync(helper, "govuk-radios");

        Assert.Contains("govuk-form-group--error", group!.ClassList);
        Assert.Equal("Grade-hint Grade-error", group.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Select the overall grade", group.QuerySelector("#Grade-error")!.TextContent.Trim());
        Assert.Equal("govuk-radios govuk-radios--inline", group.QuerySelector("[data-module=govuk-radios]")!.ClassName);
    }
}

public sealed class CheckboxesTagHelper_ChecksOptionsContainedInTheCollection
{
    private static readonly string[] PostedNeeds = ["cl", "semh"];

    [Fact]
    public async Task Model_values_are_checked()
    {
        var viewContext = ViewContextFor(new PlanForm { Needs = ["ci", "semh"] });
        var helper = new GovukCheckboxesTagHelper
        {
            ViewContext = viewContext,
            For = For(viewContext, (PlanForm m) => m.Needs),
            Items = Options.Needs(),
            Hint = "Select all that apply",
        };

        var group = await RenderAsync(helper, "govuk-checkboxes");

        var inputs = group!.QuerySelectorAll("input[type=checkbox]");
        Assert.Equal(["Needs", "Needs-2", "Needs-3"], inputs.Select(i => i.Id));
        Assert.Equal(["ci", "semh"], inputs.Where(i => i.HasAttribute("checked")).Select(i => i.GetAttribute("value")));
        Assert.NotNull(group.QuerySelector("div.govuk-checkboxes[data-module=govuk-checkboxes]"));
        Assert.Equal("Needs-hint", group.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Posted_values_win_over_the_model()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Needs", PostedNeeds, "cl,semh");
        var viewContext = ViewContextFor(new PlanForm { Needs = ["ci"] }, modelState);
        var helper = new GovukCheckboxesTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.Needs), Items = Options.Needs() };

        var group = await RenderAsync(helper, "govuk-checkboxes");

        Assert.Equal(["cl", "semh"], group!.QuerySelectorAll("input[checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task Item_hints_describe_their_option()
    {
        var viewContext = ViewContextFor(new PlanForm());
        var helper = new GovukCheckboxesTagHelper
        {
            ViewContext = viewContext,
            For = For(viewContext, (PlanForm m) => m.Needs),
            Items = Options.Needs(),
            ItemHints = new Dictionary<string, string> { ["cl"] = "Including specific learning difficulties" },
        };

        var group = await RenderAsync(helper, "govuk-checkboxes");

        var input = group!.QuerySelector("#Needs-2")!;
        Assert.Equal("Needs-2-item-hint", input.GetAttribute("aria-describedby"));
        Assert.Equal("Including specific learning difficulties", group.QuerySelector("#Needs-2-item-hint.govuk-checkboxes__hint")!.TextContent.Trim());
        Assert.Empty(group.QuerySelectorAll("input[checked]"));
    }
}

public sealed class CheckboxTagHelper_BindsASingleBoolean
{
    private static readonly string[] TickedPost = ["true", "false"];

    [Fact]
    public async Task Renders_true_checkbox_then_hidden_false()
    {
        var viewContext = ViewContextFor(new PlanForm { Confirmed = true });
        var helper = new GovukCheckboxTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.Confirmed) };

        var group = await RenderAsync(helper, "govuk-checkbox");

        var inputs = group!.QuerySelectorAll("input");
        Assert.Equal(2, inputs.Length);
        Assert.Equal(("checkbox", "true", "Confirmed"), (inputs[0].GetAttribute("type"), inputs[0].GetAttribute("value"), inputs[0].GetAttribute("name")));
        Assert.Equal(("hidden", "false", "Confirmed"), (inputs[1].GetAttribute("type"), inputs[1].GetAttribute("value"), inputs[1].GetAttribute("name")));
        Assert.True(inputs[0].HasAttribute("checked"));
        Assert.Equal("I confirm the plan is accurate", group.QuerySelector("label.govuk-checkboxes__label")!.TextContent.Trim());
    }

    [Fact]
    public async Task Unticked_post_with_an_error_stays_unticked_and_shows_the_error()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Confirmed", "false", "false");
        modelState.AddModelError("Confirmed", "Confirm the plan is accurate");
        var viewContext = ViewContextFor(new PlanForm { Confirmed = true }, modelState);
        var helper = new GovukCheckboxTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.Confirmed) };

        var group = await RenderAsync(helper, "govuk-checkbox");

        Assert.False(group!.QuerySelector("input[type=checkbox]")!.HasAttribute("checked"));
        Assert.Equal("Confirmed-error", group.QuerySelector("input[type=checkbox]")!.GetAttribute("aria-describedby"));
        Assert.Contains("govuk-form-group--error", group.ClassList);
    }

    [Fact]
    public async Task Ticked_post_reads_the_first_value()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Confirmed", TickedPost, "true,false");
        var viewContext = ViewContextFor(new PlanForm(), modelState);
        var helper = new GovukCheckboxTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.Confirmed) };

        var group = await RenderAsync(helper, "govuk-checkbox");

        Assert.True(group!.QuerySelector("input[type=checkbox]")!.HasAttribute("checked"));
    }
}

public sealed class SelectTagHelper_SelectsTheOptionMatchingTheValue
{
    [Fact]
    public async Task Empty_option_comes_first_and_the_value_is_selected()
    {
        var viewContext = ViewContextFor(new PlanForm { Locality = "south" });
        var helper = new GovukSelectTagHelper
        {
            ViewContext = viewContext,
            For = For(viewContext, (PlanForm m) => m.Locality),
            Items = [new("North", "north"), new("South", "south")],
            EmptyOption = "Choose a locality",
        };

        var group = await RenderAsync(helper, "govuk-select");

        var select = group!.QuerySelector("select.govuk-select#Locality")!;
        var options = select.QuerySelectorAll("option");
        Assert.Equal(["", "north", "south"], options.Select(o => o.GetAttribute("value")));
        Assert.Equal("Choose a locality", options[0].TextContent);
        Assert.Equal(["south"], options.Where(o => o.HasAttribute("selected")).Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task Error_marks_the_select()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Locality", "Choose a locality");
        var viewContext = ViewContextFor(new PlanForm(), modelState);
        var helper = new GovukSelectTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.Locality), Items = [new("North", "north")] };

        var group = await RenderAsync(helper, "govuk-select");

        Assert.Contains("govuk-select--error", group!.QuerySelector("select")!.ClassList);
        Assert.Empty(group.QuerySelectorAll("option[selected]"));
    }
}
