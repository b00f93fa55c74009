package vn.parcomms.document;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Times the Word file and the PDF of a plan of about a hundred printed pages ({@link HundredPagePlan};
 * issue 15, point 6; docs/performance.md, "Issue 15"): the pages counted in our PDF and, when
 * LibreOffice is installed, in its rendering of our DOCX; then after {@code warmup=} exports of each
 * kind, {@code n=} timed ones, with the bytes each export allocates (on its own thread, from
 * {@code com.sun.management.ThreadMXBean}). Run it with a small heap ({@code -Xmx256m}) to show that
 * memory is bounded; the heap's limit is printed.
 *
 * <pre>
 * ./mvnw -q test-compile
 * java -Xmx256m -cp "target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *   vn.parcomms.document.DocumentBenchmark n=20 warmup=10 out=target/documents.md
 * </pre>
 */
public final class DocumentBenchmark {

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(args).map(a -> a.split("=", 2)).forEach(kv -> options.put(kv[0], kv.length > 1 ? kv[1] : ""));
        int n = Integer.parseInt(options.getOrDefault("n", "20"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        DocumentService service = new DocumentService();
        OfficialDocument plan = HundredPagePlan.document();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        byte[] pdf = service.pdf(plan);
        byte[] docx = service.docx(plan);
        String pages = "PDF " + pdfPages(pdf) + " pages (" + pdf.length / 1024 + " KB), DOCX " + docx.length / 1024
                + " KB, " + docxPages(docx);
        System.out.println(pages);

        Map<String, Function<OfficialDocument, byte[]>> kinds = new LinkedHashMap<>();
        kinds.put("DOCX", service::docx);
        kinds.put("PDF", service::pdf);
        for (int i = 0; i < warmup; i++) {
            kinds.values().forEach(kind -> kind.apply(plan));
        }
        StringBuilder table = new StringBuilder("| export | n | p50 ms | max ms | min ms | allocated per export, median MB | size KB |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Function<OfficialDocument, byte[]>> kind : kinds.entrySet()) {
            List<Long> nanos = new ArrayList<>();
            List<Long> allocated = new ArrayList<>();
            int size = 0;
            long thread = Thread.currentThread().getId();
            for (int i = 0; i < n; i++) {
                long bytesBefore = threads.getThreadAllocatedBytes(thread);
                long start = System.nanoTime();
                size = kind.getValue().apply(plan).length;
                nanos.add(System.nanoTime() - start);
                allocated.add(threads.getThreadAllocatedBytes(thread) - bytesBefore);
            }
            nanos.sort(null);
            allocated.sort(null);
            table.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.1f | %d |%n", kind.getKey(), n,
                    nanos.get(n / 2) / 1e6, nanos.get(n - 1) / 1e6, nanos.get(0) / 1e6,
                    allocated.get(n / 2) / 1048576.0, size / 1024));
        }
        String report = "Plan of " + HundredPagePlan.ACTIVITIES + " activities: " + pages + "; max heap "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MB, " + Runtime.getRuntime().availableProcessors()
                + " CPUs, load average " + loadAverage() + "\n\n" + table;
        System.out.println(report);
        if (options.containsKey("out")) {
            Files.writeString(Path.of(options.get("out")), report);
        }
    }

    static int pdfPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** LibreOffice's page count of the DOCX, standing in for Word's; a note if it is not installed. */
    private static String docxPages(byte[] docx) throws IOException {
        Path folder = Files.createTempDirectory("parcomms-docx-pages");
        try {
            Path file = Files.write(folder.resolve("plan.docx"), docx);
            LibreOffice office;
            try {
                office = LibreOffice.required();
            } catch (RuntimeException | Error notInstalled) {
                return "DOCX pages not counted (no LibreOffice)";
            }
            Path rendered = office.toPdf(List.of(file), folder.resolve("out")).get(0);
            return "DOCX " + pdfPages(Files.readAllBytes(rendered)) + " pages in LibreOffice";
        } finally {
            LibreOffice.emptyFolder(folder);
            Files.deleteIfExists(folder);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
