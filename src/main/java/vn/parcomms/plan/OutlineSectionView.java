package vn.parcomms.plan;

import java.util.List;
import java.util.UUID;
import vn.parcomms.document.ListStyle;

/**
 * A section of a plan's outline as the editor and the document read it.
 *
 * @param number "I." for a section, "1." for a sub-section: its place among all the outline's
 *               sections, computed (the document leaves empty ones out and numbers what it prints)
 * @param items  the items standing in it, in order
 */
public record OutlineSectionView(long id, UUID key, int level, String number, String heading, ListStyle style,
        SectionRole role, List<PlanItemView> items) {

    public boolean isSubSection() {
        return level == 2;
    }
}
