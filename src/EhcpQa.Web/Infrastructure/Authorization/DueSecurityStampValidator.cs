using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Infrastructure.Authorization;

/// <summary>
/// Checks a sign-in cookie against the account's security stamp when a check is due (once every
/// <see cref="SecurityStampValidatorOptions.ValidationInterval"/>, as Identity's own validator decides), and only
/// then builds Identity's validator and what it needs (sign-in manager, user manager, user store, database
/// context). Identity would build all of them on every request of a signed-in person, to find on all but one a
/// minute that there is nothing to check.
/// </summary>
public sealed class DueSecurityStampValidator(IOptions<SecurityStampValidatorOptions> options) : ISecurityStampValidator
{
    public Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.Value;
        var now = (settings.TimeProvider ?? TimeProvider.System).GetUtcNow();
        if (context.Properties.IssuedUtc is { } issued && now - issued <= settings.ValidationInterval)
        {
            return Task.CompletedTask;
        }

        return context.HttpContext.RequestServices.GetRequiredService<SecurityStampValidator<ApplicationUser>>().ValidateAsync(context);
    }
}

public static class DueSecurityStampValidation
{
    /// <summary>Call after <c>AddIdentity</c>: replaces its validator with <see cref="DueSecurityStampValidator"/>, which delegates to it when due.</summary>
    public static IServiceCollection AddDueSecurityStampValidation(this IServiceCollection services)
    {
        services.AddScoped<SecurityStampValidator<ApplicationUser>>();
        services.Replace(ServiceDescriptor.Singleton<ISecurityStampValidator, DueSecurityStampValidator>());
        return services;
    }
}
