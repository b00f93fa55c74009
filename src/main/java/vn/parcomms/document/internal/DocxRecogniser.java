package vn.parcomms.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import vn.parcomms.document.Content;
import vn.parcomms.document.DocumentHeader;
import vn.parcomms.document.ListStyle;
import vn.parcomms.document.RecognisedDocument;
import vn.parcomms.document.Recipient;
import vn.parcomms.document.Section;
import vn.parcomms.shared.DomainException;

/**
 * Reads a Word file of a plan laid out as Decree 30/2020 lays it out (ADR 0019): the header
 * table (bodies and "Số:" left, the national title, motto and place-date line right), "KẾ HOẠCH"
 * and the centred title, the body, and the signature table ("Nơi nhận:" left, the signer right).
 * In the body the shape decides, never the words: a bold "I." paragraph (or Word's upper Roman
 * numbering) starts a section, a bold "1." a sub-section; "a)", "1.", "-", "+" typed or given by
 * Word's numbering start list items; a paragraph without a marker under a list item is a further
 * paragraph of that item, else a plain paragraph. Nothing is dropped: text that fits no part
 * stays a plain paragraph where it stood.
 */
public final class DocxRecogniser {

    /** Larger files are refused before they are opened: a plan is a few hundred kilobytes. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,5})[.)]\\s*(\\S.*)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})[.)]\\s*(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^\\(?([a-zđ])\\)\\s*(\\S.*)$");
    private static final Pattern NUMBER = Pattern.compile("^(?:\\d{1,2}\\.)*(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final Pattern DASH = Pattern.compile("^[-–—•\\uF0B7\\uF0A7\\uF02D](?!\\d)\\s*(\\S.*)$");
    private static final Pattern PLUS = Pattern.compile("^\\+(?!\\d)\\s*(\\S.*)$");
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:?\\s*(.*)$");
    private static final Pattern DATE = Pattern.compile("ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("năm\\s+(\\d{4})");
    private static final Pattern PURPOSE = Pattern.compile("^(.*\\S)\\s*\\(([^()]*)\\)$");

    /** One paragraph of the file as the recogniser sees it. */
    private record Line(String text, boolean bold, boolean italic, boolean centred, String numFmt,
                        String numText) {

        boolean numbered() {
            return numFmt != null;
        }
    }

    private enum Kind { SECTION, SUB_SECTION, ITEM, PLAIN }

    /** A line classified: its kind, its list style for an item, its text without the marker. */
    private record Classified(Kind kind, ListStyle style, String text, boolean restarts) {

        Classified(Kind kind, ListStyle style, String text) {
            this(kind, style, text, false);
        }
    }

    public RecognisedDocument recognise(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw error("document.import.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw error("document.import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            throw error("document.import.error.notDocx");
        }
        if (magic == FileMagic.OLE2) {
            throw error(encrypted(bytes) ? "document.import.error.encrypted" : "document.import.error.legacyDoc");
        }
        if (magic != FileMagic.OOXML) {
            throw error("document.import.error.notDocx");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new Reading(docx.getBodyElements()).read();
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A zip that is not a Word file (a spreadsheet, a damaged download) fails in POI.
            throw error("document.import.error.notDocx");
        }
    }

    /** A password-protected .docx is an OLE2 container holding the encrypted package. */
    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static DomainException error(String key, Object... arguments) {
        return DomainException.onField("file", key, arguments);
    }

    /** One file's reading, element by element. */
    private static final class Reading {

        private final List<IBodyElement> elements;
        private final List<String> plainText = new ArrayList<>();

        Reading(List<IBodyElement> elements) {
            this.elements = elements;
        }

