package vn.parcomms.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Text widths in points from the shipped fonts' metrics. Liberation Serif is metric-compatible
 * with Times New Roman, so the same widths serve the PDF line breaking and the length of the rules
 * drawn under header lines in the DOCX.
 */
final class TextMeasure {

    private static final Map<Fonts, Metrics> METRICS = new EnumMap<>(Fonts.class);

    private TextMeasure() {
    }

    static float width(String text, boolean bold, boolean italic, float size) {
        return metrics(Fonts.of(bold, italic)).width(text) * size;
    }

    /** Whether the font has a glyph for the code point; others are replaced before drawing. */
    static boolean covers(int codePoint, Fonts font) {
        return metrics(font).glyph(codePoint) > 0;
    }

    private static synchronized Metrics metrics(Fonts font) {
        return METRICS.computeIfAbsent(font, Metrics::load);
    }

    /** Advance widths per code point, in em. */
    private record Metrics(TrueTypeFont font, CmapLookup cmap, float unitsPerEm) {

        static Metrics load(Fonts face) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                return new Metrics(font, font.getUnicodeCmapLookup(), font.getUnitsPerEm());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized int glyph(int codePoint) {
            return cmap.getGlyphId(codePoint);
        }

        /** Synchronized: FontBox reads the font's tables lazily, and exports may run in parallel. */
        synchronized float width(String text) {
            try {
                float units = 0;
                for (int i = 0; i < text.length(); ) {
                    int codePoint = text.codePointAt(i);
                    units += font.getAdvanceWidth(Math.max(0, glyph(codePoint)));
                    i += Character.charCount(codePoint);
                }
                return units / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
