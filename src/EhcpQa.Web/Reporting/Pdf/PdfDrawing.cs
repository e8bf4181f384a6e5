using ScottPlot;
using SkiaSharp;

namespace EhcpQa.Web.Reporting.Pdf;

/// <summary>Something placed on a page by the layout, drawn once the number of pages is known.</summary>
internal interface IPdfDrawing
{
    void Draw(SKCanvas canvas, PdfTypesetter typesetter);
}

internal sealed record PdfTextDrawing(float X, float Baseline, string Text, PdfTextStyle Style) : IPdfDrawing
{
    public void Draw(SKCanvas canvas, PdfTypesetter typesetter)
    {
        using var paint = new SKPaint { Color = Style.Colour, IsAntialias = true };
        canvas.DrawText(Text, X, Baseline, typesetter.Font(Style), paint);
    }
}

internal sealed record PdfRectDrawing(SKRect Rect, SKColor Fill, float CornerRadius = 0) : IPdfDrawing
{
    public void Draw(SKCanvas canvas, PdfTypesetter typesetter)
    {
        using var paint = new SKPaint { Color = Fill, IsAntialias = true, Style = SKPaintStyle.Fill };
        if (CornerRadius > 0)
        {
            canvas.DrawRoundRect(Rect, CornerRadius, CornerRadius, paint);
        }
        else
        {
            canvas.DrawRect(Rect, paint);
        }
    }
}

internal sealed record PdfLineDrawing(SKPoint From, SKPoint To, SKColor Colour, float Width) : IPdfDrawing
{
    public void Draw(SKCanvas canvas, PdfTypesetter typesetter)
    {
        using var paint = new SKPaint { Color = Colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Width };
        canvas.DrawLine(From, To, paint);
    }
}

/// <summary>
/// A ScottPlot chart drawn as vectors into a box. The plot is laid out on a canvas a third larger than
/// the box and scaled down, so ScottPlot's screen-sized text (12 px ticks, 16 px labels) prints at
/// about 9 and 12 points, in proportion to the body text around it.
/// </summary>
internal sealed record PdfPlotDrawing(SKRect Box, Plot Plot) : IPdfDrawing
{
    public const float Scale = 0.75f;

    public void Draw(SKCanvas canvas, PdfTypesetter typesetter)
    {
        var width = (int)Math.Floor(Box.Width / Scale);
        var height = (int)Math.Floor(Box.Height / Scale);
        PdfFonts.ApplyTo(Plot);

        // Clearing the canvas would wipe the page under the box: in a PDF Skia does it with a soft mask
        // over everything drawn so far.
        Plot.RenderManager.ClearCanvasBeforeEachRender = false;

        // ScottPlot's first render of a plot lays out the axes and draws everything a second time;
        // on a PDF page both passes would stay (every label twice), so settle the layout off the page.
        using (var layout = new SKNoDrawCanvas(width, height))
        {
            Plot.Render(layout, width, height);
        }

        canvas.Save();
        canvas.Translate(Box.Left, Box.Top);
        canvas.Scale(Scale);
        canvas.ClipRect(new SKRect(0, 0, width, height));
        Plot.Render(canvas, width, height);
        canvas.Restore();
    }
}
