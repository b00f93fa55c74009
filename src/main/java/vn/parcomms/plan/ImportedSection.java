package vn.parcomms.plan;

import java.util.List;
import vn.parcomms.document.ListStyle;

/**
 * A section of a plan's outline as recognised in a Word file, ready to become a section of a
 * new draft: its level, heading and list style, the role it was given (null for none) and its
 * items, each one or more paragraphs, one a line.
 *
 * @param level 1 for a section (I., II.), 2 for a sub-section of the section above it
 * @param plainItems how many of the items were left as plain text (no marker was recognised)
 */
public record ImportedSection(int level, String heading, ListStyle style, SectionRole role, List<String> items,
                              int plainItems) {

    public ImportedSection {
        items = List.copyOf(items);
    }
}
