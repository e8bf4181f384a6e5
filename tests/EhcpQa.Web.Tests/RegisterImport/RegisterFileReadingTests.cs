using System.Text;
using EhcpQa.Web.Features.RegisterImport;
using static EhcpQa.Web.Tests.RegisterImport.RegisterFiles;

namespace EhcpQa.Web.Tests.RegisterImport;

public sealed class RegisterFile_ReadsHeadings
{
    [Fact]
    public void From_the_first_row_with_anything_in_it_trimmed()
    {
        var file = Csv("\n,,\n  Plan reference , Child name\nP1,Sam\n");

        Assert.Equal(["Plan reference", "Child name"], file.Headings);
    }

    [Fact]
    public void An_empty_heading_is_named_by_its_column()
    {
        var file = Csv("Plan reference,,Child name, \nP1,x,Sam,y\n");

        Assert.Equal(["Plan reference", "Column 2", "Child name"], file.Headings);
    }

    [Fact]
    public void A_repeated_heading_is_numbered()
    {
        var file = Csv("Name,Date,Name,name,Date\n");

        Assert.Equal(["Name", "Date", "Name (2)", "name (3)", "Date (2)"], file.Headings);
    }

    [Fact]
    public void A_file_with_no_headings_cannot_be_opened()
    {
        var exception = Assert.Throws<RegisterFileUnreadableException>(() => Csv(" \n,,\n\n"));

        Assert.Equal("The selected file is empty: it has no headings", exception.Message);
    }

    [Fact]
    public void A_workbook_with_no_headings_cannot_be_opened()
    {
        var exception = Assert.Throws<RegisterFileUnreadableException>(() => Xlsx(new Dictionary<int, object?[]>()));

        Assert.Equal(RegisterFile.NoHeadingsMessage, exception.Message);
    }
}

public sealed class RegisterFile_AlignsRowsWithHeadings
{
    [Fact]
    public void Short_rows_are_padded_and_long_rows_cut_at_the_last_heading()
    {
        var rows = RowsOf(Csv("A,B,C\n1\n1,2,3,4,5\n"));

        Assert.Equal([["1", null, null], ["1", "2", "3"]], rows.Select(row => row.Cells.ToArray()));
    }

    [Fact]
    public void Cells_are_trimmed_and_blank_cells_are_null()
    {
        var rows = RowsOf(Csv("A,B,C\n  P1  ,   ,\"\"\n"));

        Assert.Equal(["P1", null, null], rows.Single().Cells);
    }

    [Fact]
    public void Rows_with_nothing_in_them_are_skipped()
    {
        var rows = RowsOf(Csv("A,B\nP1,x\n,\n   ,  \n\nP2,y\n"));

        Assert.Equal(["P1", "P2"], rows.Select(row => row.Cells[0]));
    }

    [Fact]
    public void Rows_can_be_read_again_and_counted()
    {
        var file = Csv("A\nP1\nP2\nP3\n");

        Assert.Equal(3, file.CountRows());
        Assert.Equal(RowsOf(file).Select(row => row.Cells[0]), RowsOf(file).Select(row => row.Cells[0]));
        Assert.Equal(RegisterFileKind.Csv, file.Kind);
    }
}

public sealed class RegisterFile_NumbersRowsAsInTheFile
{
    [Fact]
    public void Csv_rows_count_blank_lines_and_the_heading_row()
    {
        var rows = RowsOf(Csv("\nA,B\nP1,x\n\nP2,y\n"));

        Assert.Equal([3, 5], rows.Select(row => row.Number));
    }

    [Fact]
    public void A_csv_record_spanning_lines_is_one_row()
    {
        var rows = RowsOf(Csv("A,B\nP1,\"line one\nline two\"\nP2,y\n"));

        Assert.Equal([2, 3], rows.Select(row => row.Number));
        Assert.Equal("line one\nline two", rows[0].Cells[1]);
    }

    [Fact]
    public void Workbook_rows_are_numbered_as_in_the_sheet()
    {
        var sheet = new Dictionary<int, object?[]>
        {
            [2] = ["Plan reference", "Child name"],
            [3] = ["P1", "Sam"],
            [6] = ["P2", "Alex"],
        };

        var file = Xlsx(sheet);

        Assert.Equal(["Plan reference", "Child name"], file.Headings);
        Assert.Equal([3, 6], RowsOf(file).Select(row => row.Number));
        Assert.Equal(RegisterFileKind.Xlsx, file.Kind);
    }
}

public sealed class RegisterFile_ReadsCsvQuoting
{
    [Fact]
    public void Quoted_fields_keep_commas_and_doubled_quotes()
    {
        var rows = RowsOf(Csv("Name,Address\n\"O'Neill, Sam\",\"1 \"\"The Lane\"\", Leeds\"\n"));

        Assert.Equal(["O'Neill, Sam", "1 \"The Lane\", Leeds"], rows.Single().Cells);
    }

    [Fact]
    public void A_stray_quote_in_an_unquoted_field_is_kept()
    {
        var rows = RowsOf(Csv("Name,Ref\nSam \"Jr\" Smith,P1\n"));

        Assert.Equal(["Sam \"Jr\" Smith", "P1"], rows.Single().Cells);
    }

    [Fact]
    public void Windows_line_endings_are_not_part_of_the_cells()
    {
        var rows = RowsOf(Csv("A,B\r\nP1,x\r\nP2,y\r\n"));

        Assert.Equal([["P1", "x"], ["P2", "y"]], rows.Select(row => row.Cells.ToArray()));
    }
}

