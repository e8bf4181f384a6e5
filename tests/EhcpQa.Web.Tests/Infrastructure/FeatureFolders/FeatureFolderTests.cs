using System.Reflection;
using EhcpQa.Web.Infrastructure.FeatureFolders;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Tests.Infrastructure.FeatureFolders;

public sealed class AddFeatureFolders_LooksForViewsBesideTheirController
{
    [Fact]
    public void View_locations_are_the_feature_folder_then_shared()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddControllersWithViews();
        services.AddFeatureFolders();

        var options = services.BuildServiceProvider().GetRequiredService<IOptions<RazorViewEngineOptions>>().Value;

        Assert.Equal(["/Features/{1}/{0}.cshtml", "/Features/Shared/{0}.cshtml"], options.ViewLocationFormats);
    }

    [Theory]
    [InlineData(typeof(EhcpQa.Web.Features.Errors.ErrorsController), "Errors", "/Features/Errors/{0}.cshtml")]
    [InlineData(typeof(Features.Admin.UsersController), "Users", "/Features/Admin/{0}.cshtml")]
    public void Controller_namespace_names_the_feature(Type controller, string controllerName, string firstLocation)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddControllersWithViews();
        services.AddFeatureFolders();
        var options = services.BuildServiceProvider().GetRequiredService<IOptions<RazorViewEngineOptions>>().Value;
        var actionContext = new ActionContext(
            new DefaultHttpContext(),
            new RouteData(),
            new ControllerActionDescriptor { ControllerName = controllerName, ControllerTypeInfo = controller.GetTypeInfo() });
        var context = new ViewLocationExpanderContext(actionContext, "Index", controllerName, areaName: null, pageName: null, isMainPage: true)
        {
            Values = new Dictionary<string, string?>(), // the view engine provides this
        };

        IEnumerable<string> locations = options.ViewLocationFormats;
        foreach (var expander in options.ViewLocationExpanders)
        {
            expander.PopulateValues(context);
            locations = expander.ExpandViewLocations(context, locations);
        }

        var expanded = locations.Select(l => l.Replace("{1}", controllerName, StringComparison.Ordinal)).Distinct().ToList();
        Assert.Equal(firstLocation, expanded[0]);
        Assert.Contains("/Features/Shared/{0}.cshtml", expanded);
    }
}
