package vn.parcomms.assessment.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import vn.parcomms.document.DocumentService;
import vn.parcomms.shared.export.ExportTable;
import vn.parcomms.shared.export.TableExports;

/**
 * Writes an {@link EvidencePack} as a ZIP straight to a stream: the self-assessment sheet as XLSX
 * (the sheet and its history, {@link SheetTables}, as {@code /self/export.xlsx} writes them) and as
 * PDF ({@link SheetDocument}, as {@code /self/export.pdf}), the index ({@code index.csv}, UTF-8 with a BOM), then every evidence document named
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
        entry(zip, plan.sheetXlsx(), s -> s.write(TableExports.xlsx(List.of(
                SheetTables.sheet(pack.sheet(), pack.base(), messages, locale),
                SheetTables.history(pack.sheet(), messages, locale)))));
        entry(zip, plan.sheetPdf(), s -> s.write(documents.pdf(SheetDocument.of(pack.sheet(), pack.letterhead(),
                messages))));
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
