using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EhcpQa.Web.Tests.Drafts;

/// <summary>Writes real .docx documents for tests: plain, bold and heading-styled paragraphs, and tables.</summary>
internal sealed class DocxBuilder
{
    private readonly List<Func<OpenXmlElement>> _blocks = [];

    public DocxBuilder Paragraph(params string[] texts)
    {
        foreach (var text in texts)
        {
            _blocks.Add(() => new Paragraph(TextRun(text)));
        }

        return this;
    }

    public DocxBuilder Heading(string text, int level = 1)
    {
        _blocks.Add(() => new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }),
            TextRun(text)));
        return this;
    }

    public DocxBuilder Bold(string text)
    {
        _blocks.Add(() => new Paragraph(TextRun(text, new RunProperties(new Bold()))));
        return this;
    }

    /// <summary>A table; each row is its cells' texts, and "\n" in a cell's text starts a new paragraph in the cell.</summary>
    public DocxBuilder Table(params string[][] rows)
    {
        _blocks.Add(() =>
        {
            var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single })));
            foreach (var row in rows)
            {
                table.Append(new TableRow(row.Select(cell =>
                    new TableCell(cell.Split('\n').Select(text => new Paragraph(TextRun(text)))))));
            }

            return table;
        });
        return this;
    }

    /// <summary>A section of a plan: its heading as a plain paragraph, then its paragraphs.</summary>
    public DocxBuilder Section(string heading, params string[] paragraphs) => Paragraph(heading).Paragraph(paragraphs);

    /// <summary>Any body element, such as a paragraph with tracked changes.</summary>
    public DocxBuilder Block(Func<OpenXmlElement> element)
    {
        _blocks.Add(element);
        return this;
    }

    public MemoryStream ToStream(WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.Document = new Document(new Body(_blocks.Select(b => b())));
        }

        stream.Position = 0;
        return stream;
    }

    public byte[] ToBytes(WordprocessingDocumentType type = WordprocessingDocumentType.Document) => ToStream(type).ToArray();

    public static Run TextRun(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Styles Styles()
    {
        var styles = new Styles(new Style(new StyleName { Val = "Normal" })
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        });
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = $"heading {level}" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold()))
            {
                Type = StyleValues.Paragraph,
                StyleId = $"Heading{level}",
            });
        }

        return styles;
    }
}
