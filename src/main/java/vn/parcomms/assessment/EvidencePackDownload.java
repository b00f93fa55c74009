package vn.parcomms.assessment;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The evidence pack of a node and year, ready to be written: access has been checked and the
 * documents chosen, but none is rendered until {@link #writeTo} reaches it.
 */
public final class EvidencePackDownload {

    /** Writes the ZIP to a stream it leaves open. */
    @FunctionalInterface
    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private final String fileName;
    private final Writer writer;

    EvidencePackDownload(String fileName, Writer writer) {
        this.fileName = fileName;
        this.writer = writer;
    }

    /** "ho-so-minh-chung-So-Y-te-tinh-Ba-Ria-Vung-Tau-2025.zip". */
    public String fileName() {
        return fileName;
    }

    /** Streams the ZIP, one document at a time; the stream is left open. */
    public void writeTo(OutputStream out) throws IOException {
        writer.writeTo(out);
    }
}