        RecognisedDocument read() {
            int kind = -1;
            for (int i = 0; i < elements.size() && kind < 0; i++) {
                if (elements.get(i) instanceof XWPFParagraph p && isKindLine(clean(p.getText()))) {
                    kind = i;
                }
            }
            if (kind < 0) {
                throw error("document.import.error.notAPlan");
            }
            List<Line> headerLines = new ArrayList<>();
            for (IBodyElement element : elements.subList(0, kind)) {
                headerLines.addAll(columnWise(element));
            }
            int at = kind + 1;
            List<String> title = new ArrayList<>();
            while (at < elements.size() && elements.get(at) instanceof XWPFParagraph p) {
                List<Line> lines = lines(p);
                if (lines.isEmpty() || !lines.get(0).centred()) {
                    break;
                }
                lines.forEach(l -> title.add(l.text()));
                at++;
            }
            int signature = -1;
            for (int i = at; i < elements.size() && signature < 0; i++) {
                if (elements.get(i) instanceof XWPFTable table && isSignatureTable(table)) {
                    signature = i;
                }
            }
            List<Line> body = new ArrayList<>();
            for (IBodyElement element : elements.subList(at, signature < 0 ? elements.size() : signature)) {
                body.addAll(rowWise(element));
            }
            List<Line> recipientLines = new ArrayList<>();
            List<Line> signerLines = new ArrayList<>();
            if (signature >= 0) {
                XWPFTable table = (XWPFTable) elements.get(signature);
                for (XWPFTableRow row : table.getRows()) {
                    List<XWPFTableCell> cells = row.getTableCells();
                    for (int c = 0; c < cells.size(); c++) {
                        if (c == 0) {
                            recipientLines.addAll(cellLines(cells.get(c)));
                        } else {
                            signerLines.addAll(signerLines(cells.get(c)));
                        }
                    }
                }
            } else {
                signatureFromParagraphs(body, recipientLines, signerLines);
            }
            List<Line> after = new ArrayList<>();
            if (signature >= 0) {
                for (IBodyElement element : elements.subList(signature + 1, elements.size())) {
                    after.addAll(rowWise(element));
                }
            }
            return assemble(headerLines, title, body, recipientLines, signerLines, after);
        }

        private RecognisedDocument assemble(List<Line> headerLines, List<String> title, List<Line> body,
                List<Line> recipientLines, List<Line> signerLines, List<Line> after) {
            DocumentHeader header = header(headerLines);
            List<String> closing = new ArrayList<>();
            if (!body.isEmpty()) {
                Line last = body.get(body.size() - 1);
                if (!last.numbered() && classify(last).kind() == Kind.PLAIN && last.text().endsWith("./.")) {
                    body.remove(body.size() - 1);
                    if (!last.text().equals("./.")) {
                        closing.add(last.text());
                    }
                }
            }
            Outline outline = new Outline();
            body.forEach(outline::add);
            List<Section> sections = new ArrayList<>(outline.finish());
            if (!after.isEmpty()) {
                // An annex or notes after the signature: kept, as a section of plain paragraphs.
                List<List<String>> paragraphs = new ArrayList<>();
                after.subList(1, after.size()).forEach(l -> {
                    paragraphs.add(List.of(l.text()));
                    plainText.add(l.text());
                });
                plainText.add(after.get(0).text());
                sections.add(new Section(after.get(0).text(), paragraphs.isEmpty() ? List.of()
                        : List.of(new Content.ListItems(ListStyle.PLAIN, paragraphs))));
            }
            List<Recipient> recipients = new ArrayList<>();
            String archive = "";
            for (Line line : recipientLines) {
                String text = line.text();
                if (plain(text).startsWith("noi nhan")) {
                    continue;
                }
                Matcher dash = DASH.matcher(text);
                String rest = dash.matches() ? dash.group(1) : text;
                if (plain(rest).startsWith("luu")) {
                    archive = stripEnd(rest.replaceFirst("^[^:]*:?\\s*", ""), ".");
                } else {
                    recipients.add(recipient(stripEnd(stripEnd(rest, ";"), ",")));
                }
            }
            List<String> signer = new ArrayList<>();
            List<String> afterRoom = new ArrayList<>();
            boolean room = false;
            for (Line line : signerLines) {
                if (line == null) {
                    room = !signer.isEmpty();
                } else if (line.text().startsWith("(")) {
                    // "(Đã ký)", "(Ký, ghi rõ họ tên)": not part of the authority or the name.
                    plainText.add(line.text());
                } else {
                    (room ? afterRoom : signer).add(line.text());
                }
            }
            String name;
            if (room) {
                // The room for the signature seen: what stands below it is the name, even none.
                name = String.join(" ", afterRoom);
            } else {
                name = signer.size() > 1 ? signer.remove(signer.size() - 1) : "";
            }
            return new RecognisedDocument(header, title, outline.preamble, sections, closing, recipients, archive,
                    signer, name, plainText);
        }

        private static Recipient recipient(String text) {
            Matcher purpose = PURPOSE.matcher(text);
            return purpose.matches() ? Recipient.of(purpose.group(1).strip(), purpose.group(2).strip())
                    : Recipient.of(text.strip());
        }

