using EhcpQa.Domain.Notifications;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Notifications;

/// <summary>
/// A person's own notifications: what they were told is waiting for them (newest first, the unread marked),
/// and which kinds they have by e-mail. Nobody sees or chooses another's.
/// </summary>
[Authorize(Policy = Policies.OwnNotifications)]
[Route("notifications")]
public sealed class NotificationsController(EhcpQaDbContext db, TimeProvider clock, ILogger<NotificationsController> logger) : Controller
{
    /// <summary>The most listed on the page: the newest.</summary>
    public const int Shown = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.ToActor().UserId;
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == userId)
            .OrderByDescending(n => n.Id)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        return View(new NotificationsPage(notifications));
    }

    [HttpPost("read")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> MarkRead(CancellationToken cancellationToken)
    {
        var userId = User.ToActor().UserId;
        var now = clock.GetUtcNow();
        var unread = await db.Notifications.Where(n => n.RecipientId == userId && n.ReadAt == null).ToListAsync(cancellationToken);
        foreach (var notification in unread)
        {
            notification.Read(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = "Every notification is marked as read";
        return Redirect("/notifications");
    }

    [HttpGet("choices")]
    public async Task<IActionResult> Choices(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var kinds = NotificationRules.KindsFor(actor.Roles);
        var off = await db.EmailOptOuts.Where(o => o.UserId == actor.UserId).Select(o => o.Kind).ToListAsync(cancellationToken);
        return View(new NotificationChoicesPage(kinds, new NotificationChoicesForm { ByEmail = kinds.Except(off).Select(k => k.ToString()).ToList() }));
    }

    [HttpPost("choices")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Choices([Bind(Prefix = "Form")] NotificationChoicesForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var actor = User.ToActor();
        var kinds = NotificationRules.KindsFor(actor.Roles);
        var wanted = form.ByEmail.Select(v => Enum.TryParse<NotificationKind>(v, out var kind) ? kind : (NotificationKind?)null).OfType<NotificationKind>().ToHashSet();
        var now = clock.GetUtcNow();
        var current = await db.EmailOptOuts.Where(o => o.UserId == actor.UserId).ToListAsync(cancellationToken);
        db.EmailOptOuts.RemoveRange(current.Where(o => wanted.Contains(o.Kind)));
        foreach (var kind in kinds.Where(k => !wanted.Contains(k) && current.All(o => o.Kind != k)))
        {
            db.EmailOptOuts.Add(EmailOptOut.For(actor.UserId, kind, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("E-mail choices changed by {UserId}", actor.UserId);
        TempData["Success"] = "Your choices are saved";
        return Redirect("/notifications");
    }
}

public sealed record NotificationsPage(IReadOnlyList<Notification> Notifications)
{
    public int Unread => Notifications.Count(n => n.ReadAt is null);
}

public sealed record NotificationChoicesPage(IReadOnlyList<NotificationKind> Kinds, NotificationChoicesForm Form)
{
    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Items =>
        Kinds.Select(k => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(NotificationWording.Choice(k), k.ToString())).ToList();
}

public sealed class NotificationChoicesForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "E-mail me when")]
    public List<string> ByEmail { get; set; } = [];
}
