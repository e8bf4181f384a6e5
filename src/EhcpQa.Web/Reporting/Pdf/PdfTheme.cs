using SkiaSharp;

namespace EhcpQa.Web.Reporting.Pdf;

/// <summary>Sizes and colours shared by every document: GOV.UK colours, sizes in points.</summary>
internal static class PdfTheme
{
    public static readonly SKColor Text = new(0x0b, 0x0c, 0x0c);
    public static readonly SKColor SecondaryText = new(0x50, 0x5a, 0x5f);
    public static readonly SKColor Border = new(0xb1, 0xb4, 0xb6);
    public static readonly SKColor HeaderFill = new(0xf3, 0xf2, 0xf1);
    public static readonly SKColor InsetBar = new(0xb1, 0xb4, 0xb6);

    public static readonly PdfTextStyle Title = new(22, Bold: true, Text);
    public static readonly PdfTextStyle Heading1 = new(16, Bold: true, Text);
    public static readonly PdfTextStyle Heading2 = new(13, Bold: true, Text);
    public static readonly PdfTextStyle Heading3 = new(11, Bold: true, Text);
    public static readonly PdfTextStyle Body = new(10.5f, Bold: false, Text);
    public static readonly PdfTextStyle TableBody = new(9.5f, Bold: false, Text);
    public static readonly PdfTextStyle Small = new(8.5f, Bold: false, SecondaryText);
    public static readonly PdfTextStyle Footer = new(8, Bold: false, SecondaryText);
    public static readonly PdfTextStyle Tag = new(10.5f, Bold: true, Text);

    public const float LineSpacing = 1.35f;
    public const float ParagraphGap = 6;
    public const float BulletIndent = 14;
    public const float InsetIndent = 14;
    public const float InsetBarWidth = 4;
    public const float CellPaddingX = 5;
    public const float CellPaddingY = 3.5f;
    public const float TagPaddingX = 6;
    public const float TagPaddingY = 3;
    public const float RuleWidth = 0.75f;

    /// <summary>A heading is never the last thing on a page: it moves on unless this much room follows it.</summary>
    public const float KeepWithHeading = 72;

    public static (SKColor Fill, SKColor Text) TagColours(PdfTagColour colour) => colour switch
    {
        PdfTagColour.Green => (new SKColor(0xcc, 0xe2, 0xd8), new SKColor(0x00, 0x5a, 0x30)),
        PdfTagColour.Blue => (new SKColor(0xbb, 0xd4, 0xea), new SKColor(0x0c, 0x2d, 0x4a)),
        PdfTagColour.Yellow => (new SKColor(0xff, 0xf7, 0xbf), new SKColor(0x59, 0x4d, 0x00)),
        PdfTagColour.Orange => (new SKColor(0xfc, 0xd6, 0xc3), new SKColor(0x6e, 0x36, 0x19)),
        PdfTagColour.Red => (new SKColor(0xf4, 0xd7, 0xd7), new SKColor(0x2a, 0x0b, 0x06)),
        _ => (new SKColor(0xe5, 0xe6, 0xe7), new SKColor(0x0c, 0x2d, 0x4a)),
    };
}

/// <summary>Size, weight and colour of a piece of text.</summary>
internal readonly record struct PdfTextStyle(float Size, bool Bold, SKColor Colour)
{
    public float LineHeight => Size * PdfTheme.LineSpacing;

    public PdfTextStyle WithBold(bool bold) => this with { Bold = bold };

    public PdfTextStyle WithColour(SKColor colour) => this with { Colour = colour };
}
