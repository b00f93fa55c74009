package vn.parcomms.document;

import java.util.List;
import java.util.Objects;

/**
 * A top-level section, numbered I., II. … by its position.
 *
 * @param heading "Mục tiêu, yêu cầu và đối tượng": written as the author wants it (the seeds mix
 *                "Nội dung…:" and "GIẢI PHÁP THỰC HIỆN"), without the Roman numeral
 */
public record Section(String heading, List<Content> content) {

    public Section {
        Objects.requireNonNull(heading, "heading");
        content = List.copyOf(content);
    }

    public static Section of(String heading, Content... content) {
        return new Section(heading, List.of(content));
    }
}
