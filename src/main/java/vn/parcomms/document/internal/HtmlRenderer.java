package vn.parcomms.document.internal;

import java.util.Locale;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.document.internal.Blocks.Block;
import vn.parcomms.document.internal.Blocks.Grid;
import vn.parcomms.document.internal.Blocks.PageBreak;
import vn.parcomms.document.internal.Blocks.Para;
import vn.parcomms.document.internal.Blocks.Row;
import vn.parcomms.document.internal.Blocks.Rule;
import vn.parcomms.document.internal.Blocks.Run;

/**
 * Writes the document layout as an HTML fragment for the page that shows a document before it is
 * issued: the same blocks as the DOCX and the PDF, so what the leader reads on the page is what
 * goes out. Every text is escaped here; the styles are classes of {@code static/css/app.css}
 * (the content security policy forbids inline styles), widths are {@code width} attributes in
 * percent of the container. Each page break starts a new sheet; a landscape annex is a wide sheet.
 */
public final class HtmlRenderer {

    /**
     * Spacing the layout uses, in points, each with a class in app.css ({@code doc-sb-6},
     * {@code doc-sa-70}); other values go to the nearest.
     */
    private static final int[] SPACINGS = {1, 3, 4, 6, 12, 18, 70};

    public String render(OfficialDocument document) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"doc\">");
        openSheet(html, false);
        float width = Layout.TEXT_WIDTH;
        for (Block block : DocumentLayout.blocks(document)) {
            if (block instanceof PageBreak pageBreak) {
                html.append("</div>");
                openSheet(html, pageBreak.landscape());
                width = pageBreak.landscape() ? Layout.LANDSCAPE_TEXT_WIDTH : Layout.TEXT_WIDTH;
            } else {
                block(html, block, width);
            }
        }
        html.append("</div></div>");
        return html.toString();
    }

    private static void openSheet(StringBuilder html, boolean landscape) {
        html.append(landscape ? "<div class=\"doc-sheet doc-landscape\">" : "<div class=\"doc-sheet\">");
    }

    private static void block(StringBuilder html, Block block, float containerWidth) {
        if (block instanceof Para para) {
            paragraph(html, para);
        } else if (block instanceof Rule rule) {
            html.append("<hr class=\"doc-rule\" width=\"").append(percent(rule.width(), containerWidth)).append("\">");
        } else if (block instanceof Grid grid) {
            grid(html, grid);
        } else {
            throw new IllegalArgumentException("a cell holds paragraphs and rules only");
        }
    }

    private static void paragraph(StringBuilder html, Para para) {
        StringBuilder classes = new StringBuilder("doc-p doc-").append(para.align().name().toLowerCase(Locale.ROOT));
        if (para.firstIndent() > 0) {
            classes.append(" doc-indent");
        }
        spacing(classes, "doc-sb-", para.spaceBefore());
        spacing(classes, "doc-sa-", para.spaceAfter());
        classes.append(" doc-s").append(Math.round(para.maxSize()));
        html.append("<p class=\"").append(classes).append("\">");
        for (Run run : para.runs()) {
            if (run.text().isEmpty()) {
                continue;
            }
            StringBuilder runClasses = new StringBuilder("doc-s").append(Math.round(run.size()));
            if (run.bold()) {
                runClasses.append(" doc-b");
            }
            if (run.italic()) {
                runClasses.append(" doc-i");
            }
            html.append("<span class=\"").append(runClasses).append("\">").append(escape(run.text())).append("</span>");
        }
        html.append("</p>");
    }

    private static void spacing(StringBuilder classes, String prefix, float points) {
        if (points < 0.5f) {
            return;
        }
        int nearest = SPACINGS[0];
        for (int spacing : SPACINGS) {
            if (Math.abs(spacing - points) < Math.abs(nearest - points)) {
                nearest = spacing;
            }
        }
        classes.append(' ').append(prefix).append(nearest);
    }

    private static void grid(StringBuilder html, Grid grid) {
        StringBuilder classes = new StringBuilder("doc-grid");
        classes.append(grid.borders() ? " doc-bordered" : " doc-plain");
        if (grid.indent() < 0) {
            // The header reaches into the left margin, as on paper.
            classes.append(" doc-outdent");
        }
        spacing(classes, "doc-sb-", grid.spaceBefore());
        spacing(classes, "doc-sa-", grid.spaceAfter());
        html.append("<table class=\"").append(classes).append("\"><colgroup>");
        for (float width : grid.widths()) {
            html.append("<col width=\"").append(percent(width, grid.width())).append("\">");
        }
        html.append("</colgroup>");
        boolean inHead = false;
        boolean inBody = false;
        for (Row row : grid.rows()) {
            if (row.header() && !inHead) {
                html.append("<thead>");
                inHead = true;
            } else if (!row.header() && !inBody) {
                if (inHead) {
                    html.append("</thead>");
                    inHead = false;
                }
                html.append("<tbody>");
                inBody = true;
            }
            String cell = row.header() ? "th" : "td";
            html.append("<tr>");
            for (int c = 0; c < row.cells().size(); c++) {
                html.append('<').append(cell).append('>');
                float inner = grid.widths().get(c) - 2 * grid.padding();
                for (Block block : row.cells().get(c)) {
                    block(html, block, inner);
                }
                html.append("</").append(cell).append('>');
            }
            html.append("</tr>");
        }
        html.append(inHead ? "</thead>" : "").append(inBody ? "</tbody>" : "").append("</table>");
    }

    private static String percent(float part, float whole) {
        float share = whole <= 0 ? 100 : Math.min(100, 100 * part / whole);
        return String.format(Locale.ROOT, "%.2f%%", share);
    }

    /** Every character that could open markup or end an attribute; the text never becomes HTML. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
