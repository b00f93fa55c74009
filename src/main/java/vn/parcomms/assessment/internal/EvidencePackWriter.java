package vn.parcomms.assessment.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.parcomms.document.Content;
import vn.parcomms.document.DocumentHeader;
import vn.parcomms.document.DocumentKind;
import vn.parcomms.document.DocumentService;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.document.Recipient;
import vn.parcomms.document.Section;
import vn.parcomms.document.Signer;
import vn.parcomms.document.Table;
import vn.parcomms.shared.export.ExportTable;
import vn.parcomms.shared.export.TableExports;

/**
 * Writes an {@link EvidencePack} as a ZIP straight to a stream: the self-assessment sheet as XLSX
 * and as PDF, the index ({@code index.csv}, UTF-8 with a BOM), then every evidence document named
 * by its criterion ("03-TC1-ke-hoach-79a-KH-SYT.pdf"), each rendered only when its turn comes.
 * File names are ASCII and unique in the pack; the sheet's PDF and the file names are Vietnamese
 * (the pack goes to the province's appraisal), the XLSX and the index follow the user's language.
 */
@Component
public class EvidencePackWriter {

    public static final String INDEX = "index.csv";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Room for the number, criterion and extension within the 100 characters Windows paths handle well. */
    private static final int SLUG_LENGTH = 70;

    private final MessageSource messages;
    private final DocumentService documents;

    EvidencePackWriter(MessageSource messages, DocumentService documents) {
        this.messages = messages;
        this.documents = documents;
    }

    /** The name of every file of the pack, in the order written, with the documents each one holds. */
    public record Plan(String sheetXlsx, String sheetPdf, Map<String, String> fileOfDocument) {
    }

    /** Every file name the pack will hold: the sheet's two files, then one per distinct evidence document. */
    public Plan plan(EvidencePack pack) {
        Set<String> taken = new HashSet<>(Set.of(INDEX));
        String base = text("parIndex.evidence.file.sheet", pack.year());
        String xlsx = unique("00-" + slug(base), "xlsx", taken);
        String pdf = unique("00-" + slug(base), "pdf", taken);
        Map<String, String> files = new LinkedHashMap<>();
        int n = 1;
        for (EvidencePack.Evidence e : pack.evidence()) {
            if (!files.containsKey(e.documentKey())) {
                String name = "%02d-TC%s-%s".formatted(n++, DocumentService.asciiSafe(e.criterionCode()),
                        slug(e.name()));
                files.put(e.documentKey(), unique(name, extension(e.extension()), taken));
            }
        }
        return new Plan(xlsx, pdf, files);
    }