        /**
         * Without a signature table: "Nơi nhận:" standing in the body starts the recipients, the
         * lines marked with a dash after it are the recipients, and what follows is the signer.
         */
        private static void signatureFromParagraphs(List<Line> body, List<Line> recipients, List<Line> signer) {
            int start = -1;
            for (int i = 0; i < body.size() && start < 0; i++) {
                if (plain(body.get(i).text()).startsWith("noi nhan")) {
                    start = i;
                }
            }
            if (start < 0) {
                return;
            }
            List<Line> tail = new ArrayList<>(body.subList(start + 1, body.size()));
            body.subList(start, body.size()).clear();
            int i = 0;
            while (i < tail.size() && (DASH.matcher(tail.get(i).text()).matches() || tail.get(i).numbered())) {
                recipients.add(tail.get(i++));
            }
            signer.addAll(tail.subList(i, tail.size()));
        }

        private DocumentHeader header(List<Line> lines) {
            List<Line> bodies = new ArrayList<>();
            String number = "";
            String place = "";
            LocalDate date = null;
            int year = 0;
            for (Line line : lines) {
                String text = line.text();
                String upper = text.toUpperCase(VI);
                if (upper.equals(DocumentLayout.NATIONAL_TITLE) || plain(text).startsWith("doc lap")) {
                    continue;
                }
                Matcher numberLine = NUMBER_LINE.matcher(text);
                if (numberLine.matches()) {
                    number = numberLine.group(1).replaceAll("\\s+", "");
                    continue;
                }
                if (text.contains("ngày") && text.contains("năm")) {
                    int comma = text.lastIndexOf(',', text.indexOf("ngày"));
                    place = comma < 0 ? "" : text.substring(0, comma).strip();
                    Matcher d = DATE.matcher(text);
                    if (d.find()) {
                        try {
                            date = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
                                    Integer.parseInt(d.group(1)));
                        } catch (DateTimeException e) {
                            date = null;
                        }
                    }
                    Matcher y = YEAR.matcher(text);
                    year = date != null ? date.getYear() : y.find() ? Integer.parseInt(y.group(1)) : 0;
                    continue;
                }
                bodies.add(line);
            }
            List<String> parent = new ArrayList<>();
            List<String> issuing = new ArrayList<>();
            boolean anyBold = bodies.stream().anyMatch(Line::bold);
            boolean allBold = bodies.stream().allMatch(Line::bold);
            for (int i = 0; i < bodies.size(); i++) {
                Line line = bodies.get(i);
                // The issuing body is bold, its parent body regular; where both look alike, the last line issues.
                boolean issuer = anyBold && !allBold ? line.bold() : i == bodies.size() - 1;
                (issuer ? issuing : parent).add(line.text());
            }
            return new DocumentHeader(String.join(" ", parent), String.join(" ", issuing), number, place, date, year);
        }

        /** The sections and lists of the body, built line by line. */
        private final class Outline {

            final List<String> preamble = new ArrayList<>();
            private final List<Section> sections = new ArrayList<>();
            private String sectionHeading;
            private List<Content> sectionContent;
            private String subHeading;
            private List<Content> subContent;
            private ListStyle listStyle;
            private List<List<String>> listItems;

            void add(Line line) {
                Classified c = classify(line);
                if (sectionContent == null && c.kind() != Kind.SECTION) {
                    // Before section I: the legal basis and introduction, as typed.
                    preamble.add(line.numbered() && c.style() == ListStyle.DASH ? "- " + c.text() : line.text());
                    return;
                }
                switch (c.kind()) {
                    case SECTION -> {
                        closeSection();
                        sectionHeading = c.text();
                        sectionContent = new ArrayList<>();
                    }
                    case SUB_SECTION -> {
                        closeSub();
                        subHeading = c.text();
                        subContent = new ArrayList<>();
                    }
                    case ITEM -> {
                        if (c.restarts()) {
                            // A typed "a)" or "1." after a list of the same style starts a list of its own.
                            closeList();
                        }
                        item(c.style(), c.text());
                    }
                    case PLAIN -> {
                        plainText.add(c.text());
                        if (listItems != null && listStyle != ListStyle.PLAIN) {
                            listItems.get(listItems.size() - 1).add(c.text());
                        } else {
                            item(ListStyle.PLAIN, c.text());
                        }
                    }
                }
            }

