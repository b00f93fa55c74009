package vn.parcomms.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The evidence file types a report accepts, recognised by their content (magic bytes), never by
 * the file name: an executable renamed ".pdf" is refused.
 */
public enum EvidenceFileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    /** At most 10 MB per file. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String contentType;
    private final String extension;

    EvidenceFileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type of the content, or empty when it is none of the accepted ones (or an unsafe archive). */
    public static Optional<EvidenceFileType> detect(byte[] content) {
        return inspect(content).type();
    }

    /**
     * What the content is. A Word or Excel file is a zip whose parts are inflated here, entry by
     * entry, within {@link ArchiveLimits}: a small file that inflates to gigabytes (a "zip bomb")
     * is refused as soon as one bound is crossed instead of being inflated to its end, which took
     * 49 s of CPU for a 10 MB file that inflated to 9.6 GB.
     */
    public static Inspection inspect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) { // %PDF
            return Inspection.of(PDF);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Inspection.of(JPEG);
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47)) {
            return Inspection.of(PNG);
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) { // PK: an Office Open XML package is a zip
            return officeType(content);
        }
        return Inspection.NONE;
    }

    /** The detected type, empty when none; {@code unsafeArchive} when a zip crossed a bound of {@link ArchiveLimits}. */
    public record Inspection(Optional<EvidenceFileType> type, boolean unsafeArchive) {

        static final Inspection NONE = new Inspection(Optional.empty(), false);
        static final Inspection UNSAFE = new Inspection(Optional.empty(), true);

        static Inspection of(EvidenceFileType type) {
            return new Inspection(Optional.of(type), false);
        }
    }

    /**
     * Bounds of the check of a Word or Excel file. A real document of at most 10 MB has a few
     * hundred parts, inflates to a few tens of MB and compresses XML some 5 to 30 times; the
     * bounds sit well above that and far below what costs noticeable CPU.
     */
    public static final class ArchiveLimits {

        public static final int MAX_ENTRIES = 2_000;
        public static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
        /** Inflated to compressed bytes of one part, checked once the part passes {@link #RATIO_CHECK_FROM}. */
        public static final int MAX_RATIO = 200;
        public static final long RATIO_CHECK_FROM = 1024 * 1024;
        public static final java.time.Duration MAX_TIME = java.time.Duration.ofSeconds(3);

        private ArchiveLimits() {
        }
    }

    private static Inspection officeType(byte[] content) {
        long deadline = System.nanoTime() + ArchiveLimits.MAX_TIME.toNanos();
        CountingInput raw = new CountingInput(content);
        EvidenceFileType found = null;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int entries = 0;
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > ArchiveLimits.MAX_ENTRIES) {
                    return Inspection.UNSAFE;
                }
                String name = entry.getName();
                if (found == null && name.startsWith("word/")) {
                    found = DOCX;
                } else if (found == null && name.startsWith("xl/")) {
                    found = XLSX;
                }
                long start = raw.position();
                long inflated = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    long compressed = Math.max(1, raw.position() - start);
                    if (total > ArchiveLimits.MAX_INFLATED_BYTES
                            || (inflated > ArchiveLimits.RATIO_CHECK_FROM && inflated / compressed > ArchiveLimits.MAX_RATIO)
                            || System.nanoTime() > deadline) {
                        return Inspection.UNSAFE;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Inspection.NONE;
        }
        return found != null ? Inspection.of(found) : Inspection.NONE;
    }

    /** The bytes read so far, to measure how much compressed data a part has used. */
    private static final class CountingInput extends ByteArrayInputStream {

        CountingInput(byte[] content) {
            super(content);
        }

        long position() {
            return pos;
        }
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
