package vn.parcomms.document;

/**
 * How a list of a document's outline marks its items, chosen per list by its author. The marker
 * is printed by the layout, never stored with the text; letters and numbers follow the position.
 */
public enum ListStyle {
    /** a) b) c) d) đ) e) g) … the Vietnamese way (no f, j, w, z). */
    LETTERED,
    /** 1. 2. 3. (after the sub-section's number where there is one: 1.1. 1.2.). */
    NUMBERED,
    /** "- " before each item. */
    DASH,
    /** "+ " before each item: the sub-bullets under a dash line. */
    PLUS,
    /** Plain paragraphs, no marker. */
    PLAIN
}
