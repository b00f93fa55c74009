package vn.parcomms.document.internal;

import static vn.parcomms.document.internal.Layout.BODY_SIZE;
import static vn.parcomms.document.internal.Layout.FIRST_INDENT;
import static vn.parcomms.document.internal.Layout.HEADER_SIZE;
import static vn.parcomms.document.internal.Layout.PARAGRAPH_SPACING;
import static vn.parcomms.document.internal.Layout.TEXT_WIDTH;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.parcomms.document.Annex;
import vn.parcomms.document.Content;
import vn.parcomms.document.DocumentHeader;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.document.Recipient;
import vn.parcomms.document.Section;
import vn.parcomms.document.Signer;
import vn.parcomms.document.Table;
import vn.parcomms.document.internal.Blocks.Align;
import vn.parcomms.document.internal.Blocks.Block;
import vn.parcomms.document.internal.Blocks.Grid;
import vn.parcomms.document.internal.Blocks.PageBreak;
import vn.parcomms.document.internal.Blocks.Para;
import vn.parcomms.document.internal.Blocks.Row;
import vn.parcomms.document.internal.Blocks.Rule;
import vn.parcomms.document.internal.Blocks.Run;
import vn.parcomms.shared.VietnameseNumbering;

/**
 * Turns an {@link OfficialDocument} into the blocks of Decree 30/2020/NĐ-CP, Appendix I: the
 * two-column header, the document kind and title, numbered sections, the closing "./.", and the
 * recipients and signer side by side. Numbers and letters are computed here, never stored.
 */
final class DocumentLayout {

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String RECIPIENTS_HEADING = "Nơi nhận:";
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Left and right padding of a bordered table's cells. */
    private static final float TABLE_PADDING = 4;

    private DocumentLayout() {
    }