            private void item(ListStyle style, String text) {
                if (listItems != null && listStyle == style) {
                    listItems.add(new ArrayList<>(List.of(text)));
                } else if (style == ListStyle.PLUS && listItems != null && listStyle != ListStyle.PLAIN) {
                    // A "+" sub-bullet under a dash, letter or number: a further paragraph of that item.
                    listItems.get(listItems.size() - 1).add("+ " + text);
                } else {
                    closeList();
                    listStyle = style;
                    listItems = new ArrayList<>();
                    listItems.add(new ArrayList<>(List.of(text)));
                }
            }

            private void closeList() {
                if (listItems != null && !listItems.isEmpty()) {
                    (subContent != null ? subContent : sectionContent).add(new Content.ListItems(listStyle, listItems));
                }
                listItems = null;
                listStyle = null;
            }

            private void closeSub() {
                closeList();
                if (subContent != null) {
                    sectionContent.add(new Content.SubSection(subHeading, subContent));
                }
                subContent = null;
                subHeading = null;
            }

            private void closeSection() {
                closeSub();
                if (sectionContent != null) {
                    sections.add(new Section(sectionHeading, sectionContent));
                }
                sectionContent = null;
            }

            List<Section> finish() {
                closeSection();
                return sections;
            }
        }

        private Classified classify(Line line) {
            String text = line.text();
            if (line.numbered()) {
                String fmt = line.numFmt();
                return switch (fmt) {
                    case "upperRoman" -> new Classified(Kind.SECTION, null, withoutTyped(ROMAN, text));
                    case "decimal" -> line.bold() ? new Classified(Kind.SUB_SECTION, null, withoutTyped(ARABIC, text))
                            : new Classified(Kind.ITEM, ListStyle.NUMBERED, withoutTyped(NUMBER, text));
                    case "lowerLetter", "upperLetter" -> new Classified(Kind.ITEM, ListStyle.LETTERED,
                            withoutTyped(LETTER, text));
                    case "bullet" -> {
                        String marker = line.numText() == null ? "" : line.numText().strip();
                        yield marker.equals("+") ? new Classified(Kind.ITEM, ListStyle.PLUS, withoutTyped(PLUS, text))
                                : new Classified(Kind.ITEM, ListStyle.DASH, withoutTyped(DASH, text));
                    }
                    default -> new Classified(Kind.PLAIN, null, text);
                };
            }
            Matcher roman = ROMAN.matcher(text);
            if (roman.matches() && (line.bold() || isUpper(roman.group(2)))) {
                return new Classified(Kind.SECTION, null, roman.group(2));
            }
            Matcher arabic = ARABIC.matcher(text);
            if (arabic.matches() && line.bold() && text.matches("^\\d{1,2}\\.\\s.*")) {
                return new Classified(Kind.SUB_SECTION, null, arabic.group(2));
            }
            Matcher letter = LETTER.matcher(text);
            if (letter.matches()) {
                return new Classified(Kind.ITEM, ListStyle.LETTERED, letter.group(2), letter.group(1).equals("a"));
            }
            Matcher number = NUMBER.matcher(text);
            if (number.matches()) {
                return new Classified(Kind.ITEM, ListStyle.NUMBERED, number.group(2), number.group(1).equals("1"));
            }
            Matcher plus = PLUS.matcher(text);
            if (plus.matches()) {
                return new Classified(Kind.ITEM, ListStyle.PLUS, plus.group(1));
            }
            Matcher dash = DASH.matcher(text);
            if (dash.matches()) {
                return new Classified(Kind.ITEM, ListStyle.DASH, dash.group(1));
            }
            return new Classified(Kind.PLAIN, null, text);
        }

        /** Word's numbering gives the marker; one typed as well by the clerk is taken off once. */
        private static String withoutTyped(Pattern marker, String text) {
            Matcher m = marker.matcher(text);
            return m.matches() ? m.group(m.groupCount()) : text;
        }

        private static boolean isUpper(String text) {
            return text.equals(text.toUpperCase(VI)) && !text.equals(text.toLowerCase(VI));
        }

        private static boolean isKindLine(String text) {
            return text.replaceAll("\\s+", " ").toUpperCase(VI).equals("KẾ HOẠCH");
        }

