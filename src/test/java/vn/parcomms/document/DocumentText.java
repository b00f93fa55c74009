package vn.parcomms.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The text a reader finds in each rendering of a document, in reading order, so that the page's
 * preview, the Word file and the PDF can be compared word for word. Paragraphs keep their
 * boundaries where the format has them (HTML, DOCX); a PDF has only lines, so its text is one
 * string, without the page numbers and without the table header rows repeated on later pages.
 */
public final class DocumentText {

    private DocumentText() {
    }

    /** The paragraphs of an HTML fragment (or of the element of a page that holds the document). */
    public static List<String> html(Element root) {
        List<String> paragraphs = new ArrayList<>();
        for (Element paragraph : root.select("p")) {
            add(paragraphs, paragraph.text());
        }
        return paragraphs;
    }

    public static List<String> html(String fragment) {
        return html(Jsoup.parseBodyFragment(fragment).body());
    }

    /** The paragraphs of the body of a Word file, table cells row by row, cell by cell. */
    public static List<String> docx(byte[] bytes) {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = new ArrayList<>();
            docx.getBodyElements().forEach(element -> body(element, paragraphs));
            return paragraphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(IBodyElement element, List<String> paragraphs) {
        if (element instanceof XWPFParagraph paragraph) {
            add(paragraphs, paragraph.getText());
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(inner -> body(inner, paragraphs));
                }
            }
        }
    }

    /**
     * The text of a PDF in the order it is drawn, whitespace collapsed to single spaces. Page
     * numbers (drawn last on pages 2, 3, …) are left out, and so is a table's header row where a
     * page repeats it: at the top of a page whose text, without it, goes on where {@code expected}
     * (the text of another rendering) has got to. Anything else stays, so that a difference shows.
     *
     * @param repeatedHeaders the texts of the header rows that may repeat (see {@link #headerRows})
     */
    public static String pdf(byte[] bytes, String expected, List<String> repeatedHeaders) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder read = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = normalise(stripper.getText(pdf));
                if (page > 1) {
                    String number = Integer.toString(page);
                    if (!text.equals(number) && !text.endsWith(" " + number)) {
                        throw new AssertionError("page " + page + " does not end with its number: " + text);
                    }
                    text = text.substring(0, text.length() - number.length()).strip();
                    text = withoutRepeatedHeader(text, expected, read.length() + 1, repeatedHeaders);
                }
                if (!text.isEmpty()) {
                    read.append(read.length() == 0 ? "" : " ").append(text);
                }
            }
            return read.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutRepeatedHeader(String text, String expected, int at, List<String> headers) {
        if (expected.startsWith(text, at)) {
            return text;
        }
        for (String header : headers) {
            String rest = text.startsWith(header + " ") ? text.substring(header.length() + 1) : null;
            if (rest != null && expected.startsWith(rest, at)) {
                return rest;
            }
        }
        return text;
    }

    /** The header rows of the bordered tables of an HTML rendering, each as one string. */
    public static List<String> headerRows(String fragment) {
        return Jsoup.parseBodyFragment(fragment).select("thead tr").stream()
                .map(row -> normalise(String.join(" ", html(row)))).toList();
    }

    /** The paragraphs as one string, as {@link #pdf} reads them. */
    public static String joined(List<String> paragraphs) {
        return normalise(String.join(" ", paragraphs));
    }

    private static void add(List<String> paragraphs, String text) {
        String normalised = normalise(text);
        if (!normalised.isEmpty()) {
            paragraphs.add(normalised);
        }
    }

    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
