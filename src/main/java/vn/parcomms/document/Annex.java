package vn.parcomms.document;

import java.util.List;
import java.util.Objects;

/**
 * An annex printed on its own page after the signature, e.g. the table of activities.
 *
 * @param heading "Phụ lục"
 * @param title   lines under the heading, e.g. "DANH MỤC HOẠT ĐỘNG …" (bold) and
 *                "(Kèm theo Kế hoạch số …)" (a line in parentheses prints italic)
 */
public record Annex(String heading, List<String> title, List<Content> content) {

    public Annex {
        Objects.requireNonNull(heading, "heading");
        title = List.copyOf(title);
        content = List.copyOf(content);
    }
}
