namespace EhcpQa.Web.Reporting.Pdf;

/// <summary>How wide a table's columns are drawn: their shares of the table, widened so that no word has to break.</summary>
internal static class ColumnWidths
{
    /// <summary>
    /// Widens each column whose share is narrower than its longest word (<paramref name="least"/>: in the header,
    /// in bold, or in a cell, with the cell's padding), taking the room from the other columns in proportion to
    /// what they can spare, so text breaks only between words and the columns still fill the table. When the
    /// longest words of all the columns together are wider than the table, the shares stand and a word too long
    /// for its column is cut where it fills the line.
    /// </summary>
    public static float[] Fit(float[] shares, float[] least)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(least);
        var deficit = shares.Select((share, i) => Math.Max(0, least[i] - share)).Sum();
        var spare = shares.Select((share, i) => Math.Max(0, share - least[i])).Sum();
        if (deficit <= 0 || deficit > spare)
        {
            return shares;
        }

        return shares.Select((share, i) => share < least[i] ? least[i] : share - ((share - least[i]) / spare * deficit)).ToArray();
    }
}
