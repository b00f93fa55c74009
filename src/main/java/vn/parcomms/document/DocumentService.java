package vn.parcomms.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.parcomms.document.internal.DocxRecogniser;
import vn.parcomms.document.internal.DocxRenderer;
import vn.parcomms.document.internal.HtmlRenderer;
import vn.parcomms.document.internal.PdfRenderer;

/**
 * Renders official documents as Word, PDF, and HTML for the pages that show them. Stateless and
 * free of persistence: the plan and report modules build an {@link OfficialDocument} from their
 * data, check access, and send these bytes.
 */
@Service
public class DocumentService {

    public static final String DOCX_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF_CONTENT_TYPE = "application/pdf";

    private final DocxRenderer docx = new DocxRenderer();
    private final PdfRenderer pdf = new PdfRenderer();
    private final HtmlRenderer html = new HtmlRenderer();
    private final DocxRecogniser recogniser = new DocxRecogniser();

    /** The document as a Word file, for users to finish in Word. */
    public byte[] docx(OfficialDocument document) {
        return docx.render(document);
    }

    /** The document as a PDF with the fonts embedded. */
    public byte[] pdf(OfficialDocument document) {
        return pdf.render(document);
    }

    /**
     * The document as an HTML fragment for a page, drawn from the same layout as the Word file and
     * the PDF, so that the page shows what is issued. Every text in it is escaped: it is safe to
     * insert unescaped ({@code th:utext}).
     */
    public String html(OfficialDocument document) {
        return html.render(document);
    }

    /**
     * What a Word file of an official document holds, recognised from the Decree 30 layout (ADR
     * 0019): header, title, sections and lists, recipients, signer; text that fits no part is kept
     * as plain paragraphs. A file that is empty, too large, not a .docx (an old .doc, a
     * password-protected file, anything else) or holds no "KẾ HOẠCH" line is refused with a
     * {@link vn.parcomms.shared.DomainException} on the field {@code file}.
     */
    public RecognisedDocument recognise(byte[] docx) {
        return recogniser.recognise(docx);
    }

    /** The largest Word file {@link #recognise} reads. */
    public static int maxRecognisedBytes() {
        return DocxRecogniser.MAX_BYTES;
    }

    /** What a file name says of a document that carries annexes, so the two downloads differ. */
    static final String WITH_ANNEX = "kem phu luc";

    /**
     * "KH-79a-KH-SYT-2025.docx": kind, number and year, ASCII only, so that every browser,
     * mail client and Windows share keeps the name; "KH-79a-KH-SYT-2025-kem-phu-luc.docx" when the
     * document carries annexes, so that a download with the annex never replaces the plain one.
     *
     * @param extension "docx" or "pdf"
     */
    public static String fileName(OfficialDocument document, String extension) {
        List<String> parts = new ArrayList<>(List.of(document.kind().abbreviation(), document.header().number(),
                Integer.toString(document.year())));
        if (!document.annexes().isEmpty()) {
            parts.add(WITH_ANNEX);
        }
        return fileName(parts, extension);
    }

    /**
     * A file name from parts, e.g. ["BC", "12/BC-TTYT", "2025", "Quý I"] gives
     * "BC-12-BC-TTYT-2025-Quy-I.pdf"; blank parts are skipped.
     */
    public static String fileName(List<String> parts, String extension) {
        List<String> safe = new ArrayList<>();
        for (String part : parts) {
            String ascii = asciiSafe(part);
            if (!ascii.isEmpty()) {
                safe.add(ascii);
            }
        }
        String base = safe.isEmpty() ? "document" : String.join("-", safe);
        return base + "." + extension.toLowerCase(Locale.ROOT);
    }

    /**
     * Vietnamese text without diacritics ("đ" becomes "d", which Unicode does not decompose),
     * with "/", spaces and anything else outside [A-Za-z0-9._-] turned into single dashes.
     */
    public static String asciiSafe(String text) {
        if (text == null) {
            return "";
        }
        String withoutMarks = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return withoutMarks.replaceAll("[^A-Za-z0-9._]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
    }
}
