using System.Globalization;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>Dates written as ISO text, so that tables of hand-worked dates read as dates.</summary>
internal static class Dates
{
    public static DateOnly Parse(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
