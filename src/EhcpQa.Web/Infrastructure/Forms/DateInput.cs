using System.Globalization;

namespace EhcpQa.Web.Infrastructure.Forms;

/// <summary>
/// A date as typed into the GOV.UK date input: day, month and year kept as strings so that
/// whatever the user entered is shown back to them when the date is not valid.
/// Bind it with <c>&lt;govuk-date-input asp-for="..." /&gt;</c>; the parts post as
/// <c>Prop.Day</c>, <c>Prop.Month</c> and <c>Prop.Year</c>.
/// </summary>
public sealed class DateInput
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    /// <summary>True when nothing was entered in any of the three parts.</summary>
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>
    /// Reads a real calendar date from the three parts. Accepts surrounding spaces and leading zeros,
    /// a month as a number or a month name or its first three letters ("3", "Mar", "March"), and a
    /// four-digit year.
    /// </summary>
    public bool TryGetDate(out DateOnly date)
    {
        date = default;

        if (!TryParseNumber(Day, maxDigits: 2, out var day)
            || !TryParseMonth(Month, out var month)
            || !TryParseYear(Year, out var year))
        {
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static DateInput From(DateOnly? date) =>
        date is { } value
            ? new DateInput
            {
                Day = value.Day.ToString(CultureInfo.InvariantCulture),
                Month = value.Month.ToString(CultureInfo.InvariantCulture),
                Year = value.Year.ToString(CultureInfo.InvariantCulture),
            }
            : new DateInput();

    public override string ToString() => $"{Day}/{Month}/{Year}";

    private static bool TryParseNumber(string? text, int maxDigits, out int value)
    {
        value = 0;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed)
            && trimmed.Length <= maxDigits
            && trimmed.All(char.IsAsciiDigit)
            && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseMonth(string? text, out int month)
    {
        if (TryParseNumber(text, maxDigits: 2, out month))
        {
            return month is >= 1 and <= 12;
        }

        var name = text?.Trim().ToLowerInvariant();
        if (name is { Length: >= 3 })
        {
            var index = Array.FindIndex(MonthNames, m => m == name || m[..3] == name);
            if (index >= 0)
            {
                month = index + 1;
                return true;
            }
        }

        month = 0;
        return false;
    }

    private static bool TryParseYear(string? text, out int year)
    {
        var trimmed = text?.Trim();
        if (trimmed is { Length: 4 } && TryParseNumber(trimmed, maxDigits: 4, out year))
        {
            return year >= 1;
        }

        year = 0;
        return false;
    }
}
