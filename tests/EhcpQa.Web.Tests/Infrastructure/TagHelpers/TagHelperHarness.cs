using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EhcpQa.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Infrastructure.TagHelpers;

/// <summary>A view model like the ones the features bind.</summary>
public sealed class PlanForm
{
    [Display(Name = "Plan reference")]
    public string? Reference { get; set; }

    [Display(Name = "Number of sections")]
    public int? Sections { get; set; }

    public string? Commentary { get; set; }

    [Display(Name = "Overall grade")]
    public string? Grade { get; set; }

    public List<string>? Needs { get; set; }

    public string? Locality { get; set; }

    [Display(Name = "Date of birth")]
    public DateInput DateOfBirth { get; set; } = new();

    [Display(Name = "I confirm the plan is accurate")]
    public bool Confirmed { get; set; }
}

/// <summary>
/// Runs tag helpers outside a host: a ViewContext over a model and a ModelStateDictionary, model
/// expressions from MVC's own metadata provider (so [Display] is honoured), and the output parsed
/// with AngleSharp.
/// </summary>
internal static class TagHelperHarness
{
    private static readonly Lazy<IModelMetadataProvider> MetadataProvider = new(() =>
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddControllersWithViews();
        return services.BuildServiceProvider().GetRequiredService<IModelMetadataProvider>();
    });

    public static ViewContext ViewContextFor<TModel>(TModel model, ModelStateDictionary? modelState = null)
    {
        modelState ??= new ModelStateDictionary();
        var httpContext = new DefaultHttpContext();
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor(), modelState);
        var viewData = new ViewDataDictionary<TModel>(MetadataProvider.Value, modelState) { Model = model };
        return new ViewContext(
            actionContext,
            NullView.Instance,
            viewData,
            new TempDataDictionary(httpContext, NullTempDataProvider.Instance),
            TextWriter.Null,
            new HtmlHelperOptions());
    }

    public static ModelExpression For<TModel, TValue>(ViewContext viewContext, Expression<Func<TModel, TValue>> expression) =>
        new ModelExpressionProvider(MetadataProvider.Value)
            .CreateModelExpression((ViewDataDictionary<TModel>)viewContext.ViewData, expression);

    /// <summary>Runs the tag helper and returns the element it rendered (null when it rendered nothing).</summary>
    public static async Task<IElement?> RenderAsync(
        TagHelper tagHelper,
        string tagName,
        TagHelperAttributeList? unboundAttributes = null,
        string childContent = "",
        IDictionary<object, object>? items = null)
    {
        var html = await RenderHtmlAsync(tagHelper, tagName, unboundAttributes, childContent, items);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return document.Body!.FirstElementChild;
    }

    public static async Task<string> RenderHtmlAsync(
        TagHelper tagHelper,
        string tagName,
        TagHelperAttributeList? unboundAttributes = null,
        string childContent = "",
        IDictionary<object, object>? items = null)
    {
        var attributes = unboundAttributes ?? [];
        var context = new TagHelperContext(tagName, new TagHelperAttributeList(attributes), items ?? new Dictionary<object, object>(), Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(
            tagName,
            new TagHelperAttributeList(attributes),
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(childContent)));

        tagHelper.Init(context);
        await tagHelper.ProcessAsync(context, output);

        // As Razor does: content the tag helper left alone is the element's child content.
        if (!output.IsContentModified)
        {
            output.Content.SetHtmlContent(await output.GetChildContentAsync());
        }

        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private sealed class NullView : IView
    {
        public static readonly NullView Instance = new();

        public string Path => string.Empty;

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }

    private sealed class NullTempDataProvider : ITempDataProvider
    {
        public static readonly NullTempDataProvider Instance = new();

        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}
