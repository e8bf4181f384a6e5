using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Web.Features.DraftChecks;

/// <summary>
/// What the draft checks found in one draft: the checker's warnings, shown to the caseworker before sending and to the
/// grader beside each section, and the golden thread from needs to outcomes and provision (null when not read).
/// </summary>
public sealed record DraftReading(IReadOnlyList<DraftWarning> Warnings, ThreadMatrix? Thread)
{
    /// <summary>Nothing read: a final plan under moderation, or a draft with no text.</summary>
    public static DraftReading None { get; } = new([], null);

    /// <summary>The warnings about one section.</summary>
    public IReadOnlyList<DraftWarning> Of(SectionCode section) => Warnings.Where(w => w.Section == section).ToList();
}
