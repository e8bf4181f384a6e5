using System.Security.Claims;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EhcpQa.Web.Infrastructure.Authorization;

/// <summary>
/// Sessions held on the server (<see cref="StaffSession"/>): each sign-in begins one, named in the sign-in cookie;
/// every request's cookie is checked against it, so signing out, disabling the account or a new password ends it
/// at once, wherever a copy of the cookie is, and so do the idle and absolute limits (<see cref="SessionLimits"/>).
/// </summary>
public sealed class StaffSessions(
    EhcpQaDbContext db, SignInManager<ApplicationUser> signIn, TimeProvider clock, IOptions<SessionLimits> limits, ILogger<StaffSessions> logger)
{
    /// <summary>The claim of the sign-in cookie that names its session.</summary>
    public const string ClaimType = "ehcpqa:session";

    /// <summary>The session a cookie names, read on every signed-in request (untracked: it is attached only when it changes).</summary>
    private static readonly CompiledQuery<Guid, StaffSession?> SessionById =
        new((db, id) => db.StaffSessions.AsNoTracking().SingleOrDefault(s => s.Id == id));

    /// <summary>
    /// Signs the person in on a session of its own (a new one at every sign-in); a session begun with the
    /// organisation's account says so in its cookie (<see cref="StaffClaims.OrganisationAccount"/>).
    /// </summary>
    public async Task SignInAsync(ApplicationUser user, bool withOrganisationAccount = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var session = StaffSession.Begin(user.Id, clock.GetUtcNow());
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        List<Claim> claims = [new Claim(ClaimType, session.Id.ToString("N"))];
        if (withOrganisationAccount)
        {
            claims.Add(new Claim(StaffClaims.OrganisationAccount, "true"));
        }

        await signIn.SignInWithClaimsAsync(user, isPersistent: false, claims);
    }

    /// <summary>Ends the session the request came with, and signs out of it.</summary>
    public async Task SignOutAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        await EndCurrentAsync(principal, SessionEndings.SignedOut, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await signIn.SignOutAsync();
    }

    /// <summary>
    /// Ends the request's session and begins a new one, its cookie made again (after the person set up a second
    /// factor: what they may do has changed, so the session that began before it does not go on).
    /// </summary>
    public async Task RenewAsync(ClaimsPrincipal principal, ApplicationUser user, CancellationToken cancellationToken = default)
    {
        await EndCurrentAsync(principal, SessionEndings.Renewed, cancellationToken);
        await SignInAsync(user, cancellationToken: cancellationToken);
    }

    /// <summary>Marks the session the cookie names as ended (saved with the caller's next save).</summary>
    private async Task EndCurrentAsync(ClaimsPrincipal principal, string because, CancellationToken cancellationToken)
    {
        if (IdOf(principal) is { } id && await db.StaffSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } session)
        {
            session.End(because, clock.GetUtcNow());
        }
    }

    /// <summary>Ends every session of the account (disabled, or a new password): none of its cookies opens anything from now.</summary>
    public async Task<int> EndAllOfAsync(string userId, string because, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var live = await db.StaffSessions.Where(s => s.UserId == userId && s.EndedAt == null).ToListAsync(cancellationToken);
        foreach (var session in live)
        {
            session.End(because, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (live.Count > 0)
        {
            logger.LogInformation("{Count} sessions of user {UserId} ended: {Reason}", live.Count, userId, because);
        }

        return live.Count;
    }

    /// <summary>Why the cookie's session can no longer be used, or null while it can (noting that it was seen now).</summary>
    public async Task<string?> RefusalOfAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken = default)
    {
        if (IdOf(principal) is not { } id)
        {
            return "no session";
        }

        var session = await SessionById.RunAsync(db, id);
        if (session is null || session.UserId != principal!.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return "unknown session";
        }

        var now = clock.GetUtcNow();
        var refusal = session.RefusalAt(now, limits.Value);
        if (refusal is null && !session.IsDueSeenAt(now))
        {
            return null;
        }

        db.StaffSessions.Attach(session);
        if (refusal is not null)
        {
            session.End(refusal, now);
        }
        else
        {
            session.Seen(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Entry(session).State = EntityState.Detached;
        return refusal;
    }

    /// <summary>The sign-in cookie's check on every request: a cookie whose session has ended is refused and removed.</summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        var refusal = await sessions.RefusalOfAsync(context.Principal, context.HttpContext.RequestAborted);
        if (refusal is not null)
        {
            sessions.Refused(context.Principal, refusal);
            await context.HttpContext.RequestServices.GetRequiredService<Security.SecurityLog>().RecordAsync(
                Persistence.Audit.SecurityEventKinds.SessionEnded, context.Request.Path.Value, $"cookie refused: {refusal}",
                context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier));
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>Keeps the session's claims when Identity makes the principal again (the security stamp's check).</summary>
    public static Task KeepSessionClaim(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.NewPrincipal?.Identity is not ClaimsIdentity identity)
        {
            return Task.CompletedTask;
        }

        foreach (var type in new[] { ClaimType, StaffClaims.OrganisationAccount })
        {
            if (context.CurrentPrincipal?.FindFirst(type) is { } claim)
            {
                identity.AddClaim(new Claim(claim.Type, claim.Value));
            }
        }

        return Task.CompletedTask;
    }

    private void Refused(ClaimsPrincipal? principal, string reason) =>
        logger.LogInformation("Sign-in cookie of user {UserId} refused: {Reason}", principal?.FindFirstValue(ClaimTypes.NameIdentifier), reason);

    private static Guid? IdOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(ClaimType), out var id) ? id : null;
}
