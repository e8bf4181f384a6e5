using System.Security.Claims;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;

namespace EhcpQa.Web.Infrastructure.Authorization;

/// <summary>
/// Moderating and grading: panel members, locality managers and QA leads; and a caseworker while they are a member of a
/// peer moderation session, so a caseworker who is no member reaches no moderation at all. What each may then see of a
/// session, a plan or a grading is the domain's rule (<see cref="PanelSession"/>, <c>GradingAccess</c>).
/// </summary>
public sealed class ModeratorRequirement : AuthorizationHandler<ModeratorRequirement>, IAuthorizationRequirement
{
    /// <summary>The roles that moderate whatever sessions they are given.</summary>
    public static IReadOnlyList<string> Roles { get; } = [StaffRole.PanelMember, StaffRole.LocalityManager, StaffRole.QaLead];

    /// <summary>The roles, checked by the requirement itself (no database needed).</summary>
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ModeratorRequirement requirement)
    {
        if (Roles.Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>A caseworker who is a member of a peer moderation session meets the <see cref="ModeratorRequirement"/> too.</summary>
public sealed class PeerModeratorHandler(EhcpQaDbContext db) : AuthorizationHandler<ModeratorRequirement>
{
    /// <summary>Asked on every page a caseworker opens (the navigation asks the policy).</summary>
    private static readonly CompiledQuery<string, bool> MemberOfAPeerSession =
        new((db, userId) => db.PanelSessions.Any(s => s.Level == PanelLevel.PeerModeration && s.Members.Any(m => m.UserId == userId)));

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ModeratorRequirement requirement)
    {
        if (!context.HasSucceeded && await IsPeerModeratorAsync(db, context.User))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>Whether the user is a caseworker who is a member of a peer moderation session.</summary>
    public static async Task<bool> IsPeerModeratorAsync(EhcpQaDbContext db, ClaimsPrincipal user) =>
        user.IsInRole(StaffRole.Caseworker) && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            && await MemberOfAPeerSession.RunAsync(db, userId);
}

/// <summary>
/// Filling in and reading gradings: everyone who moderates (<see cref="ModeratorRequirement"/>), and agency leads, who audit
/// their agency's advice. Each grading is then checked against the rules of its purpose (<c>GradingAccess</c>).
/// </summary>
public sealed class GraderRequirement : AuthorizationHandler<GraderRequirement>, IAuthorizationRequirement
{
    /// <summary>The roles that grade whatever they are given to grade.</summary>
    public static IReadOnlyList<string> Roles { get; } = [.. ModeratorRequirement.Roles, StaffRole.AgencyLead];

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, GraderRequirement requirement)
    {
        if (Roles.Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>A caseworker who is a member of a peer moderation session meets the <see cref="GraderRequirement"/> too.</summary>
public sealed class PeerGraderHandler(EhcpQaDbContext db) : AuthorizationHandler<GraderRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, GraderRequirement requirement)
    {
        if (!context.HasSucceeded && await PeerModeratorHandler.IsPeerModeratorAsync(db, context.User))
        {
            context.Succeed(requirement);
        }
    }
}

public static class ModeratorAuthorizationSetup
{
    public static IServiceCollection AddModeratorAuthorization(this IServiceCollection services) =>
        services.AddScoped<IAuthorizationHandler, PeerModeratorHandler>().AddScoped<IAuthorizationHandler, PeerGraderHandler>();
}
