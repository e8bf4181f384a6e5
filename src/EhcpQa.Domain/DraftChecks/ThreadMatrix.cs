using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.DraftChecks;

/// <summary>One statement of a draft on the golden thread: a need (B, C, D), an outcome (E) or provision (F, G, H1, H2).</summary>
/// <param name="Section">The section it is in.</param>
/// <param name="Text">Its exact words, bullets and numbering taken off.</param>
/// <param name="Area">The area of need it is in (from its heading, its words or its section), or null when none places it.</param>
public sealed record ThreadStatement(SectionCode Section, string Text, string? Area);

/// <summary>An outcome or provision that answers a need, and why the thread reads it so.</summary>
/// <param name="Statement">The outcome or provision.</param>
/// <param name="SameArea">The area the need and the answer share, or null when they are in different areas.</param>
/// <param name="SharedWords">The content words they share (as the need writes them), when there are enough to link them.</param>
public sealed record ThreadLink(ThreadStatement Statement, string? SameArea, IReadOnlyList<string> SharedWords)
{
    /// <summary>Why the answer is linked to the need, for the page: "same area: …", "shared words: …", or both.</summary>
    public string Why => (SameArea, SharedWords.Count) switch
    {
        (not null, 0) => $"same area: {SameArea}",
        (null, _) => $"shared words: {string.Join(", ", SharedWords)}",
        _ => $"same area: {SameArea}; shared words: {string.Join(", ", SharedWords)}",
    };
}

/// <summary>A need and the outcomes and provision that answer it.</summary>
public sealed record ThreadNeed(ThreadStatement Need, IReadOnlyList<ThreadLink> Outcomes, IReadOnlyList<ThreadLink> Provision);

/// <summary>Where the golden thread breaks.</summary>
public enum ThreadGapKind
{
    /// <summary>A need in B, C or D that no outcome in E answers.</summary>
    NeedWithoutOutcome = 1,

    /// <summary>A need in B, C or D that no provision in F, G, H1 or H2 answers.</summary>
    NeedWithoutProvision,

    /// <summary>Provision in F, G, H1 or H2 that answers no need in B, C or D.</summary>
    ProvisionWithoutNeed,
}

/// <summary>A break in the golden thread: the section, the exact words (at most 160 characters), the area and why.</summary>
public sealed record ThreadGap(ThreadGapKind Kind, SectionCode Section, string Words, string? Area, string Reason);

/// <summary>One row of the matrix by area of need: its needs (with their answers), outcomes and provision.</summary>
/// <param name="Area">The area's name, or null for statements no heading, word or section places in an area.</param>
public sealed record ThreadArea(string? Area, IReadOnlyList<ThreadNeed> Needs, IReadOnlyList<ThreadStatement> Outcomes, IReadOnlyList<ThreadStatement> Provision);

/// <summary>
/// The golden thread of a draft: each need in B, C and D with the outcomes in E and the provision in F, G, H1 and H2
/// that answer it, what answers no need, the breaks, and the same by area of need for the page's matrix.
/// </summary>
/// <param name="Needs">Every need, in plan order, with its answers.</param>
/// <param name="Outcomes">Every outcome in E, in plan order.</param>
/// <param name="Provision">Every statement of provision in F, G, H1 and H2, in plan order.</param>
/// <param name="UnansweringProvision">Provision that answers no need.</param>
/// <param name="UnansweringOutcomes">Outcomes that answer no need.</param>
/// <param name="Gaps">The breaks: needs without an outcome or provision, and provision without a need.</param>
/// <param name="Areas">The statements by area of need, in the wording's order, statements in no area last; areas with no statement left out.</param>
public sealed record ThreadMatrix(
    IReadOnlyList<ThreadNeed> Needs,
    IReadOnlyList<ThreadStatement> Outcomes,
    IReadOnlyList<ThreadStatement> Provision,
    IReadOnlyList<ThreadStatement> UnansweringProvision,
    IReadOnlyList<ThreadStatement> UnansweringOutcomes,
    IReadOnlyList<ThreadGap> Gaps,
    IReadOnlyList<ThreadArea> Areas)
{
    /// <summary>Whether every need is answered by an outcome and by provision, and all provision answers a need.</summary>
    public bool IsUnbroken => Gaps.Count == 0;
}
