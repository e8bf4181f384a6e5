using EhcpQa.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static EhcpQa.Web.Tests.Infrastructure.TagHelpers.TagHelperHarness;

namespace EhcpQa.Web.Tests.Infrastructure.TagHelpers;

public sealed class InputTagHelper_WhenFieldIsValid_RendersLabelHintAndModelValue
{
    [Fact]
    public async Task Label_comes_from_the_display_name_and_value_from_the_model()
    {
        var viewContext = ViewContextFor(new PlanForm { Reference = "EHCP-0042" });
        var helper = new GovukInputTagHelper
        {
            ViewContext = viewContext,
            For = For(viewContext, (PlanForm m) => m.Reference),
            Hint = "For example, EHCP-1234",
            InputClass = "govuk-input--width-10",
        };

        var group = await RenderAsync(helper, "govuk-input");

        Assert.NotNull(group);
        Assert.Equal("govuk-form-group", group.ClassName);
        var label = group.QuerySelector("label.govuk-label")!;
        Assert.Equal("Plan reference", label.TextContent.Trim());
        Assert.Equal("Reference", label.GetAttribute("for"));
        var input = group.QuerySelector("input")!;
        Assert.Equal("Reference", input.Id);
        Assert.Equal("Reference", input.GetAttribute("name"));
        Assert.Equal("text", input.GetAttribute("type"));
        Assert.Equal("EHCP-0042", input.GetAttribute("value"));
        Assert.Equal("govuk-input govuk-input--width-10", input.ClassName);
        Assert.Equal("Reference-hint", input.GetAttribute("aria-describedby"));
        Assert.Equal("For example, EHCP-1234", group.QuerySelector("#Reference-hint.govuk-hint")!.TextContent.Trim());
        Assert.Null(group.QuerySelector(".govuk-error-message"));
    }

    [Fact]
    public async Task An_explicit_label_wins_and_can_be_the_page_heading()
    {
        var viewContext = ViewContextFor(new PlanForm());
        var helper = new GovukInputTagHelper
        {
            ViewContext = viewContext,
            For = For(viewContext, (PlanForm m) => m.Reference),
            Label = "What is the plan reference?",
            LabelClass = "govuk-label--l",
            IsPageHeading = true,
        };

        var group = await RenderAsync(helper, "govuk-input");

        var label = group!.QuerySelector("h1.govuk-label-wrapper > label.govuk-label.govuk-label--l")!;
        Assert.Equal("What is the plan reference?", label.TextContent.Trim());
        Assert.False(group.QuerySelector("input")!.HasAttribute("value"));
    }

    [Fact]
    public async Task Attributes_it_does_not_bind_are_copied_onto_the_input()
    {
        var viewContext = ViewContextFor(new PlanForm());
        var helper = new GovukInputTagHelper
        {
            ViewContext = viewContext,
            For = For(viewContext, (PlanForm m) => m.Reference),
            Autocomplete = "off",
            Spellcheck = false,
            InputMode = "numeric",
        };

        var group = await RenderAsync(helper, "govuk-input", [new TagHelperAttribute("maxlength", "20")]);

        var input = group!.QuerySelector("input")!;
        Assert.Equal("20", input.GetAttribute("maxlength"));
        Assert.Equal("off", input.GetAttribute("autocomplete"));
        Assert.Equal("false", input.GetAttribute("spellcheck"));
        Assert.Equal("numeric", input.GetAttribute("inputmode"));
        Assert.False(group.HasAttribute("maxlength"));
    }
}

public sealed class InputTagHelper_WhenFieldHasError_RendersErrorMessageAndClass
{
    [Fact]
    public async Task Error_message_is_shown_and_linked_to_the_input()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Reference", "Enter the plan reference");
        var viewContext = ViewContextFor(new PlanForm(), modelState);
        var helper = new GovukInputTagHelper
        {
            ViewContext = viewContext,
            For = For(viewContext, (PlanForm m) => m.Reference),
            Hint = "For example, EHCP-1234",
        };

        var group = await RenderAsync(helper, "govuk-input");

        Assert.Equal("govuk-form-group govuk-form-group--error", group!.ClassName);
        var error = group.QuerySelector("p.govuk-error-message")!;
        Assert.Equal("Reference-error", error.Id);
        Assert.Equal("Error: Enter the plan reference", error.TextContent.Trim());
        Assert.Equal("Error:", error.QuerySelector("span.govuk-visually-hidden")!.TextContent);
        var input = group.QuerySelector("input")!;
        Assert.Contains("govuk-input--error", input.ClassList);
        Assert.Equal("Reference-hint Reference-error", input.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Error_message_comes_before_the_input_as_GOV_UK_requires()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Reference", "Enter the plan reference");
        var viewContext = ViewContextFor(new PlanForm(), modelState);
        var helper = new GovukInputTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.Reference) };

        var group = await RenderAsync(helper, "govuk-input");

        var order = group!.Children.Select(c => c.LocalName).ToArray();
        Assert.Equal(["label", "p", "input"], order);
    }
}

public sealed class InputTagHelper_WhenValueCannotBeBound_KeepsWhatWasTyped
{
    [Fact]
    public async Task Attempted_value_is_shown_instead_of_the_model_value()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Sections", "twelve", "twelve");
        modelState.AddModelError("Sections", "Number of sections must be a number");
        var viewContext = ViewContextFor(new PlanForm { Sections = null }, modelState);
        var helper = new GovukInputTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.Sections) };

        var group = await RenderAsync(helper, "govuk-input");

        Assert.Equal("twelve", group!.QuerySelector("input")!.GetAttribute("value"));
        Assert.Equal("Number of sections", group.QuerySelector("label")!.TextContent.Trim());
    }

    [Fact]
    public async Task Typed_markup_is_encoded_not_rendered()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Reference", "\"><script>x</script>", "\"><script>x</script>");
        var viewContext = ViewContextFor(new PlanForm(), modelState);
        var helper = new GovukInputTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.Reference) };

        var group = await RenderAsync(helper, "govuk-input");

        Assert.Null(group!.QuerySelector("script"));
        Assert.Equal("\"><script>x</script>", group.QuerySelector("input")!.GetAttribute("value"));
    }
}

public sealed class TextareaTagHelper_RendersTheValueAndError
{
    [Fact]
    public async Task Attempted_text_and_error_are_shown()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Commentary", "Too short", "Too short");
        modelState.AddModelError("Commentary", "Commentary must be 20 characters or more");
        var viewContext = ViewContextFor(new PlanForm(), modelState);
        var helper = new GovukTextareaTagHelper { ViewContext = viewContext, For = For(viewContext, (PlanForm m) => m.Commentary), Rows = 8 };

        var group = await RenderAsync(helper, "govuk-textarea");

        var textarea = group!.QuerySelector("textarea")!;
        Assert.Equal("Too short", textarea.TextContent);
        Assert.Equal("8", textarea.GetAttribute("rows"));
        Assert.Equal("govuk-textarea govuk-textarea--error", textarea.ClassName);
        Assert.Equal("Commentary-error", textarea.GetAttribute("aria-describedby"));
        Assert.Equal("Commentary", group.QuerySelector("label")!.TextContent.Trim());
    }
}
