namespace EhcpQa.Domain.Frameworks;

/// <summary>
/// How a framework version scores a section. Authorities score the same sections differently
/// (points per criterion with totals, 1–5 ratings, marks that become percentages); each scheme is a
/// value here, so a framework version names its scheme as data.
/// </summary>
public enum ScoringScheme
{
    /// <summary>Descriptors answered Yes / No / N/A and a grade 1 Outstanding … 4 Inadequate per section and overall.</summary>
    GradeOneToFour = 1,

    /// <summary>
    /// Scored as the version's own form declares (see <see cref="Forms.FrameworkForm"/>): answer scales with
    /// points, totals and percentages, a grade scale of its own, bands, or no grade at all.
    /// </summary>
    Form = 2,
}
