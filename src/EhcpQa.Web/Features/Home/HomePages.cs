using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Wording;

namespace EhcpQa.Web.Features.Home;

/// <summary>The start page: what waits for this person, most urgent first, then the links to what they use.</summary>
/// <param name="HasWorkLists">Whether the person's roles give them work that waits (not a board member or administrator only).</param>
public sealed record HomePage(string DisplayName, IReadOnlyList<string> RoleNames, Actor Actor, bool HasWorkLists, IReadOnlyList<WorkList> Work)
{
    /// <summary>How many things wait for the person, over every list.</summary>
    public int WaitingCount => Work.Sum(w => w.Count);

    /// <summary>For an agency lead, their agency's advice scorecard over the last 12 months (<see cref="Domain.Advice.AdviceScorecard"/>).</summary>
    public Domain.Advice.AdviceScorecard? AgencyAdvice { get; init; }
}

/// <summary>One thing waiting for the person: what it is, the page where they act on it, and how pressing it is.</summary>
/// <param name="Due">The days to its deadline (the plan's 20-week deadline, a session's date, an action's due date); null where none applies.</param>
public sealed record WorkItem(string Title, string Href, string Hint, DaysLeftTag? Due);

/// <summary>
/// One kind of thing waiting for the person, most urgent first: its heading, how many there are, and the first
/// <see cref="Shown"/> of them, with where to see them all when there are more.
/// </summary>
public sealed record WorkList(string Id, string Heading, int Count, IReadOnlyList<WorkItem> Items, string AllHref, string AllText)
{
    /// <summary>The most items a list shows on the home page.</summary>
    public const int Shown = 10;

    /// <summary>The list of <paramref name="items"/> (already most urgent first), or null when nothing of the kind waits.</summary>
    public static WorkList? Of(string id, string heading, IReadOnlyCollection<WorkItem> items, string allHref, string allText)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count == 0 ? null : new(id, heading, items.Count, items.Take(Shown).ToList(), allHref, allText);
    }
}
