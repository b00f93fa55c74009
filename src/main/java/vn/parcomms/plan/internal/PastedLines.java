package vn.parcomms.plan.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as a clerk pastes it from Word into a list of a plan: one line or paragraph per item, each
 * still carrying the marker Word showed ("a)", "3.", "-", "+", "•", "Lưu:"). The document numbers
 * and letters items itself, so the marker is taken off, once: "g) g) …" or "3. 3. …" can only
 * appear when the clerk typed the marker twice.
 */
public final class PastedLines {

    /**
     * White space as Word hands it over: tabs after a list number, non-breaking and narrow spaces,
     * zero-width spaces and the byte-order mark; Java's {@code \s} knows none but the tab.
     */
    private static final String SPACE = "[\\s\\u00A0\\u1680\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]";

    /**
     * One marker at the start: a letter "a)" "đ)" "(b)" "c.", a number "1." "2)" "1.2.", or a bullet
     * ("-", "+", "•", the dashes, and the Symbol-font bullets Word pastes as private-use characters).
     * Letters and numbers need a space after them, or the end of the line ("1.234 người" is a
     * figure, not a marker).
     */
    private static final Pattern MARKER = Pattern.compile("^(?:"
            + "\\(?[a-zđ]\\)(?:" + SPACE + "+|$)"
            + "|[a-zđ]\\.(?:" + SPACE + "+|$)"
            + "|\\(?\\d{1,3}(?:\\.\\d{1,3})*[.)](?:" + SPACE + "+|$)"
            + "|[-+•·▪◦●○■□–—*\\uF0A7\\uF0B7\\uF0D8\\uF076\\uF0FC](?!\\d)" + SPACE + "*"
            + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern ARCHIVE = Pattern.compile("^lưu" + SPACE + "*:" + SPACE + "*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** White space at either end, as {@link #SPACE} knows it. */
    private static final Pattern EDGES = Pattern.compile("^" + SPACE + "+|" + SPACE + "+$");

    private static final Pattern PURPOSE = Pattern.compile("^(.*?)" + SPACE + "*\\(([^()]{1,40})\\)$");

    private PastedLines() {
    }

    /** One entry per non-blank line or paragraph, each without its marker. */
    public static List<String> items(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(PastedLines::withoutMarker).filter(line -> !line.isEmpty())
                .toList();
    }

    /** What starts a pasted line: which family of marker, if any. */
    enum Marker { LETTER, NUMBER, DASH, PLUS, NONE }

    private static final Pattern LETTER_MARKER = Pattern.compile("^(?:\\(?[a-zđ]\\)|[a-zđ]\\.)(?:" + SPACE + "+|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER_MARKER = Pattern.compile("^\\(?\\d{1,3}(?:\\.\\d{1,3})*[.)](?:" + SPACE + "+|$)");

    /** The family of the line's leading marker: "a)" "(b)" "c." letters, "1." "2)" numbers, "+" , the dashes and bullets. */
    static Marker marker(String line) {
        String text = strip(line == null ? "" : line);
        if (!MARKER.matcher(text).find()) {
            return Marker.NONE;
        }
        if (LETTER_MARKER.matcher(text).find()) {
            return Marker.LETTER;
        }
        if (NUMBER_MARKER.matcher(text).find()) {
            return Marker.NUMBER;
        }
        return text.startsWith("+") ? Marker.PLUS : Marker.DASH;
    }

    /**
     * A block pasted into a list of the outline, as items of one or more paragraphs. The marker of
     * the first marked line says how the list was marked in Word: every line with a marker of that
     * family starts an item and loses its marker, once. Any other line belongs to the item above
     * as a paragraph of its own, as typed: a "+" sub-bullet under a "-" line keeps its "+", an
     * explanation under "a)" stays plain. With no marker at all, each line is an item. A line
     * before the first marked one is an item of its own.
     */
    public static List<List<String>> outlineItems(String text) {
        List<String> lines = text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(PastedLines::strip).filter(l -> !l.isEmpty()).toList();
        Marker family = lines.stream().map(PastedLines::marker).filter(m -> m != Marker.NONE).findFirst()
                .orElse(Marker.NONE);
        List<List<String>> items = new ArrayList<>();
        for (String line : lines) {
            if (family == Marker.NONE || marker(line) == family) {
                String item = withoutMarker(line);
                if (!item.isEmpty()) {
                    items.add(new ArrayList<>(List.of(item)));
                }
            } else if (items.isEmpty()) {
                items.add(new ArrayList<>(List.of(line)));
            } else {
                items.get(items.size() - 1).add(line);
            }
        }
        return items.stream().map(List::copyOf).toList();
    }

    /** Each line without its marker, blank lines left out, as one text (a unit's duties). */
    public static String lines(String text) {
        return String.join("\n", items(text));
    }

    /** The line without surrounding white space and without one leading list marker. */
    public static String withoutMarker(String line) {
        if (line == null) {
            return "";
        }
        String text = strip(line);
        Matcher marker = MARKER.matcher(text);
        return marker.find() ? strip(text.substring(marker.end())) : text;
    }

    /** Whether the line, marker aside, is the archive line "Lưu: VT, VP." of the recipients. */
    public static boolean isArchive(String line) {
        return ARCHIVE.matcher(withoutMarker(line)).find();
    }

    /** "VT, VP" from "- Lưu: VT, VP.", "Lưu: VT, VP" or "VT, VP": the document prints "- Lưu: " and "." itself. */
    public static String archive(String line) {
        String text = withoutMarker(line);
        Matcher archive = ARCHIVE.matcher(text);
        if (archive.find()) {
            text = text.substring(archive.end());
        }
        text = strip(text);
        while (text.endsWith(".")) {
            text = strip(text.substring(0, text.length() - 1));
        }
        return text;
    }

    /**
     * A recipient line "- Sở Nội vụ (báo cáo);" as name and purpose: the document prints the dash,
     * the brackets and the semicolon. {@code purpose} is blank when the line has none.
     */
    public static Recipient recipient(String line) {
        String text = withoutMarker(line);
        while (!text.isEmpty() && ";,.".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = strip(text.substring(0, text.length() - 1));
        }
        Matcher purpose = PURPOSE.matcher(text);
        if (purpose.find() && !purpose.group(1).isBlank()) {
            return new Recipient(strip(purpose.group(1)), strip(purpose.group(2)));
        }
        return new Recipient(text, "");
    }

    /** A recipient as pasted: name, and purpose ("báo cáo", "t/h") or blank. */
    public record Recipient(String name, String purpose) {
    }

    /** The pasted block split into recipients and, if there is one, the archive line's content. */
    public static Recipients recipients(String text) {
        List<Recipient> recipients = new ArrayList<>();
        String archive = null;
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (withoutMarker(line).isEmpty()) {
                continue;
            }
            if (isArchive(line)) {
                archive = archive(line);
            } else {
                recipients.add(recipient(line));
            }
        }
        return new Recipients(List.copyOf(recipients), archive);
    }

    /** @param archive what follows "Lưu:" ("VT, VP"), or null when no archive line was pasted */
    public record Recipients(List<Recipient> recipients, String archive) {
    }

    private static String strip(String text) {
        return EDGES.matcher(text).replaceAll("");
    }
}