public sealed class RegisterFile_DetectsTheCsvDelimiter
{
    [Fact]
    public void Semicolons_when_the_heading_line_has_more_of_them_than_commas()
    {
        var file = Csv("Plan reference;Child name;Notes\nP1;Sam;\"a; b, c\"\n");

        Assert.Equal(["Plan reference", "Child name", "Notes"], file.Headings);
        Assert.Equal(["P1", "Sam", "a; b, c"], RowsOf(file).Single().Cells);
    }

    [Fact]
    public void Tabs_when_the_heading_line_has_more_of_them_than_commas()
    {
        var file = Csv("Plan reference\tChild name\nP1\tSmith, Sam\n");

        Assert.Equal(["P1", "Smith, Sam"], RowsOf(file).Single().Cells);
    }

    [Fact]
    public void Commas_otherwise()
    {
        var file = Csv("Plan reference,Notes;more\nP1,a;b\n");

        Assert.Equal(["Plan reference", "Notes;more"], file.Headings);
    }
}

public sealed class RegisterFile_DetectsTheCsvEncoding
{
    [Fact]
    public void Utf8_with_a_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Name\nZoë\n")).ToArray();

        var file = RegisterFile.Open("register.csv", bytes);

        Assert.Equal("Name", file.Headings.Single());
        Assert.Equal("Zoë", RowsOf(file).Single().Cells[0]);
    }

    [Fact]
    public void Utf8_without_a_byte_order_mark()
    {
        var file = RegisterFile.Open("register.csv", Encoding.UTF8.GetBytes("Name\nSiân Ó Súilleabháin\n"));

        Assert.Equal("Siân Ó Súilleabháin", RowsOf(file).Single().Cells[0]);
    }

    [Fact]
    public void Windows_1252_when_the_bytes_are_not_utf8()
    {
        // "Zoë" as Excel's "CSV (Comma delimited)" saves it: ë is the single byte 0xEB.
        byte[] bytes = [.. "Name\nZo"u8, 0xEB, .. "\n"u8];

        var file = RegisterFile.Open("register.csv", bytes);

        Assert.Equal("Zoë", RowsOf(file).Single().Cells[0]);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Name\tRef\r\nZoë\tP1\r\n")).ToArray();

        var file = RegisterFile.Open("register.csv", bytes);

        Assert.Equal(["Name", "Ref"], file.Headings);
        Assert.Equal(["Zoë", "P1"], RowsOf(file).Single().Cells);
    }
}

public sealed class RegisterFile_ReadsWorkbookCells
{
    [Fact]
    public void Shared_and_inline_strings_as_text()
    {
        var file = Xlsx(Sheet(["Name", new Inline("Ref")], [new Inline("Sam"), "P1"]));

        Assert.Equal(["Name", "Ref"], file.Headings);
        Assert.Equal(["Sam", "P1"], RowsOf(file).Single().Cells);
    }

    [Fact]
    public void A_date_formatted_cell_as_an_iso_date_without_its_time()
    {
        var file = Xlsx(Sheet(["Issued", "Reviewed"], [new DateTime(2024, 3, 7), new DateTime(2025, 11, 30, 15, 45, 0)]));

        Assert.Equal(["2024-03-07", "2025-11-30"], RowsOf(file).Single().Cells);
    }

    [Fact]
    public void Numbers_in_invariant_culture_and_whole_numbers_without_a_decimal_point()
    {
        var file = Xlsx(Sheet(["Ref", "Hours", "Big"], [12345d, 2.5d, 123456789012d]));

        Assert.Equal(["12345", "2.5", "123456789012"], RowsOf(file).Single().Cells);
    }

    [Fact]
    public void Booleans_and_formulas_by_their_values()
    {
        var file = Xlsx(Sheet(["Closed", "Total"], [true, new Formula("1+1", 2)], [false, new Formula("A1", 0.25)]));

        Assert.Equal([["TRUE", "2"], ["FALSE", "0.25"]], RowsOf(file).Select(row => row.Cells.ToArray()));
    }

    [Fact]
    public void Empty_cells_between_others_are_null()
    {
        var file = Xlsx(Sheet(["A", "B", "C"], ["x", null, "  "], [null, null, "z"]));

        Assert.Equal([["x", null, null], [null, null, "z"]], RowsOf(file).Select(row => row.Cells.ToArray()));
    }
}

public sealed class RegisterFile_ReadsTheFirstWorksheetOnly
{
    [Fact]
    public void Later_sheets_are_ignored()
    {
        var file = Xlsx(Sheet(["Plan reference"], ["P1"]), Sheet(["Something else"], ["X1"], ["X2"]));

        Assert.Equal(["Plan reference"], file.Headings);
        Assert.Equal(["P1"], RowsOf(file).Select(row => row.Cells[0]));
    }
}

public sealed class RegisterFile_RefusesMoreThanMaxRows
{
    private static byte[] CsvOf(int rows)
    {
        var text = new StringBuilder("Plan reference,Child name\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append('P').Append(i).Append(",Child\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public void One_row_past_the_limit_throws_while_reading()
    {
        var file = RegisterFile.Open("register.csv", CsvOf(RegisterFileCheck.MaxRows + 1));

        var read = 0;
        var exception = Assert.Throws<RegisterFileUnreadableException>(() =>
        {
            foreach (var row in file.Rows())
            {
                read++;
            }
        });

        Assert.StartsWith("The file has more than 100,000 rows: ", exception.Message, StringComparison.Ordinal);
        Assert.Equal(RegisterFileCheck.MaxRows, read);
    }

    [Fact]
    public void Exactly_the_limit_is_read()
    {
        var file = RegisterFile.Open("register.csv", CsvOf(RegisterFileCheck.MaxRows));

        Assert.Equal(RegisterFileCheck.MaxRows, file.CountRows());
    }
}
