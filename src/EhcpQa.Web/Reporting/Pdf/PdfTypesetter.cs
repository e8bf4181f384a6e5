using System.Text;
using SkiaSharp;

namespace EhcpQa.Web.Reporting.Pdf;

/// <summary>One laid-out line: pieces of text, each at an offset from the line's left edge.</summary>
internal sealed record PdfLine(IReadOnlyList<PdfLineSegment> Segments, float Width)
{
    public static PdfLine Empty { get; } = new([], 0);
}

/// <summary>A piece of a line in one weight. Words of the same weight share a piece, with real spaces, so text extracts as words.</summary>
internal readonly record struct PdfLineSegment(float X, string Text, bool Bold);

/// <summary>
/// Measures and wraps text in the shared faces. Holds one <see cref="SKFont"/> per size and weight for
/// the life of a document; fonts are set up for print (no hinting, fractional positions) so what is
/// measured is what is drawn.
/// </summary>
internal sealed class PdfTypesetter : IDisposable
{
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];

    public SKFont Font(PdfTextStyle style)
    {
        if (!_fonts.TryGetValue((style.Size, style.Bold), out var font))
        {
            font = new SKFont(style.Bold ? PdfFonts.Bold : PdfFonts.Regular, style.Size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
            };
            _fonts.Add((style.Size, style.Bold), font);
        }

        return font;
    }

    public float Measure(string text, PdfTextStyle style) => text.Length == 0 ? 0 : Font(style).MeasureText(text);

    /// <summary>Distance from the top of a line box to the baseline, centring the face's ascent and descent in the line.</summary>
    public float BaselineOffset(PdfTextStyle style)
    {
        var metrics = Font(style).Metrics;
        return ((style.LineHeight - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
    }

    /// <summary>
    /// Breaks text into lines no wider than <paramref name="maxWidth"/>: at spaces, at line feeds, and
    /// inside a word only when the word alone is wider than the line. A run is bold when it or the style is.
    /// </summary>
    public IReadOnlyList<PdfLine> Wrap(IReadOnlyList<PdfRun> runs, PdfTextStyle style, float maxWidth)
    {
        var lines = new List<PdfLine>();
        var line = new LineBuilder(this, style);
        foreach (var token in Tokenise(runs))
        {
            if (token.IsLineBreak)
            {
                lines.Add(line.Finish());
                continue;
            }

            var bold = style.Bold || token.Bold;
            var tokenStyle = style.WithBold(bold);
            var width = Measure(token.Text, tokenStyle);
            var gap = line.IsEmpty || !token.SpaceBefore ? 0 : Measure(" ", tokenStyle);
            if (!line.IsEmpty && line.Width + gap + width > maxWidth)
            {
                lines.Add(line.Finish());
                gap = 0;
            }

            if (width <= maxWidth - line.Width - gap)
            {
                line.Append(token.Text, bold, gap, width);
                continue;
            }

            // A word wider than the whole line (a long reference or web address): cut it where it fills the line.
            var rest = token.Text;
            while (rest.Length > 0)
            {
                var take = FittingPrefixLength(rest, tokenStyle, maxWidth - line.Width);
                var piece = rest[..take];
                line.Append(piece, bold, 0, Measure(piece, tokenStyle));
                rest = rest[take..];
                if (rest.Length > 0)
                {
                    lines.Add(line.Finish());
                }
            }
        }

        if (!line.IsEmpty)
        {
            lines.Add(line.Finish());
        }

        return lines;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _fonts.Clear();
    }

    /// <summary>How many characters from the start fit the width; at least one character (or surrogate pair) so wrapping always advances.</summary>
    private int FittingPrefixLength(string text, PdfTextStyle style, float width)
    {
        var length = NextBoundary(text, 0);
        while (length < text.Length)
        {
            var next = NextBoundary(text, length);
            if (Measure(text[..next], style) > width)
            {
                break;
            }

            length = next;
        }

        return length;
    }

    private static int NextBoundary(string text, int index) =>
        index + (char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1);

    private static IEnumerable<Token> Tokenise(IReadOnlyList<PdfRun> runs)
    {
        var word = new StringBuilder();
        var spaceBefore = false;
        foreach (var run in runs)
        {
            var text = run.Text ?? string.Empty;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is '\r' or '\n')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    if (word.Length > 0)
                    {
                        yield return new Token(word.ToString(), run.Bold, spaceBefore, false);
                        word.Clear();
                    }

                    yield return new Token(string.Empty, run.Bold, false, true);
                    spaceBefore = false;
                }
                else if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    if (word.Length > 0)
                    {
                        yield return new Token(word.ToString(), run.Bold, spaceBefore, false);
                        word.Clear();
                    }

                    spaceBefore = true;
                }
                else
                {
                    word.Append(c);
                }
            }

            // A word ends with its run; the next run's first word joins it unless whitespace came between.
            if (word.Length > 0)
            {
                yield return new Token(word.ToString(), run.Bold, spaceBefore, false);
                word.Clear();
                spaceBefore = false;
            }
        }
    }

    private readonly record struct Token(string Text, bool Bold, bool SpaceBefore, bool IsLineBreak);

    /// <summary>Collects a line's words, merging neighbours of the same weight into one segment.</summary>
    private sealed class LineBuilder(PdfTypesetter typesetter, PdfTextStyle style)
    {
        private readonly List<PdfLineSegment> _segments = [];
        private readonly StringBuilder _text = new();
        private float _segmentX;
        private bool _segmentBold;

        public float Width { get; private set; }

        public bool IsEmpty => _segments.Count == 0 && _text.Length == 0;

        public void Append(string text, bool bold, float gap, float width)
        {
            if (_text.Length > 0 && bold == _segmentBold)
            {
                if (gap > 0)
                {
                    _text.Append(' ');
                }

                _text.Append(text);
                Width = _segmentX + typesetter.Measure(_text.ToString(), style.WithBold(bold));
                return;
            }

            if (gap > 0 && _text.Length > 0)
            {
                // Keep a real space between words of different weight so the text extracts as separate words.
                _text.Append(' ');
            }

            FlushSegment();
            _segmentX = Width + gap;
            _segmentBold = bold;
            _text.Append(text);
            Width = _segmentX + width;
        }

        public PdfLine Finish()
        {
            FlushSegment();
            var line = _segments.Count == 0 ? PdfLine.Empty : new PdfLine([.. _segments], Width);
            _segments.Clear();
            Width = 0;
            return line;
        }

        private void FlushSegment()
        {
            if (_text.Length > 0)
            {
                _segments.Add(new PdfLineSegment(_segmentX, _text.ToString(), _segmentBold));
                _text.Clear();
            }
        }
    }
}
