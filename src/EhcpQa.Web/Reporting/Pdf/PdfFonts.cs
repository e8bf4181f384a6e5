using ScottPlot;
using SkiaSharp;

namespace EhcpQa.Web.Reporting.Pdf;

/// <summary>
/// The typefaces every PDF in the service is written in, each created once per process. Skia's PDF
/// backend embeds a whole font file (about 380 KB) for every distinct <see cref="SKTypeface"/>
/// instance it meets, so text and charts must share these two instances (see stack notes 5).
/// </summary>
public static class PdfFonts
{
    /// <summary>Families tried in order: DejaVu on the Linux servers, then common fallbacks elsewhere.</summary>
    public static IReadOnlyList<string> FamilyPreference { get; } = ["DejaVu Sans", "Liberation Sans", "Arial"];

    private static readonly Lazy<Faces> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The family actually found, for example "DejaVu Sans".</summary>
    public static string FamilyName => Loaded.Value.FamilyName;

    /// <summary>The regular face.</summary>
    public static SKTypeface Regular => Loaded.Value.Regular;

    /// <summary>The bold face.</summary>
    public static SKTypeface Bold => Loaded.Value.Bold;

    /// <summary>
    /// Loads the faces and makes ScottPlot draw in them. Safe to call any number of times. Charts drawn
    /// through <see cref="PdfDocumentWriter.Chart"/> are given the family whenever they were built.
    /// </summary>
    public static void EnsureLoaded() => _ = Loaded.Value;

    /// <summary>
    /// Points every text element of a plot (title, axis labels, tick labels, legend) at the PDF family,
    /// keeping each element's own weight. Plots built before <see cref="EnsureLoaded"/> otherwise keep
    /// ScottPlot's start-up default, which with the NoDependencies native library is DejaVu Serif.
    /// </summary>
    public static void ApplyTo(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var family = FamilyName;
        plot.Axes.Title.Label.FontName = family;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = family;
            axis.TickLabelStyle.FontName = family;
        }

        plot.Legend.FontName = family;
    }

    private static Faces Load()
    {
        var family = FamilyPreference.FirstOrDefault(IsInstalled)
            ?? throw new InvalidOperationException(
                $"None of the PDF font families is installed ({string.Join(", ", FamilyPreference)}). Install fonts-dejavu-core.");

        var regular = SKTypeface.FromFamilyName(family, SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright);
        var bold = SKTypeface.FromFamilyName(family, SKFontStyleWeight.Bold, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright);

        // ScottPlot resolves fonts by name and caches what it gets: hand it these very instances so a
        // chart's text shares the embedded font with the text around it.
        Fonts.FontResolvers.Insert(0, new SharedFaceResolver(family, regular, bold));
        Fonts.Default = family;
        Fonts.Sans = family;

        return new Faces(family, regular, bold);
    }

    private static bool IsInstalled(string family)
    {
        // Skia may answer a name it lacks with its default face, so compare the family it returned. The
        // match is not disposed: the font manager hands out one shared instance per face.
        using var style = new SKFontStyle(SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright);
        var match = SKFontManager.Default.MatchFamily(family, style);
        return match is not null && string.Equals(match.FamilyName, family, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Faces(string FamilyName, SKTypeface Regular, SKTypeface Bold);

    /// <summary>Answers ScottPlot's font requests for the PDF family with the shared faces.</summary>
    private sealed class SharedFaceResolver(string family, SKTypeface regularFace, SKTypeface boldFace) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            string.Equals(fontName, family, StringComparison.OrdinalIgnoreCase) && slant == FontSlant.Upright && spacing == FontSpacing.Normal
                ? weight >= FontWeight.SemiBold ? boldFace : regularFace
                : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
    }
}