    static List<Block> blocks(OfficialDocument document) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(header(document.header()));
        blocks.add(centred(document.kind().heading(), true, false, BODY_SIZE, 18, 0));
        float longestTitleLine = 0;
        for (String line : document.title()) {
            blocks.add(centred(line, true, false, BODY_SIZE, 0, 0));
            longestTitleLine = Math.max(longestTitleLine, TextMeasure.width(clean(line), true, false, BODY_SIZE));
        }
        // The decree draws a rule under the subject, a third to a half of its length.
        blocks.add(new Rule(Math.max(60, longestTitleLine / 3)));
        blocks.add(spacer(6));
        document.preamble().forEach(text -> blocks.add(body(text)));
        int number = 1;
        for (Section section : document.sections()) {
            blocks.add(heading(VietnameseNumbering.roman(number++) + ". " + section.heading()));
            content(section.content(), "", TEXT_WIDTH, blocks);
        }
        List<String> closing = new ArrayList<>(document.closing());
        if (closing.isEmpty()) {
            closing.add("");
        }
        closing.set(closing.size() - 1, withEndMark(closing.get(closing.size() - 1)));
        for (int i = 0; i < closing.size(); i++) {
            Para paragraph = body(closing.get(i));
            // The signature never stands alone on a page: the end of the text goes with it.
            boolean last = i == closing.size() - 1;
            blocks.add(last ? new Para(paragraph.runs(), paragraph.align(), paragraph.firstIndent(),
                    paragraph.spaceBefore(), paragraph.spaceAfter(), true) : paragraph);
        }
        blocks.add(signature(document));
        for (Annex annex : document.annexes()) {
            blocks.add(new PageBreak(annex.landscape()));
            blocks.add(centred(annex.heading(), true, false, BODY_SIZE, 0, 0));
            for (String line : annex.title()) {
                // "(Kèm theo Kế hoạch số …)" is italic by custom; the annex's own title is bold.
                boolean reference = line.strip().startsWith("(");
                blocks.add(centred(line, !reference, reference, BODY_SIZE, 0, 0));
            }
            blocks.add(spacer(6));
            content(annex.content(), "", annex.landscape() ? Layout.LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH, blocks);
        }
        return blocks;
    }

    /** The body ends with "./." (Decree 30): added when the author did not type it. */
    static String withEndMark(String text) {
        String trimmed = text.strip();
        if (trimmed.endsWith(OfficialDocument.END_MARK)) {
            return trimmed;
        }
        if (trimmed.endsWith(".")) {
            return trimmed + "/.";
        }
        return trimmed + OfficialDocument.END_MARK;
    }

    private static Grid header(DocumentHeader header) {
        float left = Layout.HEADER_LEFT_WIDTH;
        float right = Layout.HEADER_RIGHT_WIDTH;
        List<Block> bodies = new ArrayList<>();
        if (!header.parentBody().isBlank()) {
            bodies.add(centred(header.parentBody().toUpperCase(VI), false, false, HEADER_SIZE, 0, 0));
        }
        String issuing = header.issuingBody().toUpperCase(VI);
        bodies.add(centred(issuing, true, false, HEADER_SIZE, 0, 0));
        // Under the issuing body: a rule a third to a half as long as its name.
        float issuingWidth = Math.min(left, TextMeasure.width(clean(issuing), true, false, HEADER_SIZE));
        bodies.add(new Rule(Math.max(40, issuingWidth / 2)));
        List<Block> national = List.of(
                centred(NATIONAL_TITLE, true, false, HEADER_SIZE, 0, 0),
                centred(MOTTO, true, false, BODY_SIZE, 0, 0),
                // Under the motto: a rule exactly as long as the motto.
                new Rule(TextMeasure.width(MOTTO, true, false, BODY_SIZE)));
        Row names = new Row(List.of(bodies, national), false);
        Row numberAndDate = new Row(List.of(
                List.of(centred(header.numberLine(), false, false, HEADER_SIZE, 6, 0)),
                List.of(centred(header.placeDateLine(), false, true, BODY_SIZE, 6, 0))), false);
        return new Grid(List.of(left, right), List.of(names, numberAndDate), false, 0, Layout.HEADER_INDENT, 0, 0);
    }

    private static void content(List<Content> content, String numberPrefix, float width, List<Block> blocks) {
        int subSection = 1;
        for (Content item : content) {
            // Java 17: no pattern matching in switch yet; Content is sealed, so this list is complete.
            if (item instanceof Content.Paragraph paragraph) {
                blocks.add(body(paragraph.text()));
            } else if (item instanceof Content.Bullet bullet) {
                blocks.add(body("- " + bullet.text()));
            } else if (item instanceof Content.Lettered lettered) {
                for (int i = 0; i < lettered.items().size(); i++) {
                    blocks.add(body(VietnameseNumbering.letter(i) + ") " + lettered.items().get(i)));
                }
            } else if (item instanceof Content.Numbered numbered) {
                for (int i = 0; i < numbered.items().size(); i++) {
                    blocks.add(body(numberPrefix + (i + 1) + ". " + numbered.items().get(i)));
                }
            } else if (item instanceof Content.ListItems list) {
                listItems(list, numberPrefix, blocks);
            } else if (item instanceof Content.SubSection sub) {
                if (sub.heading().isBlank()) {
                    content(sub.content(), numberPrefix, width, blocks);
                    continue;
                }
                String number = numberPrefix + subSection++ + ".";
                blocks.add(heading(number + " " + sub.heading()));
                content(sub.content(), number, width, blocks);
            } else if (item instanceof Content.TableContent table) {
                table(table.table(), width, blocks);
            }
        }
    }

    private static void listItems(Content.ListItems list, String numberPrefix, List<Block> blocks) {
        for (int i = 0; i < list.items().size(); i++) {
            List<String> paragraphs = list.items().get(i);
            for (int p = 0; p < paragraphs.size(); p++) {
                blocks.add(body(p == 0 ? marker(list.style(), i, numberPrefix) + paragraphs.get(p) : paragraphs.get(p)));
            }
        }
    }

    /** The marker of the item at {@code index}, with the space after it; none for plain paragraphs. */
    static String marker(vn.parcomms.document.ListStyle style, int index, String numberPrefix) {
        return switch (style) {
            case LETTERED -> VietnameseNumbering.letter(index) + ") ";
            case NUMBERED -> numberPrefix + (index + 1) + ". ";
            case DASH -> "- ";
            case PLUS -> "+ ";
            case PLAIN -> "";
        };
    }

    private static void table(Table table, float width, List<Block> blocks) {
        if (!table.caption().isBlank()) {
            Para caption = centred(table.caption(), true, false, BODY_SIZE, 0, 3);
            blocks.add(new Para(caption.runs(), caption.align(), 0, caption.spaceBefore(), caption.spaceAfter(), true));
        }
        List<Float> widths = columnWidths(table, width);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(table.header().stream()
                .map(text -> List.<Block>of(cell(text, Align.CENTER, true))).toList(), true));
        for (List<Table.Cell> row : table.rows()) {
            rows.add(new Row(row.stream().map(cell -> List.<Block>of(cell(cell, false))).toList(), false));
        }
        if (!table.totals().isEmpty()) {
            rows.add(new Row(table.totals().stream().map(cell -> List.<Block>of(cell(cell, true))).toList(), false));
        }
        blocks.add(new Grid(widths, rows, true, TABLE_PADDING, 0, 0, PARAGRAPH_SPACING));
    }

    /**
     * Column widths in points: the table's relative widths, except that no column is narrower than
     * its longest word (a heading in bold, a cell in regular type) plus the padding, so that no word
     * is ever broken ("Faceboo/k") and a heading never stands one letter a line. The room the narrow
     * columns need is taken from the others in proportion to their weights. Only when even the
     * longest words together are wider than the page do words break.
     */
    static List<Float> columnWidths(Table table, float width) {
        int columns = table.header().size();
        float[] weight = new float[columns];
        float[] minimum = new float[columns];
        for (int c = 0; c < columns; c++) {
            weight[c] = table.widths().isEmpty() ? 1 : Math.max(0, table.widths().get(c));
            float longest = longestWord(table.header().get(c), true);
            for (List<Table.Cell> row : table.rows()) {
                longest = Math.max(longest, longestWord(text(row.get(c)), false));
            }
            if (!table.totals().isEmpty()) {
                longest = Math.max(longest, longestWord(text(table.totals().get(c)), true));
            }
            // A point of slack: Word and LibreOffice round the cell width to twips.
            minimum[c] = longest + 2 * TABLE_PADDING + 1;
        }
        float[] result = new float[columns];
        boolean[] fixed = new boolean[columns];
        float needed = 0;
        for (float m : minimum) {
            needed += m;
        }
        if (needed >= width) {
            for (int c = 0; c < columns; c++) {
                result[c] = width * minimum[c] / needed;
            }
        } else {
            boolean changed = true;
            while (changed) {
                changed = false;
                float room = width;
                float weights = 0;
                for (int c = 0; c < columns; c++) {
                    if (fixed[c]) {
                        room -= minimum[c];
                    } else {
                        weights += weight[c];
                    }
                }
                for (int c = 0; c < columns; c++) {
                    if (fixed[c]) {
                        result[c] = minimum[c];
                        continue;
                    }
                    result[c] = weights == 0 ? room / columns : room * weight[c] / weights;
                    if (result[c] < minimum[c]) {
                        fixed[c] = true;
                        changed = true;
                    }
                }
            }
        }
        List<Float> widths = new ArrayList<>();
        for (float w : result) {
            widths.add(w);
        }
        return widths;
    }

    private static float longestWord(String text, boolean bold) {
        float longest = 0;
        for (String word : clean(text).split("\\s+")) {
            longest = Math.max(longest, TextMeasure.width(word, bold, false, Layout.TABLE_SIZE));
        }
        return longest;
    }

    private static String text(Table.Cell cell) {
        return cell instanceof Table.Cell.Number number ? formatNumber(number.value())
                : ((Table.Cell.Text) cell).value();
    }

    private static Para cell(Table.Cell cell, boolean bold) {
        if (cell instanceof Table.Cell.Number number) {
            return cell(formatNumber(number.value()), Align.RIGHT, bold);
        }
        return cell(((Table.Cell.Text) cell).value(), Align.LEFT, bold);
    }

    private static Para cell(String text, Align align, boolean bold) {
        return new Para(List.of(run(text, bold, false, Layout.TABLE_SIZE)), align, 0, 1, 1, false);
    }

    /** Vietnamese number format: "." groups thousands, "," marks decimals (1.234,5). */
    static String formatNumber(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        String text = plain.abs().toPlainString();
        String integer = text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
        String fraction = text.contains(".") ? "," + text.substring(text.indexOf('.') + 1) : "";
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(integer.charAt(i));
        }
        return (plain.signum() < 0 ? "-" : "") + grouped + fraction;
    }

    private static Grid signature(OfficialDocument document) {
        List<Block> recipients = new ArrayList<>();
        recipients.add(new Para(List.of(run(RECIPIENTS_HEADING, true, true, Layout.RECIPIENTS_HEADING_SIZE)),
                Align.LEFT, 0, 0, 0, false));
        for (Recipient recipient : document.recipients()) {
            String purpose = recipient.purpose().isBlank() ? "" : " (" + recipient.purpose() + ")";
            recipients.add(recipientLine("- " + recipient.name() + purpose + ";"));
        }
        if (!document.archive().isBlank()) {
            recipients.add(recipientLine("- Lưu: " + document.archive() + "."));
        }
        Signer signer = document.signer();
        List<Block> signature = new ArrayList<>();
        signer.authority().forEach(line -> signature.add(centred(line, true, false, BODY_SIZE, 0, 0)));
        signature.add(new Para(List.of(), Align.CENTER, 0, 0, Layout.SIGNATURE_SPACE, false));
        signature.add(centred(signer.name(), true, false, BODY_SIZE, 0, 0));
        float left = Layout.SIGNATURE_LEFT_WIDTH;
        return new Grid(List.of(left, TEXT_WIDTH - left), List.of(new Row(List.of(recipients, signature), false)),
                false, 0, 0, 12, 0);
    }

    private static Para recipientLine(String text) {
        return new Para(List.of(run(text, false, false, Layout.RECIPIENTS_SIZE)), Align.LEFT, 0, 0, 0, false);
    }

    /**
     * A section heading. No space before: the paragraph above has its 6 pt after, and Word and
     * LibreOffice do not agree on whether space after and space before add up.
     */
    private static Para heading(String text) {
        return new Para(List.of(run(text, true, false, BODY_SIZE)), Align.JUSTIFY, FIRST_INDENT, 0,
                PARAGRAPH_SPACING, true);
    }

    private static Para body(String text) {
        return new Para(List.of(run(text, false, false, BODY_SIZE)), Align.JUSTIFY, FIRST_INDENT, 0,
                PARAGRAPH_SPACING, false);
    }

    private static Para centred(String text, boolean bold, boolean italic, float size, float before, float after) {
        return new Para(List.of(run(text, bold, italic, size)), Align.CENTER, 0, before, after, false);
    }

    private static Para spacer(float height) {
        return new Para(List.of(run("", false, false, 2)), Align.LEFT, 0, 0, height - 2 * Layout.LINE_FACTOR, false);
    }

    private static Run run(String text, boolean bold, boolean italic, float size) {
        return new Run(printable(clean(text), Fonts.of(bold, italic)), bold, italic, size);
    }

    /**
     * Characters the font lacks (emoji, Word's Wingdings arrows in the private use area) become
     * "?" instead of failing the PDF export, and odd spaces a plain space. Here rather than in
     * the PDF writer, so that the page and the Word file show the same "?" as the PDF.
     */
    static String printable(String text, Fonts face) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == ' ' || TextMeasure.covers(codePoint, face)) {
                result.appendCodePoint(codePoint);
            } else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                result.append(' ');
            } else {
                result.append('?');
            }
        });
        return result.toString();
    }

    /**
     * Composed (NFC) text without tabs or line breaks: text pasted from Word or typed on some
     * Vietnamese keyboards arrives decomposed, and a decomposed "ệ" would print as "e" plus
     * floating marks.
     */
    static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\t\\r\\n]+", " ");
    }
}
