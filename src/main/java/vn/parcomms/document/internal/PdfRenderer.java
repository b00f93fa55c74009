package vn.parcomms.document.internal;

import static vn.parcomms.document.internal.Layout.LINE_FACTOR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.document.internal.Blocks.Align;
import vn.parcomms.document.internal.Blocks.Block;
import vn.parcomms.document.internal.Blocks.Grid;
import vn.parcomms.document.internal.Blocks.PageBreak;
import vn.parcomms.document.internal.Blocks.Para;
import vn.parcomms.document.internal.Blocks.Row;
import vn.parcomms.document.internal.Blocks.Rule;
import vn.parcomms.document.internal.Blocks.Run;

/**
 * Draws the document layout as a PDF with Apache PDFBox: real text in the shipped Liberation
 * Serif, embedded as subsets (with a ToUnicode map, so the text can be selected and searched).
 * PDFBox has no paragraph layout, so this breaks lines, justifies, paginates and keeps headings
 * with the text they introduce, just enough for administrative documents
 * (docs/adr/0005-document-rendering.md).
 */
public final class PdfRenderer {

    /** Baseline below the top of a line, in em: Liberation Serif's ascent centred in 1.15 em. */
    private static final float BASELINE = 0.92f;

    public byte[] render(OfficialDocument document) {
        List<Line> lines = new ArrayList<>();
        float width = Layout.TEXT_WIDTH;
        for (Block block : DocumentLayout.blocks(document)) {
            if (block instanceof PageBreak pageBreak) {
                width = pageBreak.landscape() ? Layout.LANDSCAPE_TEXT_WIDTH : Layout.TEXT_WIDTH;
            }
            lines.addAll(flow(block, width));
        }
        List<TrueTypeFont> faces = new ArrayList<>();
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<Fonts, PDType0Font> fonts = new EnumMap<>(Fonts.class);
            for (Fonts face : Fonts.values()) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                faces.add(ttf);
                // Without the font's glyph substitutions (ligatures): TextMeasure lays lines out with
                // each character's own advance width, so what is drawn must be those glyphs too; and
                // PDFBox compiles the substitution rules anew for every text run it draws, which made
                // a 100-page plan spend most of its time and 2 GB of garbage there.
                ttf.setEnableGsub(false);
                fonts.put(face, PDType0Font.load(pdf, ttf, true));
            }
            new Pages(pdf, fonts).place(lines);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.kind().heading() + " " + document.header().number());
            info.setAuthor(document.header().issuingBody());
            info.setCreationDate(Calendar.getInstance());
            pdf.getDocumentCatalog().setLanguage("vi-VN");
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            faces.forEach(PdfRenderer::closeQuietly);
        }
    }

    private static void closeQuietly(TrueTypeFont font) {
        try {
            font.close();
        } catch (IOException ignored) {
            // the font was read from memory: nothing is left open
        }
    }

    /** Something that draws itself with its top-left corner at (x, top). */
    @FunctionalInterface
    private interface Drawer {
        void draw(Canvas canvas, float x, float top) throws IOException;
    }

    private static final Drawer NOTHING = (canvas, x, top) -> { };

    /**
     * A slice of the flow that is never split across pages: a line of text, a rule, a table row,
     * or vertical space ({@code spacer}, dropped at the top of a page). {@code repeat} holds the
     * header rows of the table the line belongs to.
     */
    private record Line(float height, Drawer drawer, boolean keepWithNext, boolean spacer, boolean pageBreak,
                        List<Line> repeat, boolean landscape) {

        Line(float height, Drawer drawer, boolean keepWithNext, boolean spacer, boolean pageBreak, List<Line> repeat) {
            this(height, drawer, keepWithNext, spacer, pageBreak, repeat, false);
        }

        static Line space(float height, boolean keepWithNext) {
            return new Line(height, NOTHING, keepWithNext, true, false, List.of());
        }

        /** A new page; {@code landscape}: it and the pages after it lie on their side. */
        static Line newPage(boolean landscape) {
            return new Line(0, NOTHING, false, false, true, List.of(), landscape);
        }

        Line withRepeat(List<Line> header) {
            return new Line(height, drawer, keepWithNext, spacer, pageBreak, header, landscape);
        }
    }

    private record Canvas(PDPageContentStream stream, Map<Fonts, PDType0Font> fonts) {
    }

    // ---------------------------------------------------------------- flow: blocks into lines

    private static List<Line> flow(Block block, float width) {
        if (block instanceof Para para) {
            return paragraph(para, width);
        } else if (block instanceof Rule rule) {
            return List.of(rule(rule, width));
        } else if (block instanceof Grid grid) {
            return grid(grid);
        } else if (block instanceof PageBreak pageBreak) {
            return List.of(Line.newPage(pageBreak.landscape()));
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    private static Line rule(Rule rule, float width) {
        float ruleWidth = Math.min(rule.width(), width);
        // Matches the DOCX: the bottom border of a 4 pt high paragraph.
        return new Line(Layout.RULE_HEIGHT + 1, (canvas, x, top) -> {
            float left = x + (width - ruleWidth) / 2;
            PDPageContentStream stream = canvas.stream();
            stream.setLineWidth(0.6f);
            stream.moveTo(left, top - Layout.RULE_HEIGHT);
            stream.lineTo(left + ruleWidth, top - Layout.RULE_HEIGHT);
            stream.stroke();
        }, false, false, false, List.of());
    }

    /** A fragment of a word in one face. */
    private record Piece(String text, Fonts face, float size, float width) {
    }

    /** A word: the pieces between two spaces, and the width of the space that follows it. */
    private record Word(List<Piece> pieces, float space) {

        float width() {
            float width = 0;
            for (Piece piece : pieces) {
                width += piece.width();
            }
            return width;
        }
    }

    private static List<Line> paragraph(Para para, float width) {
        List<Line> lines = new ArrayList<>();
        if (para.spaceBefore() > 0) {
            lines.add(Line.space(para.spaceBefore(), false));
        }
        List<List<Word>> wrapped = wrap(words(para), width, para.firstIndent());
        float height = para.maxSize() * LINE_FACTOR;
        for (int i = 0; i < wrapped.size(); i++) {
            List<Word> words = wrapped.get(i);
            boolean first = i == 0;
            boolean last = i == wrapped.size() - 1;
            float indent = first ? para.firstIndent() : 0;
            Drawer drawer = (canvas, x, top) -> drawLine(canvas, words, para.align(), last, x + indent, width - indent,
                    top - para.maxSize() * BASELINE);
            // Widow and orphan control, as Word's default: the first line keeps with the second and
            // the last but one with the last, so a page never ends on a paragraph's first line
            // alone nor starts with its last line alone (a three-line paragraph moves whole).
            boolean widowOrOrphan = wrapped.size() > 1 && (first || i == wrapped.size() - 2);
            // A paragraph kept with the next one moves whole (its lines are kept together too), as
            // LibreOffice lays out the DOCX, which says so for Word (keepLines): a closing paragraph
            // of five lines goes to the signature's page entire instead of leaving three behind.
            lines.add(new Line(height, drawer, widowOrOrphan || para.keepWithNext(), false, false, List.of()));
        }
        if (para.spaceAfter() > 0) {
            lines.add(Line.space(para.spaceAfter(), para.keepWithNext()));
        }
        return lines;
    }

    private static List<Word> words(Para para) {
        List<Word> words = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Run run : para.runs()) {
            Fonts face = Fonts.of(run.bold(), run.italic());
            String text = run.text();
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ') {
                    if (piece.length() > 0) {
                        current.add(piece(piece.toString(), face, run.size()));
                        piece.setLength(0);
                    }
                    if (!current.isEmpty()) {
                        words.add(new Word(current, TextMeasure.width(" ", run.bold(), run.italic(), run.size())));
                        current = new ArrayList<>();
                    }
                } else {
                    piece.append(c);
                }
            }
            if (piece.length() > 0) {
                current.add(piece(piece.toString(), face, run.size()));
            }
        }
        if (!current.isEmpty()) {
            words.add(new Word(current, 0));
        }
        return words;
    }

    private static Piece piece(String text, Fonts face, float size) {
        return new Piece(text, face, size,
                TextMeasure.width(text, face == Fonts.BOLD || face == Fonts.BOLD_ITALIC,
                        face == Fonts.ITALIC || face == Fonts.BOLD_ITALIC, size));
    }

    private static List<List<Word>> wrap(List<Word> words, float width, float firstIndent) {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float used = 0;
        float available = width - firstIndent;
        for (Word word : words) {
            float gap = line.isEmpty() ? 0 : line.get(line.size() - 1).space();
            if (!line.isEmpty() && used + gap + word.width() > available) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
                gap = 0;
                available = width;
            }
            if (line.isEmpty() && word.width() > available && word.pieces().size() == 1) {
                // A word longer than the line (a long link): break it where it overflows.
                for (Word part : split(word, available)) {
                    if (!line.isEmpty()) {
                        lines.add(line);
                        line = new ArrayList<>();
                        available = width;
                    }
                    line.add(part);
                    used = part.width();
                }
                continue;
            }
            line.add(word);
            used += gap + word.width();
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static List<Word> split(Word word, float width) {
        Piece piece = word.pieces().get(0);
        boolean bold = piece.face() == Fonts.BOLD || piece.face() == Fonts.BOLD_ITALIC;
        boolean italic = piece.face() == Fonts.ITALIC || piece.face() == Fonts.BOLD_ITALIC;
        List<Word> parts = new ArrayList<>();
        String rest = piece.text();
        while (!rest.isEmpty()) {
            int end = 1;
            while (end < rest.length() && TextMeasure.width(rest.substring(0, end + 1), bold, italic, piece.size()) <= width) {
                end++;
            }
            String part = rest.substring(0, end);
            rest = rest.substring(end);
            parts.add(new Word(List.of(piece(part, piece.face(), piece.size())), rest.isEmpty() ? word.space() : 0));
        }
        return parts;
    }

    private static void drawLine(Canvas canvas, List<Word> words, Align align, boolean lastLine, float x, float width,
                                 float baseline) throws IOException {
        if (words.isEmpty()) {
            return;
        }
        float natural = 0;
        for (int i = 0; i < words.size(); i++) {
            natural += words.get(i).width() + (i < words.size() - 1 ? words.get(i).space() : 0);
        }
        float start = switch (align) {
            case CENTER -> x + (width - natural) / 2;
            case RIGHT -> x + width - natural;
            default -> x;
        };
        float extra = align == Align.JUSTIFY && !lastLine && words.size() > 1
                ? Math.max(0, (width - natural) / (words.size() - 1)) : 0;
        PDPageContentStream stream = canvas.stream();
        stream.beginText();
        float position = start;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            boolean spaceFollows = i < words.size() - 1;
            for (int p = 0; p < word.pieces().size(); p++) {
                Piece piece = word.pieces().get(p);
                stream.setFont(canvas.fonts().get(piece.face()), piece.size());
                stream.setTextMatrix(Matrix.getTranslateInstance(position, baseline));
                // The space glyph is drawn too: text extraction then finds real spaces between words.
                boolean lastPiece = p == word.pieces().size() - 1;
                stream.showText(lastPiece && spaceFollows ? piece.text() + " " : piece.text());
                position += piece.width();
            }
            position += word.space() + extra;
        }
        stream.endText();
    }

    private static List<Line> grid(Grid grid) {
        List<Line> lines = new ArrayList<>();
        if (grid.spaceBefore() > 0) {
            lines.add(Line.space(grid.spaceBefore(), true));
        }
        List<Line> header = new ArrayList<>();
        for (Row row : grid.rows()) {
            Line line = row(grid, row);
            if (row.header()) {
                header.add(line);
                lines.add(line);
            } else {
                lines.add(line.withRepeat(List.copyOf(header)));
            }
        }
        if (grid.spaceAfter() > 0) {
            lines.add(Line.space(grid.spaceAfter(), false));
        }
        return lines;
    }

    private static Line row(Grid grid, Row row) {
        List<List<Line>> cells = new ArrayList<>();
        float height = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            float inner = grid.widths().get(c) - 2 * grid.padding();
            List<Line> cell = new ArrayList<>();
            for (Block block : row.cells().get(c)) {
                cell.addAll(flow(block, inner));
            }
            cells.add(cell);
            height = Math.max(height, cell.stream().map(Line::height).reduce(0f, Float::sum));
        }
        float rowHeight = height;
        return new Line(rowHeight, (canvas, x, top) -> {
            float left = x + grid.indent();
            for (int c = 0; c < cells.size(); c++) {
                float width = grid.widths().get(c);
                float y = top;
                for (Line line : cells.get(c)) {
                    line.drawer().draw(canvas, left + grid.padding(), y);
                    y -= line.height();
                }
                if (grid.borders()) {
                    canvas.stream().setLineWidth(0.5f);
                    canvas.stream().addRect(left, top - rowHeight, width, rowHeight);
                    canvas.stream().stroke();
                }
                left += width;
            }
        }, false, false, false, List.of());
    }

    // ---------------------------------------------------------------- pages

    /** Places lines on A4 pages, then numbers the pages from the second one. */
    private static final class Pages {

        private final PDDocument pdf;
        private final Map<Fonts, PDType0Font> fonts;
        private PDPageContentStream stream;
        private float y;
        private boolean atTop;
        private boolean landscape;

        Pages(PDDocument pdf, Map<Fonts, PDType0Font> fonts) {
            this.pdf = pdf;
            this.fonts = fonts;
        }

        void place(List<Line> lines) throws IOException {
            newPage();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.pageBreak()) {
                    landscape = line.landscape();
                    newPage();
                    continue;
                }
                if (line.spacer() && atTop) {
                    continue;
                }
                // A heading goes to the next page together with the first line it introduces.
                float needed = line.height();
                for (int j = i; lines.get(j).keepWithNext() && j + 1 < lines.size(); j++) {
                    needed += lines.get(j + 1).height();
                }
                if (!atTop && y - needed < Layout.MARGIN_BOTTOM) {
                    newPage();
                    if (line.spacer()) {
                        continue;
                    }
                    for (Line header : line.repeat()) {
                        draw(header);
                    }
                }
                draw(line);
            }
            stream.close();
            numberPages();
        }

        private void draw(Line line) throws IOException {
            line.drawer().draw(new Canvas(stream, fonts), Layout.MARGIN_LEFT, y);
            y -= line.height();
            atTop = false;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(landscape
                    ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = page.getMediaBox().getHeight() - Layout.MARGIN_TOP;
            atTop = true;
        }

        private void numberPages() throws IOException {
            PDType0Font font = fonts.get(Fonts.REGULAR);
            float size = Layout.PAGE_NUMBER_SIZE;
            for (int i = 1; i < pdf.getNumberOfPages(); i++) {
                String number = Integer.toString(i + 1);
                float width = TextMeasure.width(number, false, false, size);
                PDRectangle box = pdf.getPage(i).getMediaBox();
                float textWidth = box.getWidth() - Layout.MARGIN_LEFT - Layout.MARGIN_RIGHT;
                try (PDPageContentStream header = new PDPageContentStream(pdf, pdf.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    header.beginText();
                    header.setFont(font, size);
                    header.newLineAtOffset(Layout.MARGIN_LEFT + (textWidth - width) / 2,
                            box.getHeight() - Layout.HEADER_DISTANCE - size * BASELINE);
                    header.showText(number);
                    header.endText();
                }
            }
        }
    }
}
