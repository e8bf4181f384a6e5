using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using EhcpQa.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Infrastructure.TagHelpers;

/// <summary>
/// asp-for expressions that index with a value of the page are named and read without compiling, exactly
/// as MVC's own provider names and reads them; every other expression is MVC's.
/// </summary>
public sealed class IndexedModelExpressionProviderTests
{
    private static readonly IModelMetadataProvider Metadata = new ServiceCollection()
        .AddLogging()
        .AddControllersWithViews().Services
        .BuildServiceProvider()
        .GetRequiredService<IModelMetadataProvider>();

    private static readonly ModelExpressionProvider Mvc = new(Metadata);

    private static readonly IndexedModelExpressionProvider Provider = new(Mvc, Metadata);

    private static ViewDataDictionary<Page> ViewData(Page? page = null) =>
        new(Metadata, new ModelStateDictionary()) { Model = page ?? Page.Sample() };

    public static TheoryData<string> Cases() => ["answer", "row name", "array", "string key", "member", "nested index"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void NamesAndValues_AreThoseOfMvc(string which)
    {
        var viewData = ViewData();

        var (ours, mvcs) = which switch
        {
            "answer" => Both(viewData, m => m.Form.Answers[Descriptor.Third.Number]),
            "row name" => Both(viewData, m => m.Rows[Descriptor.Third.Number - 2].Name),
            "array" => Both(viewData, m => m.Codes[Descriptor.Third.Number - 2]),
            "string key" => Both(viewData, m => m.Form.Notes[Descriptor.Third.Code]),
            "member" => Both(viewData, m => m.Form.Comment),
            _ => Both(viewData, m => m.Rows[Descriptor.Third.Number - 3].Tags[Descriptor.Third.Number - 3]),
        };

        Assert.Equal(mvcs.Name, ours.Name);
        Assert.Equal(mvcs.Model, ours.Model);
        Assert.Equal(mvcs.Metadata.GetDisplayName(), ours.Metadata.GetDisplayName());
        Assert.Equal(mvcs.Metadata.ModelType, ours.Metadata.ModelType);
    }

    [Fact]
    public void AMissingMemberOnTheWay_ReadsAsNull()
    {
        var viewData = ViewData(new Page { Form = null!, Rows = [], Codes = [] });

        var expression = Provider.CreateModelExpression(viewData, m => m.Form.Answers[Descriptor.Third.Number]);

        Assert.Equal("Form.Answers[3]", expression.Name);
        Assert.Null(expression.Model);
    }

    private static (ModelExpression Ours, ModelExpression Mvcs) Both<TValue>(ViewDataDictionary<Page> viewData, Expression<Func<Page, TValue>> expression) =>
        (Provider.CreateModelExpression(viewData, expression), Mvc.CreateModelExpression(viewData, expression));

    public sealed class Page
    {
        public Form Form { get; set; } = new();

        public List<Row> Rows { get; set; } = [];

        public string[] Codes { get; set; } = [];

        public static Page Sample() => new()
        {
            Form = new Form { Answers = { [1] = "Met", [3] = "NotMet" }, Notes = { ["C"] = "note" }, Comment = "fine" },
            Rows = [new Row { Name = "first", Tags = ["a"] }, new Row { Name = "second", Tags = ["b", "c"] }],
            Codes = ["A", "B", "C"],
        };
    }

    public sealed class Form
    {
        public Dictionary<int, string?> Answers { get; set; } = [];

        public Dictionary<string, string?> Notes { get; set; } = [];

        [Display(Name = "Your comment")]
        public string? Comment { get; set; }
    }

    public sealed class Row
    {
        [Display(Name = "Row name")]
        public string? Name { get; set; }

        public List<string> Tags { get; set; } = [];
    }

    private sealed record Descriptor(int Number, string Code)
    {
        public static readonly Descriptor Third = new(3, "C");
    }
}
