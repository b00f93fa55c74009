package vn.parcomms.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the demo documents (plan 79a/KH-SYT with and without an annex, a unit report) as DOCX and PDF into a folder, for
 * looking at them and for the screenshots in docs/screenshots (see docs/documents.md).
 */
public final class DemoDocuments {

    private DemoDocuments() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/demo-documents");
        Files.createDirectories(folder);
        DocumentService documents = new DocumentService();
        write(documents, SeedPlan79a.document(), folder.resolve("plan-79a"));
        write(documents, DemoReport.unitReportQ1(), folder.resolve("report-q1"));
        write(documents, DemoAnnex.planWithActivities(40), folder.resolve("plan-79a-annex"));
        System.out.println("written to " + folder.toAbsolutePath());
    }

    private static void write(DocumentService documents, OfficialDocument document, Path base) throws IOException {
        Files.write(Path.of(base + ".docx"), documents.docx(document));
        Files.write(Path.of(base + ".pdf"), documents.pdf(document));
    }
}