        private static boolean isSignatureTable(XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (Line line : cellLines(cell)) {
                        return plain(line.text()).startsWith("noi nhan");
                    }
                }
            }
            return false;
        }

        /** A table's cells column by column (the header's left column, then its right), or a paragraph. */
        private static List<Line> columnWise(IBodyElement element) {
            List<Line> lines = new ArrayList<>();
            if (element instanceof XWPFParagraph p) {
                lines.addAll(lines(p));
            } else if (element instanceof XWPFTable table) {
                int columns = table.getRows().stream().mapToInt(r -> r.getTableCells().size()).max().orElse(0);
                for (int c = 0; c < columns; c++) {
                    for (XWPFTableRow row : table.getRows()) {
                        if (c < row.getTableCells().size()) {
                            lines.addAll(cellLines(row.getCell(c)));
                        }
                    }
                }
            }
            return lines;
        }

        /** A paragraph, or a table of the body as one plain line per row, its cells joined by " | ". */
        private List<Line> rowWise(IBodyElement element) {
            List<Line> lines = new ArrayList<>();
            if (element instanceof XWPFParagraph p) {
                lines.addAll(lines(p));
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cells.add(String.join(" ", cellLines(cell).stream().map(Line::text).toList()));
                    }
                    String text = String.join(" | ", cells).strip();
                    if (!text.replace("|", "").isBlank()) {
                        lines.add(new Line(text, false, false, false, null, null));
                    }
                }
            }
            return lines;
        }

        /**
         * The signer's cell: the authority lines, the room left for signature and seal (one or
         * more empty paragraphs), the name. A null line stands for that room.
         */
        private static List<Line> signerLines(XWPFTableCell cell) {
            List<Line> lines = new ArrayList<>();
            for (XWPFParagraph p : cell.getParagraphs()) {
                List<Line> text = lines(p);
                if (text.isEmpty()) {
                    if (!lines.isEmpty() && lines.get(lines.size() - 1) != null) {
                        lines.add(null);
                    }
                } else {
                    lines.addAll(text);
                }
            }
            return lines;
        }

        private static List<Line> cellLines(XWPFTableCell cell) {
            List<Line> lines = new ArrayList<>();
            cell.getParagraphs().forEach(p -> lines.addAll(lines(p)));
            return lines;
        }

        /** The paragraph's non-empty lines (a line break inside a paragraph starts a new one), with its formatting. */
        private static List<Line> lines(XWPFParagraph paragraph) {
            boolean bold = true;
            boolean italic = true;
            boolean any = false;
            boolean headingStyle = paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading");
            for (XWPFRun run : paragraph.getRuns()) {
                String text = run.text();
                if (text == null || text.isBlank()) {
                    continue;
                }
                any = true;
                bold &= run.isBold() || headingStyle;
                italic &= run.isItalic();
            }
            List<Line> lines = new ArrayList<>();
            String[] numbering = numbering(paragraph);
            String numFmt = numbering == null ? null : numbering[0];
            String numText = numbering == null ? null : numbering[1];
            for (String part : paragraph.getText().split("[\\n\\r\\u000B]")) {
                String text = clean(part);
                if (!text.isEmpty()) {
                    lines.add(new Line(text, any && bold, any && italic,
                            paragraph.getAlignment() == ParagraphAlignment.CENTER, lines.isEmpty() ? numFmt : null,
                            lines.isEmpty() ? numText : null));
                }
            }
            return lines;
        }

        /**
         * The format ("lowerLetter", "bullet", …) and marker text of the list Word numbers the
         * paragraph in, or null. A paragraph that names no level is at level 0, as Word reads it.
         */
        private static String[] numbering(XWPFParagraph paragraph) {
            BigInteger numId = paragraph.getNumID();
            XWPFNumbering numbering = paragraph.getDocument().getNumbering();
            if (numId == null || numbering == null || numId.signum() == 0) {
                return null;
            }
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) {
                return null;
            }
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abstractNum == null) {
                return null;
            }
            BigInteger level = paragraph.getNumIlvl() == null ? BigInteger.ZERO : paragraph.getNumIlvl();
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlList()) {
                if (level.equals(lvl.getIlvl())) {
                    String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
                    String text = lvl.getLvlText() == null ? "" : lvl.getLvlText().getVal();
                    return new String[] {format, text};
                }
            }
            return null;
        }

        private static String clean(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFC)
                    .replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+", " ").strip();
        }

        /** Lower case without diacritics, for the few fixed words of the layout ("Nơi nhận", "Lưu"). */
        private static String plain(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).strip();
        }

        private static String stripEnd(String text, String suffix) {
            String t = text.strip();
            return t.endsWith(suffix) ? t.substring(0, t.length() - suffix.length()).strip() : t;
        }
    }
}
