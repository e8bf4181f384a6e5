using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Moderation;
using EhcpQa.Web.Persistence;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Learning;

/// <summary>A session's learning page: its themes by section, its summary of learning, its actions, and the three add forms.</summary>
public sealed record LearningPage(
    PanelSession Session,
    IReadOnlyList<SectionThemes> Themes,
    IReadOnlyList<ActionRow> Actions,
    ThemeForm Theme,
    LearningForm Summary,
    NewActionForm NewAction);

/// <summary>One action in a list, with whether it is overdue today.</summary>
public sealed record ActionRow(
    int Id,
    int SessionId,
    DateOnly SessionHeldOn,
    string Description,
    Domain.Staff.Agency OwnerAgency,
    string Owner,
    DateOnly DueOn,
    ActionStatus Status,
    bool IsOverdue);

/// <summary>Which actions the list shows.</summary>
public enum ActionFilter
{
    All = 0,
    Open,
    Overdue,
    Done,
}

/// <summary>Every action across sessions, filtered by status.</summary>
public sealed record ActionListPage(ActionFilter Filter, IReadOnlyList<ActionRow> Actions, IReadOnlyDictionary<ActionFilter, int> Counts)
{
    public IReadOnlyList<SelectListItem> ShowItems =>
    [
        new($"All ({Counts[ActionFilter.All]})", nameof(ActionFilter.All).ToLowerInvariant()),
        new($"Open ({Counts[ActionFilter.Open]})", nameof(ActionFilter.Open).ToLowerInvariant()),
        new($"Overdue ({Counts[ActionFilter.Overdue]})", nameof(ActionFilter.Overdue).ToLowerInvariant()),
        new($"Done ({Counts[ActionFilter.Done]})", nameof(ActionFilter.Done).ToLowerInvariant()),
    ];

    /// <summary>The filter as the query string names it (<c>?show=overdue</c>).</summary>
    [Display(Name = "Show")]
    public string Show => Filter.ToString().ToLowerInvariant();

    public static ActionFilter Parse(string? value) =>
        Enum.TryParse<ActionFilter>(value, ignoreCase: true, out var filter) && Enum.IsDefined(filter) && !int.TryParse(value, out _)
            ? filter
            : ActionFilter.All;
}

/// <summary>An entry of an action's history as people read it.</summary>
public sealed record ActionHistoryRow(DateTimeOffset At, string What, string Who, string? Note);

/// <summary>One action: its session, its history and the form that changes or closes it.</summary>
public sealed record ActionPage(
    ImprovementAction Item,
    DateOnly SessionHeldOn,
    string RaisedBy,
    string? ClosedBy,
    bool IsOverdue,
    IReadOnlyList<ActionHistoryRow> History,
    ActionForm Form,
    ReauditForm Reaudit,
    ReauditSampleForm ReauditSample,
    ReauditSection ReauditDetails,
    Guid ConcurrencyToken);

/// <summary>A sample as the re-audit section names it.</summary>
public sealed record ReauditSampleLink(int Id, string Title);

/// <summary>
/// An action's re-audit as its page shows it, beside the forms that name it and choose its sample: the samples that may
/// be its re-audit, the sample chosen and, once its panels have agreed grades, its result.
/// </summary>
/// <param name="ThemeWords">The re-audit's theme in words; empty when it samples every finalised plan.</param>
/// <param name="DrawSampleUrl">The page that draws a sample, with the re-audit's theme filled in.</param>
public sealed record ReauditSection(
    IReadOnlyList<SelectListItem> Localities,
    IReadOnlyList<SelectListItem> EligibleSamples,
    IReadOnlyList<string> ThemeWords,
    ReauditSampleLink? Chosen,
    Domain.Moderation.ReauditResult? Result,
    bool IsOverdue,
    string DrawSampleUrl);

/// <summary>The lists of actions shown on the session's page and on the page of every action.</summary>
public static class ActionList
{
    /// <summary>Most pressing first: not done before done, then by due date.</summary>
    public static async Task<IReadOnlyList<ActionRow>> RowsAsync(EhcpQaDbContext db, IQueryable<ImprovementAction> actions, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await (
            from action in actions
            join session in db.PanelSessions on action.PanelSessionId equals session.Id
            orderby action.Status == ActionStatus.Done, action.DueOn, action.Id
            select new { action.Id, SessionId = session.Id, session.HeldOn, action.Description, action.OwnerAgency, action.Owner, action.DueOn, action.Status })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ActionRow(r.Id, r.SessionId, r.HeldOn, r.Description, r.OwnerAgency, r.Owner, r.DueOn, r.Status,
            ImprovementAction.IsOverdue(r.Status, r.DueOn, today))).ToList();
    }

    public static string Describe(ActionChange change) => change.Kind switch
    {
        ActionChangeKind.Raised => "Raised",
        ActionChangeKind.DetailsChanged => "Details changed",
        ActionChangeKind.StatusChanged => $"Status changed to {change.Status.Name().ToLowerInvariant()}",
        ActionChangeKind.Closed => "Marked as done",
        ActionChangeKind.ClosingNoteChanged => "Note of what was done changed",
        ActionChangeKind.Reopened => $"Reopened as {change.Status.Name().ToLowerInvariant()}",
        ActionChangeKind.ReauditPlanned => "Re-audit named",
        ActionChangeKind.ReauditChanged => "Re-audit changed",
        ActionChangeKind.ReauditSampleLinked => "Re-audit sample chosen",
        ActionChangeKind.ReauditCleared => "Re-audit removed",
        _ => change.Kind.ToString(),
    };
}
