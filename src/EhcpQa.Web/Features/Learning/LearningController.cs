using EhcpQa.Domain;
using EhcpQa.Domain.Moderation;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Learning;

/// <summary>After a moderation session, QA leads record its themes, its summary of learning and the actions arising.</summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("panels/{sessionId:int}/learning")]
public sealed class LearningController(EhcpQaDbContext db, TimeProvider clock, ILogger<LearningController> logger) : Controller
{
    private DateOnly Today => ServiceCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("")]
    public async Task<IActionResult> Index(int sessionId, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(sessionId, tracked: false, cancellationToken);
        return session is null ? NotFound() : View("Session", await PageAsync(session, new ThemeForm(), new LearningForm(), new NewActionForm(), cancellationToken));
    }

    [HttpPost("themes")]
    public async Task<IActionResult> RecordTheme(int sessionId, [Bind(Prefix = "Theme")] ThemeForm form, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(sessionId, tracked: true, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var userId = User.ToActor().UserId;
                session.RecordTheme(form.Kind!.Value, form.Section!.Value, form.RaisedBy!.Value, form.Text!, userId, clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Theme recorded for panel session {SessionId} by {UserId}", sessionId, userId);
                TempData["Success"] = "The theme has been recorded";
                return RedirectToAction(nameof(Index), new { sessionId });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Theme.", refused.Problems, "Text");
            }
        }

        return await ShowAgainAsync(sessionId, form, new LearningForm(), new NewActionForm(), cancellationToken);
    }

    [HttpPost("themes/{themeId:int}/remove")]
    public async Task<IActionResult> RemoveTheme(int sessionId, int themeId, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(sessionId, tracked: true, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        try
        {
            session.RemoveTheme(themeId);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Theme {ThemeId} removed from panel session {SessionId} by {UserId}", themeId, sessionId, User.ToActor().UserId);
            TempData["Success"] = "The theme has been removed";
        }
        catch (DomainRuleException refused)
        {
            TempData["Notice"] = refused.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Notice"] = "This theme had already been removed.";
        }

        return RedirectToAction(nameof(Index), new { sessionId });
    }

    [HttpPost("summary")]
    public async Task<IActionResult> RecordLearning(int sessionId, [Bind(Prefix = "Summary")] LearningForm form, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(sessionId, tracked: true, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                var userId = User.ToActor().UserId;
                session.RecordLearning(form.Area!, form.Feedback, form.Learning, form.FromTribunals, userId, clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Learning recorded for panel session {SessionId} by {UserId}", sessionId, userId);
                TempData["Success"] = "The learning has been added to the summary";
                return RedirectToAction(nameof(Index), new { sessionId });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("Summary.", refused.Problems, "Area");
            }
        }

        return await ShowAgainAsync(sessionId, new ThemeForm(), form, new NewActionForm(), cancellationToken);
    }

    [HttpPost("summary/{entryId:int}/remove")]
    public async Task<IActionResult> RemoveLearning(int sessionId, int entryId, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(sessionId, tracked: true, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        try
        {
            session.RemoveLearning(entryId);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Learning {EntryId} removed from panel session {SessionId} by {UserId}", entryId, sessionId, User.ToActor().UserId);
            TempData["Success"] = "The row has been removed from the summary of learning";
        }
        catch (DomainRuleException refused)
        {
            TempData["Notice"] = refused.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Notice"] = "This row had already been removed.";
        }

        return RedirectToAction(nameof(Index), new { sessionId });
    }

    [HttpPost("actions")]
    public async Task<IActionResult> RaiseAction(int sessionId, [Bind(Prefix = "NewAction")] NewActionForm form, CancellationToken cancellationToken)
    {
        var session = await db.PanelSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        // The validator has checked everything but the one rule that needs the session: not due before it.
        if (form.DueOn.TryGetDate(out _))
        {
            ModelState.AddProblems("NewAction.", form.ToDetails().Problems(session.HeldOn).Where(p => p.Field == nameof(ActionDetails.DueOn)), nameof(NewActionForm.Description));
        }

        if (ModelState.IsValid)
        {
            try
            {
                var userId = User.ToActor().UserId;
                var action = ImprovementAction.Raise(session, form.ToDetails(), userId, clock.GetUtcNow());
                db.ImprovementActions.Add(action);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Action {ActionId} raised from panel session {SessionId} by {UserId}", action.Id, sessionId, userId);
                TempData["Success"] = "The action has been added";
                return RedirectToAction(nameof(Index), new { sessionId });
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddProblems("NewAction.", refused.Problems, "Description");
            }
        }

        return await ShowAgainAsync(sessionId, new ThemeForm(), new LearningForm(), form, cancellationToken);
    }

    private Task<PanelSession?> LoadAsync(int sessionId, bool tracked, CancellationToken cancellationToken)
    {
        var sessions = db.PanelSessions.Include(s => s.Themes).Include(s => s.Learning).AsSplitQuery();
        return (tracked ? sessions : sessions.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
    }

    /// <summary>The page again after a refused form, with what was typed, showing the session as it is saved.</summary>
    private async Task<IActionResult> ShowAgainAsync(int sessionId, ThemeForm theme, LearningForm summary, NewActionForm newAction, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var session = await LoadAsync(sessionId, tracked: false, cancellationToken);
        return View("Session", await PageAsync(session!, theme, summary, newAction, cancellationToken));
    }

    private async Task<LearningPage> PageAsync(PanelSession session, ThemeForm theme, LearningForm summary, NewActionForm newAction, CancellationToken cancellationToken)
    {
        var actions = await ActionList.RowsAsync(db, db.ImprovementActions.AsNoTracking().Where(a => a.PanelSessionId == session.Id), Today, cancellationToken);
        return new LearningPage(session, session.ThemesBySection(), actions, theme, summary, newAction);
    }
}
