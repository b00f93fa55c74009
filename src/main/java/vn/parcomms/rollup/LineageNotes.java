package vn.parcomms.rollup;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.parcomms.organization.LineageLink;

/**
 * The words that say whose figures a successor's numbers include (ADR 0023), e.g. "Sở Y tế Thành
 * phố Hồ Chí Minh gồm số liệu của Sở Y tế tỉnh Bà Rịa - Vũng Tàu đến 30/06/2025": one text for the
 * dashboard, its year-over-year table, the exports and the PAR INDEX pages.
 */
public final class LineageNotes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LineageNotes() {
    }

    /** One sentence per successor naming its predecessors counted and their last days, in the links' order. */
    public static List<String> notes(List<LineageLink> links, MessageSource m, Locale l) {
        Map<String, List<String>> bySuccessor = new LinkedHashMap<>();
        for (LineageLink link : links) {
            bySuccessor.computeIfAbsent(link.successorName(), k -> new ArrayList<>()).add(until(link, m, l));
        }
        List<String> notes = new ArrayList<>();
        bySuccessor.forEach((successor, parts) -> notes.add(
                m.getMessage("rollup.lineage.note", new Object[] {successor, String.join("; ", parts)}, l)));
        return notes;
    }

    /** The sentence for one predecessor. */
    public static String note(LineageLink link, MessageSource m, Locale l) {
        return m.getMessage("rollup.lineage.note", new Object[] {link.successorName(), until(link, m, l)}, l);
    }

    /** What one figure includes, without the successor's name: "gồm số liệu của … đến 30/06/2025"; empty when nothing. */
    public static String includes(List<LineageLink> links, MessageSource m, Locale l) {
        if (links.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        links.forEach(link -> parts.add(until(link, m, l)));
        return m.getMessage("rollup.lineage.includes", new Object[] {String.join("; ", parts)}, l);
    }

    /** "{predecessor} đến {last day}". */
    public static String until(LineageLink link, MessageSource m, Locale l) {
        return m.getMessage("rollup.lineage.until", new Object[] {link.predecessorName(), lastDay(link)}, l);
    }

    /** The predecessor's last day as the notes write it (dd/MM/yyyy). */
    public static String lastDay(LineageLink link) {
        return DATE.format(link.until());
    }
}
