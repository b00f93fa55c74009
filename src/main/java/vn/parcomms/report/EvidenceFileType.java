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

    /** The type of the content, or empty when it is none of the accepted ones. */
    public static Optional<EvidenceFileType> detect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) { // %PDF
            return Optional.of(PDF);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) { // PK: an Office Open XML package is a zip
            return officeType(content);
        }
        return Optional.empty();
    }

    private static Optional<EvidenceFileType> officeType(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            // Word and Excel files keep their parts under word/ and xl/; a few dozen entries suffice.
            while ((entry = zip.getNextEntry()) != null && seen++ < 200) {
                if (entry.getName().startsWith("word/")) {
                    return Optional.of(DOCX);
                }
                if (entry.getName().startsWith("xl/")) {
                    return Optional.of(XLSX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
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
