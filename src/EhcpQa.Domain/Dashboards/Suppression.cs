using System.Globalization;

namespace EhcpQa.Domain.Dashboards;

/// <summary>Whether a figure counts the whole authority's plans or a part of them that could single out a child or a caseworker.</summary>
public enum FigureScope
{
    /// <summary>Every plan the authority assured at a level in a month or period (the headline, the trend, the grades overall and by section).</summary>
    WholeAuthority,

    /// <summary>The plans of one locality, phase, area of need, setting or cohort: small enough to recognise a child, or the caseworker who wrote the plan.</summary>
    Cut,
}

/// <summary>
/// Small numbers hidden from board members in cuts: within one locality, phase, area of need or setting a
/// count from 1 to below the threshold (a setting, 5 by default) is shown as "fewer than 5", and any share
/// made from it is hidden too, so no child or caseworker can be recognised from a small group. Figures for
/// the whole authority are never hidden (<see cref="For(FigureScope)"/>): a month's count across the
/// authority points at no one, and the board needs every month of its trend. Zero is shown: it identifies no one.
/// </summary>
public sealed record Suppression(int Threshold)
{
    public const int DefaultThreshold = 5;

    /// <summary>The smallest threshold an authority may set: 2 hides a single plan, the least that protects anyone.</summary>
    public const int LeastThreshold = 2;

    /// <summary>The largest threshold an authority may set: beyond it almost every cut of a month would be hidden.</summary>
    public const int GreatestThreshold = 100;

    public static Suppression None { get; } = new(0);

    /// <summary>The board's suppression at the default threshold.</summary>
    public static Suppression ForBoard { get; } = new(DefaultThreshold);

    /// <summary>The board's suppression at an authority's threshold; refuses one outside <see cref="ThresholdProblem"/>'s bounds.</summary>
    public static Suppression Board(int threshold) =>
        ThresholdProblem(threshold) is { } problem ? throw new DomainRuleException(problem) : new Suppression(threshold);

    /// <summary>What is wrong with a threshold an authority set, or null when it may be used.</summary>
    public static string? ThresholdProblem(int threshold) => threshold is < LeastThreshold or > GreatestThreshold
        ? $"The suppression threshold must be a whole number from {LeastThreshold} to {GreatestThreshold}, not {threshold.ToString(CultureInfo.InvariantCulture)}."
        : null;

    /// <summary>The suppression for figures of this scope: none for the whole authority, this one for a cut.</summary>
    public Suppression For(FigureScope scope) => scope == FigureScope.WholeAuthority ? None : this;

    public bool Hides(int count) => count > 0 && count < Threshold;

    /// <summary>
    /// Whether a share is hidden: when the group it is made from (the denominator), the part itself or the
    /// rest of the group is suppressed (the rest could be worked out from the share).
    /// </summary>
    public bool HidesShare(int part, int total) => Hides(total) || Hides(part) || Hides(total - part);

    /// <summary>The count as shown: the number, or "fewer than N" when suppressed.</summary>
    public string Count(int count) => Hides(count) ? $"fewer than {Threshold}" : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share as a whole percentage; "–" when it is hidden (<see cref="HidesShare"/>) or there is nothing to divide.</summary>
    public string Share(int part, int total)
    {
        if (total == 0 || HidesShare(part, total))
        {
            return "–";
        }

        return ((double)part / total).ToString("0%", CultureInfo.GetCultureInfo("en-GB"));
    }

    /// <summary>A mean percentage (of the points available, say) to one decimal place; "–" when there is none or the count it is a mean of is hidden.</summary>
    public string MeanPercent(decimal? mean, int count) =>
        mean is { } m && !Hides(count) ? m.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>What a chart draws in the gap of a hidden figure ("&lt;5"); never a bar, so never read as zero.</summary>
    public string HiddenMark => $"<{Threshold.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>What a chart's legend or description says of its hidden figures.</summary>
    public string HiddenNote => $"{HiddenMark}: fewer than {Threshold.ToString(CultureInfo.InvariantCulture)}, not shown";
}
