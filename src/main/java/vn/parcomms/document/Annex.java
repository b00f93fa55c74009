package vn.parcomms.document;

import java.util.List;
import java.util.Objects;

/**
 * An annex printed on its own page after the signature, e.g. the table of activities.
 *
 * @param heading "Phụ lục"
 * @param title   lines under the heading, e.g. "DANH MỤC HOẠT ĐỘNG …" (bold) and
 *                "(Kèm theo Kế hoạch số …)" (a line in parentheses prints italic)
 * @param landscape whether the annex prints on landscape pages: a table of many columns (the
 *                  nine of a plan's activities) does not fit the 165 mm of a portrait page
 */
public record Annex(String heading, List<String> title, List<Content> content, boolean landscape) {

    /** An annex on portrait pages, like the body. */
    public Annex(String heading, List<String> title, List<Content> content) {
        this(heading, title, content, false);
    }

    public Annex {
        Objects.requireNonNull(heading, "heading");
        title = List.copyOf(title);
        content = List.copyOf(content);
    }
}
