using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EhcpQa.Web.Infrastructure.TagHelpers;

/// <summary>
/// The model expressions behind <c>asp-for</c>, as MVC's own provider makes them, except for those that
/// index into a collection with a value of the page, such as <c>asp-for="Form.Answers[descriptor.Number]"</c>.
/// MVC compiles such an expression twice for every field on every request (once to name the field, once to
/// read its value), which took a third of a grading page's time. Those are named and read here by walking
/// the expression: members by reflection, the index read from the page's variables. Every other expression
/// goes to MVC's provider, which caches what it compiles.
/// </summary>
public sealed class IndexedModelExpressionProvider(ModelExpressionProvider mvc, IModelMetadataProvider metadataProvider) : IModelExpressionProvider
{
    public ModelExpression CreateModelExpression<TModel, TValue>(ViewDataDictionary<TModel> viewData, Expression<Func<TModel, TValue>> expression)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        ArgumentNullException.ThrowIfNull(expression);
        if (!IndexedPath.TryRead(expression, out var path))
        {
            return mvc.CreateModelExpression(viewData, expression);
        }

        // As MVC does: the metadata of the property the expression ends in, else of the value's type.
        var metadata = (path.LastProperty is { } property ? metadataProvider.GetMetadataForType(property.DeclaringType!).Properties[property.Name] : null)
            ?? metadataProvider.GetMetadataForType(typeof(TValue));
        return new ModelExpression(path.Name, viewData.ModelExplorer.GetExplorerForExpression(metadata, path.Read));
    }
}

/// <summary>
/// A path from the model through members and indexes whose values can be read without running code of the
/// page (constants and the page's variables): <c>m =&gt; m.Form.Answers[descriptor.Number]</c>. Paths without an
/// index, and expressions of any other shape, are not read (MVC's provider handles them).
/// </summary>
internal sealed class IndexedPath
{
    private readonly List<Func<object, object?>> _steps;

    private IndexedPath(string name, List<Func<object, object?>> steps, PropertyInfo? lastProperty)
    {
        Name = name;
        _steps = steps;
        LastProperty = lastProperty;
    }

    /// <summary>The field's name as MVC writes it: <c>Form.Answers[3]</c>.</summary>
    public string Name { get; }

    /// <summary>The property the path ends in, if it ends in one.</summary>
    public PropertyInfo? LastProperty { get; }

    /// <summary>The value at the end of the path, or null where a member on the way is null (as MVC's accessor does).</summary>
    public object? Read(object? model)
    {
        var value = model;
        foreach (var step in _steps)
        {
            if (value is null)
            {
                return null;
            }

            value = step(value);
        }

        return value;
    }

    public static bool TryRead(LambdaExpression expression, out IndexedPath path)
    {
        path = null!;
        var steps = new List<Func<object, object?>>();
        var name = new List<string>();
        var indexed = false;
        PropertyInfo? lastProperty = null;
        var node = expression.Body;
        while (node != expression.Parameters[0])
        {
            switch (node)
            {
                case MemberExpression { Member: PropertyInfo property, Expression: { } owner } when property.GetIndexParameters().Length == 0:
                    steps.Add(property.GetValue);
                    name.Add("." + property.Name);
                    if (steps.Count == 1)
                    {
                        lastProperty = property;
                    }

                    node = owner;
                    break;
                case MemberExpression { Member: FieldInfo field, Expression: { } owner }:
                    steps.Add(field.GetValue);
                    name.Add("." + field.Name);
                    node = owner;
                    break;
                case MethodCallExpression { Object: { } owner, Arguments: [var argument] } call when IsIndexer(call.Method) && TryEvaluate(argument, out var key):
                    var getter = call.Method;
                    var arguments = new[] { key };
                    steps.Add(container => getter.Invoke(container, BindingFlags.DoNotWrapExceptions, binder: null, arguments, CultureInfo.InvariantCulture));
                    name.Add("[" + Convert.ToString(key, CultureInfo.InvariantCulture) + "]");
                    indexed = true;
                    node = owner;
                    break;
                case BinaryExpression { NodeType: ExpressionType.ArrayIndex, Left: var array, Right: var indexExpression } when TryEvaluate(indexExpression, out var index) && index is int position:
                    steps.Add(container => ((Array)container).GetValue(position));
                    name.Add("[" + position.ToString(CultureInfo.InvariantCulture) + "]");
                    indexed = true;
                    node = array;
                    break;
                default:
                    return false;
            }
        }

        if (!indexed)
        {
            return false;
        }

        steps.Reverse();
        name.Reverse();
        path = new IndexedPath(string.Concat(name).TrimStart('.'), steps, lastProperty);
        return true;
    }

    /// <summary>A single-argument indexer (<c>get_Item</c>, or the type's default member), as MVC accepts in a field's name.</summary>
    private static bool IsIndexer(MethodInfo method)
    {
        if (method.IsStatic || method.GetParameters().Length != 1)
        {
            return false;
        }

        var type = method.DeclaringType!;
        var defaultMember = type.GetCustomAttribute<DefaultMemberAttribute>()?.MemberName;
        return type.GetProperties()
            .Any(p => p.GetMethod == method && p.GetIndexParameters().Length == 1 && (p.Name == defaultMember || p.Name == "Item"));
    }

    private static bool TryReadMember(Expression? owner, Func<object?, object?> read, out object? value)
    {
        value = null;
        object? container = null;
        if (owner is not null && (!TryEvaluate(owner, out container) || container is null))
        {
            return false;
        }

        value = read(container);
        return true;
    }

    /// <summary>The value of an expression made of constants and the page's variables (their members), read without compiling.</summary>
    private static bool TryEvaluate(Expression expression, out object? value)
    {
        switch (expression)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression { Member: FieldInfo field } member:
                return TryReadMember(member.Expression, field.GetValue, out value);
            case MemberExpression { Member: PropertyInfo property } member when property.GetIndexParameters().Length == 0:
                return TryReadMember(member.Expression, property.GetValue, out value);
            case UnaryExpression { NodeType: ExpressionType.Convert, Operand: var operand } convert when TryEvaluate(operand, out var inner):
                value = inner is null || convert.Type.IsInstanceOfType(inner) ? inner : Convert.ChangeType(inner, Nullable.GetUnderlyingType(convert.Type) ?? convert.Type, CultureInfo.InvariantCulture);
                return true;
            default:
                value = null;
                return false;
        }
    }
}

public static class IndexedModelExpressions
{
    /// <summary>Call after <c>AddControllersWithViews</c>: views get their model expressions from <see cref="IndexedModelExpressionProvider"/>.</summary>
    public static IServiceCollection AddIndexedModelExpressions(this IServiceCollection services)
    {
        services.TryAddSingleton<ModelExpressionProvider>();
        services.Replace(ServiceDescriptor.Singleton<IModelExpressionProvider, IndexedModelExpressionProvider>());
        return services;
    }
}
