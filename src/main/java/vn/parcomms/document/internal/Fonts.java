package vn.parcomms.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Liberation Serif faces shipped in {@code src/main/resources/fonts} (SIL OFL, metric-compatible
 * with Times New Roman, covering every Vietnamese letter). Shipped rather than taken from the host
 * so that a PDF looks the same on every server.
 */
enum Fonts {
    REGULAR("LiberationSerif-Regular.ttf"),
    BOLD("LiberationSerif-Bold.ttf"),
    ITALIC("LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

    /** The font name DOCX files carry: Word has it, LibreOffice maps it to Liberation Serif. */
    static final String DOCX_FONT = "Times New Roman";

    private final String file;
    private volatile byte[] bytes;

    Fonts(String file) {
        this.file = file;
    }

    static Fonts of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    /** The TrueType file, read once. */
    byte[] bytes() {
        byte[] loaded = bytes;
        if (loaded == null) {
            try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the application: fonts/" + file);
                }
                loaded = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = loaded;
        }
        return loaded;
    }
}