    /**
     * Writes the pack; the stream is finished but left open (it is the response's). A document
     * that fails to render ends the pack there: the caller has checked access before the first byte.
     */
    public void write(EvidencePack pack, Locale locale, OutputStream out) throws IOException {
        Plan plan = plan(pack);
        ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out));
        entry(zip, plan.sheetXlsx(), s -> s.write(TableExports.xlsx(List.of(sheetTable(pack, locale)))));
        entry(zip, plan.sheetPdf(), s -> s.write(documents.pdf(sheetDocument(pack))));
        entry(zip, INDEX, s -> s.write(TableExports.csv(index(pack, plan, locale))));
        Set<String> written = new HashSet<>();
        for (EvidencePack.Evidence e : pack.evidence()) {
            if (written.add(e.documentKey())) {
                entry(zip, plan.fileOfDocument().get(e.documentKey()), e.content());
            }
        }
        zip.finish();
        zip.flush();
    }

    /** The sheet as a table: code, criterion, maximum, computed, self-scored with reason, appraised with comment. */
    public ExportTable sheetTable(EvidencePack pack, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        BigDecimal self = null;
        BigDecimal appraised = null;
        for (EvidencePack.SheetRow r : pack.sheet()) {
            rows.add(cells(r.code(), (r.depth() > 0 ? "    " : "") + r.title(), r.maxPoints(), r.computed(),
                    r.selfPoints(), r.selfReason(), r.appraisedPoints(), r.appraisalComment()));
            if (r.depth() == 0) {
                self = add(self, r.selfPoints());
                appraised = add(appraised, r.appraisedPoints());
            }
        }
        return new ExportTable("sheet", msg("parIndex.evidence.sheet", locale), List.of(
                msg("parIndex.evidence.column.code", locale), msg("parIndex.criterion", locale),
                msg("parIndex.export.maximum", locale), msg("parIndex.evidence.column.computed", locale),
                msg("parIndex.evidence.column.self", locale), msg("parIndex.evidence.column.reason", locale),
                msg("parIndex.evidence.column.appraised", locale), msg("parIndex.evidence.column.comment", locale)),
                rows, cells(msg("rollup.total", locale), null, pack.maximum(), pack.total(), self, null, appraised,
                        null));
    }

    /** The sheet as the official document the node signs: its names, the criteria table, the signer. */
    OfficialDocument sheetDocument(EvidencePack pack) {
        var names = pack.letterhead();
        DocumentHeader header = DocumentHeader.draft(names.parentBody().toUpperCase(VIETNAMESE),
                names.issuingBody().toUpperCase(VIETNAMESE), "/BC", names.place(), pack.year());
        List<List<Table.Cell>> rows = new ArrayList<>();
        BigDecimal self = null;
        BigDecimal appraised = null;
        for (EvidencePack.SheetRow r : pack.sheet()) {
            rows.add(List.of(Table.Cell.text(r.code()), Table.Cell.text(r.title()), number(r.maxPoints()),
                    number(r.computed()), number(r.selfPoints()), number(r.appraisedPoints())));
            if (r.depth() == 0) {
                self = add(self, r.selfPoints());
                appraised = add(appraised, r.appraisedPoints());
            }
        }
        Table table = new Table("", List.of(text("parIndex.evidence.column.code"), text("parIndex.criterion"),
                text("parIndex.export.maximum"), text("parIndex.evidence.column.computed"),
                text("parIndex.evidence.column.self"), text("parIndex.evidence.column.appraised")),
                List.of(8, 44, 12, 12, 12, 12), rows, List.of(Table.Cell.text(""), Table.Cell.text(text("rollup.total")),
                        number(pack.maximum()), number(pack.total()), number(self), number(appraised)));
        List<Content> content = new ArrayList<>();
        content.add(new Content.Paragraph(text("document.parIndex.intro", pack.nodeName(), pack.year())));
        content.add(new Content.TableContent(table));
        for (EvidencePack.SheetRow r : pack.sheet()) {
            if (r.selfReason() != null && !r.selfReason().isBlank()) {
                content.add(new Content.Bullet(text("document.parIndex.reason", r.code(), r.selfReason())));
            }
        }
        return new OfficialDocument(header, DocumentKind.REPORT, List.of(text("document.parIndex.title", pack.year())),
                List.of(), List.of(new Section(text("document.parIndex.section"), content)), List.of(),
                List.of(Recipient.of(text("document.consolidation.recipient"), text("document.parIndex.recipientPurpose"))),
                "VT", new Signer(List.of(text("document.consolidation.signer")), ""), List.of());
    }

    /** The index: the sheet's files, then one row per criterion and document, with the file that holds it. */
    ExportTable index(EvidencePack pack, Plan plan, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        String sheet = msg("parIndex.evidence.sheet", locale);
        rows.add(cells("", "", sheet, null, null, plan.sheetXlsx()));
        rows.add(cells("", "", sheet, null, null, plan.sheetPdf()));
        for (EvidencePack.Evidence e : pack.evidence()) {
            rows.add(cells(e.criterionCode(), e.criterionTitle(), e.title(), e.number(),
                    e.date() == null ? null : DATE.format(e.date()), plan.fileOfDocument().get(e.documentKey())));
        }
        return new ExportTable("index", msg("parIndex.evidence.index", locale), List.of(
                msg("parIndex.evidence.column.code", locale), msg("parIndex.criterion", locale),
                msg("parIndex.evidence.column.document", locale), msg("parIndex.evidence.column.number", locale),
                msg("parIndex.evidence.column.date", locale), msg("parIndex.evidence.column.file", locale)),
                rows, null);
    }

    private static void entry(ZipOutputStream zip, String name, EvidencePack.Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        content.writeTo(new KeepOpen(zip));
        zip.closeEntry();
    }

    private static String slug(String text) {
        String s = DocumentService.asciiSafe(text);
        if (s.length() > SLUG_LENGTH) {
            s = s.substring(0, SLUG_LENGTH).replaceAll("[-.]+$", "");
        }
        return s.isEmpty() ? "tai-lieu" : s;
    }

    private static String extension(String extension) {
        String e = DocumentService.asciiSafe(extension).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        e = e.length() > 10 ? e.substring(0, 10) : e;
        return e.isEmpty() ? "bin" : e;
    }

    /** "name.pdf", else "name-2.pdf", "name-3.pdf" …, compared without case as Windows does. */
    private static String unique(String base, String extension, Set<String> taken) {
        String name = base + "." + extension;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + "-" + i + "." + extension;
        }
        return name;
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        return value == null ? sum : sum == null ? value : sum.add(value);
    }

    private static Table.Cell number(BigDecimal value) {
        return value == null ? Table.Cell.text("") : new Table.Cell.Number(value);
    }

    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v == null ? "" : v);
        }
        return row;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    /** The documents are written into the ZIP entry; closing their stream must not close the ZIP. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
