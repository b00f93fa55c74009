package vn.parcomms.document.internal;

import java.util.List;

/**
 * The page layout both renderers draw, in points: what text goes where in which style. Laid out
 * once by {@link DocumentLayout} so that the DOCX and the PDF cannot drift apart; each renderer
 * only knows how to draw a paragraph, a rule and a grid in its format.
 */
final class Blocks {

    private Blocks() {
    }

    sealed interface Block permits Para, Rule, Grid, PageBreak {
    }

    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** A piece of text in one style; {@code size} in points. */
    record Run(String text, boolean bold, boolean italic, float size) {
    }

    /**
     * A paragraph. {@code keepWithNext} keeps a heading on the page of what it introduces. An
     * empty paragraph still takes one line, as in Word.
     */
    record Para(List<Run> runs, Align align, float firstIndent, float spaceBefore, float spaceAfter,
                boolean keepWithNext) implements Block {

        Para {
            runs = List.copyOf(runs);
        }

        String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }

        float maxSize() {
            float size = 0;
            for (Run run : runs) {
                size = Math.max(size, run.size());
            }
            return size == 0 ? Layout.BODY_SIZE : size;
        }
    }

    /** A centred horizontal rule of the given width, drawn right under the line above. */
    record Rule(float width) implements Block {
    }

    /** A cell holds paragraphs and rules, never another grid. */
    record Row(List<List<Block>> cells, boolean header) {

        Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A table: borderless for the header and signature areas, bordered for figures. A row never
     * breaks across pages (the signature block is one row); header rows repeat on each page.
     * {@code indent} shifts the grid from the left margin (negative: into the margin).
     */
    record Grid(List<Float> widths, List<Row> rows, boolean borders, float padding, float indent,
                float spaceBefore, float spaceAfter) implements Block {

        Grid {
            widths = List.copyOf(widths);
            rows = List.copyOf(rows);
        }

        float width() {
            float total = 0;
            for (float width : widths) {
                total += width;
            }
            return total;
        }
    }

    /**
     * The next block starts a new page (an annex). {@code landscape}: that page and the ones after
     * it are A4 landscape, a section of its own in Word.
     */
    record PageBreak(boolean landscape) implements Block {
    }
}
