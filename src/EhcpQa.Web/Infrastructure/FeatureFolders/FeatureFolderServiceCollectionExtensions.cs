using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace EhcpQa.Web.Infrastructure.FeatureFolders;

public static class FeatureFolderServiceCollectionExtensions
{
    /// <summary>
    /// Finds views beside their controller: <c>/Features/{controller}/{view}.cshtml</c>, then
    /// <c>/Features/Shared/{view}.cshtml</c>. A controller whose namespace names a different feature
    /// (for example <c>EhcpQa.Web.Features.Admin.UsersController</c>) is looked up in that feature's
    /// folder first.
    /// </summary>
    public static IServiceCollection AddFeatureFolders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
            options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            options.ViewLocationExpanders.Add(new FeatureNamespaceViewLocationExpander());
        });

        return services;
    }
}

/// <summary>
/// Adds <c>/Features/{feature}/{view}.cshtml</c> where {feature} is the namespace segment after
/// <c>.Features.</c> in the controller's namespace, when that differs from the controller name.
/// </summary>
internal sealed class FeatureNamespaceViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";
    private const string FeaturesSegment = ".Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is not ControllerActionDescriptor action)
        {
            return;
        }

        var ns = action.ControllerTypeInfo.Namespace ?? string.Empty;
        var start = ns.IndexOf(FeaturesSegment, StringComparison.Ordinal);
        if (start < 0)
        {
            return;
        }

        var feature = ns[(start + FeaturesSegment.Length)..].Split('.')[0];
        if (feature.Length > 0 && !string.Equals(feature, action.ControllerName, StringComparison.Ordinal))
        {
            context.Values[FeatureKey] = feature;
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && !string.IsNullOrEmpty(feature))
        {
            yield return "/Features/" + feature + "/{0}" + RazorViewEngine.ViewExtension;
        }

        foreach (var location in viewLocations)
        {
            yield return location;
        }
    }
}
