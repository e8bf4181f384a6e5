namespace EhcpQa.Domain.Dashboards;

/// <summary>
/// Small numbers hidden from board members: a count from 1 to below the threshold (default 5) is shown as
/// "fewer than 5", and any share or figure made from it is hidden too, so no child can be recognised from
/// a small group. Zero is shown: it identifies no one.
/// </summary>
public sealed record Suppression(int Threshold)
{
    public const int DefaultThreshold = 5;

    public static Suppression None { get; } = new(0);

    public static Suppression ForBoard { get; } = new(DefaultThreshold);

    public bool Hides(int count) => count > 0 && count < Threshold;

    /// <summary>The count as shown: the number, or "fewer than N" when suppressed.</summary>
    public string Count(int count) => Hides(count) ? $"fewer than {Threshold}" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A share as a whole percentage; hidden ("–") when the group it is made from (the denominator), the
    /// part itself or the rest of the group is suppressed (the rest could be worked out from the share), or
    /// when there is nothing to divide.
    /// </summary>
    public string Share(int part, int total)
    {
        if (total == 0 || Hides(total) || Hides(part) || Hides(total - part))
        {
            return "–";
        }

        return ((double)part / total).ToString("0%", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
    }
}
