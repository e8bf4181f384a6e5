using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using CsvHelper.Configuration;

namespace EhcpQa.Web.Features.RegisterImport;

/// <summary>
/// Reads a CSV register record by record: the encoding from its byte order mark, else UTF-8 when the bytes are
/// valid UTF-8, else Windows-1252 (what Excel saves "CSV (Comma delimited)" as in England); the delimiter a comma,
/// or a semicolon or tab when the heading line has more of them than commas.
/// </summary>
internal sealed class RegisterCsvReader
{
    /// <summary>The longest a single cell may be; longer means a quote mark that is never closed.</summary>
    public const int MaxFieldLength = 100_000;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    private readonly byte[] _content;
    private readonly int _start;

    public RegisterCsvReader(byte[] content)
    {
        _content = content;
        (Encoding, _start) = DetectEncoding(content);
        Delimiter = DetectDelimiter(HeadingLine());
    }

    public Encoding Encoding { get; }

    public string Delimiter { get; }

    /// <summary>The file's records, each numbered as the row Excel shows it on (a record spanning lines is one row).</summary>
    public IEnumerable<(int Number, string?[] Cells)> ReadRows()
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Delimiter,
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            HeaderValidated = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = false,
            MaxFieldSize = MaxFieldLength,
        };

        using var reader = new StreamReader(new MemoryStream(_content, _start, _content.Length - _start, writable: false), Encoding, detectEncodingFromByteOrderMarks: false);
        using var parser = new CsvParser(reader, configuration);
        var number = 0;
        while (true)
        {
            string[]? record;
            try
            {
                if (!parser.Read())
                {
                    yield break;
                }

                number++;
                record = parser.Record;
            }
            catch (Exception exception) when (exception is CsvHelperException or InvalidOperationException)
            {
                throw new RegisterFileUnreadableException(
                    $"Row {(number + 1).ToString(CultureInfo.InvariantCulture)} of the selected file cannot be read: check for a quote mark (\") that is not closed, then save it as CSV and try again");
            }

            yield return (number, record is null ? [] : Array.ConvertAll(record, cell => (string?)cell));
        }
    }

    private static (Encoding Encoding, int Start) DetectEncoding(byte[] content)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        return Utf8.IsValid(bytes) ? (new UTF8Encoding(false), 0) : (Windows1252, 0);
    }

    /// <summary>The first line with anything on it (in the first 64 KB), where the headings should be.</summary>
    private string HeadingLine()
    {
        var length = Math.Min(_content.Length - _start, 64 * 1024);
        var text = Encoding.GetString(_content, _start, length);
        foreach (var line in text.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                return line;
            }
        }

        return "";
    }

    internal static string DetectDelimiter(string headingLine)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var character in headingLine)
        {
            switch (character)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
            }
        }

        if (semicolons > commas && semicolons >= tabs)
        {
            return ";";
        }

        return tabs > commas ? "\t" : ",";
    }
}
