package vn.parcomms.document;

import java.util.List;
import java.util.Objects;

/**
 * A Vietnamese administrative document (Decree 30/2020/NĐ-CP) as plain data: a plan, a unit's
 * report or a consolidated report. Renderers decide the layout; this holds only the words.
 *
 * @param header     bodies, number, place and date
 * @param kind       plan or report: the word printed above the title
 * @param title      the subject (trích yếu), one entry per printed line
 * @param preamble   legal basis and introduction, before section I
 * @param sections   sections I, II, …
 * @param closing    closing paragraphs; the body ends with "./." (added if the author left it out)
 * @param recipients "Nơi nhận:" lines, without the archive line
 * @param archive    what follows "Lưu:", e.g. "VT, VP"
 * @param signer     the signature block
 * @param annexes    annexes after the signature, each on a new page
 */
public record OfficialDocument(DocumentHeader header, DocumentKind kind, List<String> title, List<String> preamble,
                               List<Section> sections, List<String> closing, List<Recipient> recipients,
                               String archive, Signer signer, List<Annex> annexes) {

    public static final String END_MARK = "./.";

    public OfficialDocument {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        title = List.copyOf(title);
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
        recipients = List.copyOf(recipients);
        archive = archive == null ? "" : archive;
        Objects.requireNonNull(signer, "signer");
        annexes = List.copyOf(annexes);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a document has a title");
        }
    }

    /** The year of the document, as used in file names. */
    public int year() {
        return header.year();
    }
}
