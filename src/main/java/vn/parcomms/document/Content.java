package vn.parcomms.document;

import java.util.List;
import java.util.Objects;

/**
 * One piece of a document's body. Numbers and letters are never stored: they follow from the
 * position, so inserting an item can never leave the lettering a) b) d) behind.
 */
public sealed interface Content {

    /** A justified paragraph with a first-line indent. */
    record Paragraph(String text) implements Content {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A dash line: "- Sở Nội vụ …". The dash is added when rendering. */
    record Bullet(String text) implements Content {
        public Bullet {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Items lettered the Vietnamese way: a) b) c) d) đ) e) g) … (no f, j). */
    record Lettered(List<String> items) implements Content {
        public Lettered {
            items = List.copyOf(items);
        }
    }

    /** Plain numbered paragraphs 1. 2. 3. (not headings), as in a list of solutions. */
    record Numbered(List<String> items) implements Content {
        public Numbered {
            items = List.copyOf(items);
        }
    }

    /**
     * A list of an outline in the style its author chose; each item is one or more paragraphs, the
     * first carrying the marker, the others printed as paragraphs of their own under it.
     */
    record ListItems(ListStyle style, List<List<String>> items) implements Content {
        public ListItems {
            Objects.requireNonNull(style, "style");
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A sub-section numbered 1., 2. … within its section, with a bold heading. A blank heading
     * prints no heading and takes no number: its content stands directly in the section.
     */
    record SubSection(String heading, List<Content> content) implements Content {
        public SubSection {
            Objects.requireNonNull(heading, "heading");
            content = List.copyOf(content);
        }
    }

    /** Figures or an annex list as a bordered table. */
    record TableContent(Table table) implements Content {
        public TableContent {
            Objects.requireNonNull(table, "table");
        }
    }

    static Paragraph paragraph(String text) {
        return new Paragraph(text);
    }

    static Bullet bullet(String text) {
        return new Bullet(text);
    }

    static Lettered lettered(String... items) {
        return new Lettered(List.of(items));
    }

    static Numbered numbered(String... items) {
        return new Numbered(List.of(items));
    }

    static SubSection subSection(String heading, Content... content) {
        return new SubSection(heading, List.of(content));
    }

    static TableContent table(Table table) {
        return new TableContent(table);
    }
}
