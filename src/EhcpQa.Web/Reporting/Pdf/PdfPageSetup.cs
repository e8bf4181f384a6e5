namespace EhcpQa.Web.Reporting.Pdf;

/// <summary>Page size and margins in PDF points (1/72 inch).</summary>
public sealed record PdfPageSetup(float Width, float Height, float MarginTop, float MarginRight, float MarginBottom, float MarginLeft)
{
    private const float Millimetre = 72f / 25.4f;

    /// <summary>A4 portrait with 18 mm side margins, 16 mm at the top and 20 mm at the bottom, where the footer sits.</summary>
    public static PdfPageSetup A4Portrait { get; } = new(210 * Millimetre, 297 * Millimetre, 16 * Millimetre, 18 * Millimetre, 20 * Millimetre, 18 * Millimetre);

    public float ContentWidth => Width - MarginLeft - MarginRight;

    public float ContentHeight => Height - MarginTop - MarginBottom;
}
