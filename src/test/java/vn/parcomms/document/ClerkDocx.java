package vn.parcomms.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import vn.parcomms.shared.VietnameseNumbering;

/**
 * Writes a document the way a clerk's Word file of a plan looks, not the way the application
 * writes it: a header table typed by hand, centred bold headings, and lists marked either by Word
 * itself (numbering.xml: upper Roman headings, lettered and bulleted lists, the marker not in the
 * text) or by markers typed into the text ("a)", "- "), section by section in turn; the recipients
 * and signer in a two-column table, "(Đã ký)" under the authority.
 */
public final class ClerkDocx {

    private final XWPFDocument docx = new XWPFDocument();
    private final XWPFNumbering numbering = docx.createNumbering();
    private final BigInteger roman = list(STNumberFormat.UPPER_ROMAN, "%1.");
    private final BigInteger dash = list(STNumberFormat.BULLET, "-");

    private ClerkDocx() {
    }

    public static byte[] write(OfficialDocument document) {
        return new ClerkDocx().render(document);
    }

    private byte[] render(OfficialDocument d) {
        XWPFTable header = docx.createTable(2, 2);
        XWPFTableCell left = header.getRow(0).getCell(0);
        line(left.getParagraphs().get(0), d.header().parentBody(), false, false);
        line(left.addParagraph(), d.header().issuingBody(), true, false);
        line(header.getRow(1).getCell(0).getParagraphs().get(0), d.header().numberLine(), false, false);
        XWPFTableCell right = header.getRow(0).getCell(1);
        line(right.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false);
        line(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", true, false);
        line(header.getRow(1).getCell(1).getParagraphs().get(0), d.header().placeDateLine(), false, true);
        docx.createParagraph();
        centred("KẾ HOẠCH");
        d.title().forEach(this::centred);
        docx.createParagraph();
        d.preamble().forEach(p -> body(p, false, null));
        for (int s = 0; s < d.sections().size(); s++) {
            Section section = d.sections().get(s);
            boolean word = s % 2 == 0;
            XWPFParagraph heading = docx.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            if (word) {
                heading.setNumID(roman);
                line(heading, section.heading(), true, false);
            } else {
                line(heading, VietnameseNumbering.roman(s + 1) + ". " + section.heading(), true, false);
            }
            content(section.content(), word);
        }
        d.closing().forEach(p -> body(p, false, null));
        XWPFTable signature = docx.createTable(1, 2);
        XWPFTableCell recipients = signature.getRow(0).getCell(0);
        line(recipients.getParagraphs().get(0), "Nơi nhận:", true, true);
        for (Recipient r : d.recipients()) {
            line(recipients.addParagraph(), "- " + r.name() + (r.purpose().isBlank() ? "" : " (" + r.purpose() + ")")
                    + ";", false, false);
        }
        if (!d.archive().isBlank()) {
            line(recipients.addParagraph(), "- Lưu: " + d.archive() + ".", false, false);
        }
        XWPFTableCell signer = signature.getRow(0).getCell(1);
        line(signer.getParagraphs().get(0), d.signer().authority().get(0), true, false);
        d.signer().authority().subList(1, d.signer().authority().size())
                .forEach(a -> line(signer.addParagraph(), a, true, false));
        line(signer.addParagraph(), "(Đã ký)", false, true);
        signer.addParagraph();
        signer.addParagraph();
        line(signer.addParagraph(), d.signer().name(), true, false);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.write(out);
            docx.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void content(List<Content> content, boolean word) {
        int sub = 1;
        int letter = 0;
        BigInteger letters = null;
        for (Content c : content) {
            if (!(c instanceof Content.Lettered)) {
                letter = 0;
                letters = null;
            }
            if (c instanceof Content.SubSection s) {
                XWPFParagraph heading = docx.createParagraph();
                line(heading, (sub++) + ". " + s.heading(), true, false);
                content(s.content(), word);
            } else if (c instanceof Content.Paragraph p) {
                body(p.text(), false, null);
            } else if (c instanceof Content.Bullet b) {
                if (word) {
                    body(b.text(), false, dash);
                } else {
                    body("- " + b.text(), false, null);
                }
            } else if (c instanceof Content.Lettered l) {
                if (word && letters == null) {
                    // Each run of lettered items is one Word list of its own, restarting at a).
                    letters = list(STNumberFormat.LOWER_LETTER, "%1)");
                }
                for (String item : l.items()) {
                    if (word) {
                        body(item, false, letters);
                    } else {
                        body(VietnameseNumbering.letter(letter) + ") " + item, false, null);
                    }
                    letter++;
                }
            } else if (c instanceof Content.Numbered n) {
                for (int i = 0; i < n.items().size(); i++) {
                    body((i + 1) + ". " + n.items().get(i), false, null);
                }
            } else if (c instanceof Content.ListItems list) {
                throw new IllegalArgumentException("the seeds hold no outline lists: " + list);
            }
        }
    }

    private void body(String text, boolean bold, BigInteger numId) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        if (numId != null) {
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.ZERO);
        }
        line(paragraph, text, bold, false);
    }

    private void centred(String text) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        line(paragraph, text, true, false);
    }

    private static void line(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(14);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    private BigInteger list(STNumberFormat.Enum format, String text) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(numbering.getAbstractNums().size() + 1L);
        abstractNum.setAbstractNumId(id);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
    }
}
