package vn.parcomms.plan;

import vn.parcomms.document.ListStyle;

/**
 * One section of an outline template: the sections and sub-sections, in order, a new plan starts
 * with (the default's, or the one an office saved from its plan for next year).
 *
 * @param level 1 for a section (I., II.), 2 for a sub-section (1., 2.) of the section above it
 * @param role  null for a section that is only text
 */
public record OutlineEntry(int level, String heading, ListStyle style, SectionRole role) {
}
