package vn.parcomms.document;

import java.util.Objects;

/** A rendered document as a module's export gives it: its file name and its bytes. */
public record DocumentFile(String fileName, byte[] content) {

    public DocumentFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}
