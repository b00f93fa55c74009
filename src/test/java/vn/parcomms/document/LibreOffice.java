package vn.parcomms.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice on the test machine, to render our Word files as a second, independent opinion on
 * where their pages break. Tests that need it are skipped with a message where it is missing,
 * unless {@code PARCOMMS_REQUIRE_LIBREOFFICE=true} (set by {@code .ci/run}) makes that a failure.
 */
public final class LibreOffice {

    /** Starting LibreOffice and converting a handful of files takes 5-15 s here; a hang is not a result. */
    private static final long TIMEOUT_SECONDS = 300;

    private final Path executable;

    private LibreOffice(Path executable) {
        this.executable = executable;
    }

    /** The installed LibreOffice, or the test is skipped (failed where it is required). */
    public static LibreOffice required() {
        Path found = find();
        if (found == null) {
            String message = "LibreOffice (soffice or libreoffice) is not on the PATH: the check of the PDF's pages "
                    + "against LibreOffice's rendering of the DOCX cannot run. Install it with "
                    + "`apt-get install libreoffice-writer-nogui poppler-utils`.";
            if (Boolean.parseBoolean(System.getenv("PARCOMMS_REQUIRE_LIBREOFFICE"))) {
                Assertions.fail(message + " PARCOMMS_REQUIRE_LIBREOFFICE=true makes this a failure.");
            }
            Assumptions.abort(message + " Skipped.");
        }
        return new LibreOffice(found);
    }

    private static Path find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String name : List.of("soffice", "libreoffice")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * Converts Word files to PDF in one run of LibreOffice (starting it is most of the cost), with a
     * profile of its own so that it neither reads the user's settings nor collides with another
     * LibreOffice running on the machine. Returns the PDFs in the order of the inputs.
     */
    public List<Path> toPdf(List<Path> docxFiles, Path outputFolder) {
        try {
            Files.createDirectories(outputFolder);
            Path profile = Files.createTempDirectory("parcomms-lo-profile");
            try {
                List<String> command = new ArrayList<>(List.of(executable.toString(),
                        "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", outputFolder.toString()));
                docxFiles.forEach(file -> command.add(file.toString()));
                Path log = outputFolder.resolve("soffice.log");
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("LibreOffice did not convert within " + TIMEOUT_SECONDS + " s");
                }
                String output = Files.readString(log, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new AssertionError("LibreOffice failed (" + process.exitValue() + "): " + output);
                }
                List<Path> pdfs = new ArrayList<>();
                for (Path docx : docxFiles) {
                    String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
                    Path pdf = outputFolder.resolve(name);
                    if (!Files.isRegularFile(pdf)) {
                        throw new AssertionError("LibreOffice wrote no " + name + ": " + output);
                    }
                    pdfs.add(pdf);
                }
                return pdfs;
            } finally {
                delete(profile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while LibreOffice converted", e);
        }
    }

    /**
     * The first line of text of every page, whitespace collapsed, read top to bottom by position
     * (so that both PDFs are read alike however they were drawn), without the page number that
     * heads pages 2, 3, …
     */
    public static List<String> pageStarts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> starts = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String number = Integer.toString(page);
                String start = stripper.getText(document).lines()
                        .map(line -> line.replaceAll("[\\s\\u00a0]+", " ").strip())
                        .filter(line -> !line.isEmpty() && !line.equals(number))
                        .findFirst().orElse("");
                starts.add(start);
            }
            return starts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base names of the fonts a PDF uses on its pages (without the subset prefix "ABCDEF+"). */
    public static java.util.Set<String> fonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws the first and the last page of a PDF as PNG files {@code <base>-page1.png} and
     * {@code <base>-last.png}, at 80 dpi (a page 661 px wide: readable headings, small files).
     */
    public static void firstAndLastPage(byte[] pdf, Path base) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            int last = document.getNumberOfPages() - 1;
            javax.imageio.ImageIO.write(renderer.renderImageWithDPI(0, 80), "png",
                    Path.of(base + "-page1.png").toFile());
            javax.imageio.ImageIO.write(renderer.renderImageWithDPI(last, 80), "png",
                    Path.of(base + "-last.png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the folder, or deletes what it holds. */
    public static void emptyFolder(Path folder) {
        try {
            if (Files.exists(folder)) {
                delete(folder);
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
