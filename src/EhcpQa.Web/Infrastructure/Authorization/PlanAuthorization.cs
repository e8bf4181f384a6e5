using EhcpQa.Domain.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace EhcpQa.Web.Infrastructure.Authorization;

/// <summary>What a person may do with one plan, decided by the domain's <see cref="PlanAccess"/> rule.</summary>
public static class PlanOperations
{
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };
    public static readonly OperationAuthorizationRequirement EditRecord = new() { Name = nameof(EditRecord) };
}

public sealed class PlanAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, Plan>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, Plan resource)
    {
        var actor = context.User.ToActor();
        var allowed = requirement.Name switch
        {
            nameof(PlanOperations.View) => PlanAccess.CanView(actor, resource),
            nameof(PlanOperations.EditRecord) => PlanAccess.CanView(actor, resource) && PlanAccess.CanRegister(actor),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class PlanAuthorizationSetup
{
    public static IServiceCollection AddPlanAuthorization(this IServiceCollection services) =>
        services.AddSingleton<IAuthorizationHandler, PlanAuthorizationHandler>();
}
