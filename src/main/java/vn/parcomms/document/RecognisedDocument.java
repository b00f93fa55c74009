package vn.parcomms.document;

import java.util.List;
import java.util.Objects;

/**
 * What was recognised in a Word file of an official document laid out as Decree 30/2020 lays it
 * out: the header, the title, the body as sections and lists, the closing, the recipients and the
 * signer. Nothing of the file's text is dropped: what fits no part is kept as plain paragraphs
 * where it stood, and named in {@code plainText} so that a reviewer sees what to check.
 *
 * @param header          bodies, number ("79a/KH-SYT", or "/KH-SYT" with blanks for the number),
 *                        place and date (null when the file leaves it blank), year (0 when the file
 *                        names none)
 * @param title           the subject, one entry per line
 * @param preamble        paragraphs before section I (legal basis, introduction)
 * @param sections        sections I., II. with their lists ({@link Content.ListItems}) and
 *                        sub-sections ({@link Content.SubSection} holding lists)
 * @param closing         the last paragraph, ending with "./.", when it stands outside any list
 * @param recipients      the lines of "Nơi nhận:" without the archive line
 * @param archive         what follows "Lưu:", e.g. "VT, VP"
 * @param signerAuthority the lines above the signature, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
 * @param signerName      the signer's name, blank when the file has none
 * @param plainText       the paragraphs kept as plain text because no part of the layout was
 *                        recognised in them, in the order of the file
 */
public record RecognisedDocument(DocumentHeader header, List<String> title, List<String> preamble,
                                 List<Section> sections, List<String> closing, List<Recipient> recipients,
                                 String archive, List<String> signerAuthority, String signerName,
                                 List<String> plainText) {

    public RecognisedDocument {
        Objects.requireNonNull(header, "header");
        title = List.copyOf(title);
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
        recipients = List.copyOf(recipients);
        archive = archive == null ? "" : archive;
        signerAuthority = List.copyOf(signerAuthority);
        signerName = signerName == null ? "" : signerName;
        plainText = List.copyOf(plainText);
    }
}
