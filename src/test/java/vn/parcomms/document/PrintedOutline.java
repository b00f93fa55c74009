package vn.parcomms.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A document's body in the one form that prints as it does: every list as {@link Content.ListItems},
 * a sub-section without a heading dissolved into its section, lists that print as one list merged
 * (adjacent dashes, "+" lines and plain paragraphs under a marked item become further paragraphs of
 * that item, as ADR 0018 stores them), a plain paragraph its own item, and text after a
 * sub-section inside that sub-section. Two bodies with the same printed outline are equal here,
 * so that what a Word file was made from can be compared with what is recognised in it.
 */
public final class PrintedOutline {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private PrintedOutline() {
    }

    public static List<Section> of(List<Section> sections) {
        return sections.stream().map(s -> new Section(clean(s.heading()), content(s.content()))).toList();
    }

    /** The header as printed: bodies in upper case, text composed and single-spaced. */
    public static DocumentHeader header(DocumentHeader h) {
        return new DocumentHeader(clean(h.parentBody()).toUpperCase(VI), clean(h.issuingBody()).toUpperCase(VI),
                clean(h.number()), clean(h.place()), h.date(), h.year());
    }

    /** The closing as printed: the last paragraph carries "./."; an empty closing prints "./." alone. */
    public static List<String> closing(List<String> closing) {
        List<String> result = new ArrayList<>(closing.stream().map(PrintedOutline::clean).filter(t -> !t.isEmpty())
                .toList());
        if (!result.isEmpty()) {
            String last = result.get(result.size() - 1);
            result.set(result.size() - 1, last.endsWith("./.") ? last : last.endsWith(".") ? last + "/." : last + "./.");
        }
        return result;
    }

    private static List<Content> content(List<Content> content) {
        List<Content> result = new ArrayList<>();
        for (Content c : content) {
            if (c instanceof Content.SubSection sub && !sub.heading().isBlank()) {
                result.add(new Content.SubSection(clean(sub.heading()), content(sub.content())));
            } else if (c instanceof Content.SubSection sub) {
                for (Content inner : content(sub.content())) {
                    append(result, inner);
                }
            } else {
                for (Content list : lists(list(c))) {
                    append(result, list);
                }
            }
        }
        return result;
    }

    private static final java.util.regex.Pattern LETTER = java.util.regex.Pattern.compile("^\\(?([a-zđ])\\)\\s*(\\S.*)$");
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("^(?:\\d{1,2}\\.)*(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("^[-–—•](?!\\d)\\s*(\\S.*)$");
    private static final java.util.regex.Pattern PLUS = java.util.regex.Pattern.compile("^\\+(?!\\d)\\s*(\\S.*)$");

    /**
     * A plain paragraph that starts with a typed marker ("1. …", "a) …", "- …") prints like an
     * item of that marker's list: such runs become those lists, a typed "1." or "a)" starting anew.
     */
    private static List<Content> lists(Content c) {
        if (!(c instanceof Content.ListItems list) || list.style() != ListStyle.PLAIN) {
            return List.of(c);
        }
        List<Content> result = new ArrayList<>();
        ListStyle style = null;
        List<List<String>> items = new ArrayList<>();
        for (List<String> item : list.items()) {
            String text = item.get(0);
            ListStyle typed = ListStyle.PLAIN;
            boolean restarts = false;
            java.util.regex.Matcher m;
            if ((m = LETTER.matcher(text)).matches()) {
                typed = ListStyle.LETTERED;
                restarts = m.group(1).equals("a");
                text = m.group(2);
            } else if ((m = NUMBER.matcher(text)).matches()) {
                typed = ListStyle.NUMBERED;
                restarts = m.group(1).equals("1");
                text = m.group(2);
            } else if ((m = PLUS.matcher(text)).matches()) {
                typed = ListStyle.PLUS;
                text = m.group(1);
            } else if ((m = DASH.matcher(text)).matches()) {
                typed = ListStyle.DASH;
                text = m.group(1);
            }
            if (style != null && (typed != style || restarts)) {
                result.add(new Content.ListItems(style, items));
                items = new ArrayList<>();
            }
            style = typed;
            items.add(List.of(text));
        }
        if (style != null) {
            result.add(new Content.ListItems(style, items));
        }
        return result;
    }

    private static void append(List<Content> result, Content next) {
        Content last = result.isEmpty() ? null : result.get(result.size() - 1);
        if (last instanceof Content.SubSection sub && !(next instanceof Content.SubSection)) {
            List<Content> inner = new ArrayList<>(sub.content());
            append(inner, next);
            result.set(result.size() - 1, new Content.SubSection(sub.heading(), inner));
            return;
        }
        if (!(next instanceof Content.ListItems list) || !(last instanceof Content.ListItems previous)) {
            result.add(next);
            return;
        }
        List<List<String>> items = new ArrayList<>(previous.items().stream().map(i -> (List<String>) new ArrayList<>(i))
                .toList());
        ListStyle style = previous.style();
        boolean marked = style != ListStyle.PLAIN;
        if (list.style() == style && (style == ListStyle.DASH || style == ListStyle.PLUS || style == ListStyle.PLAIN)) {
            items.addAll(list.items());
        } else if (marked && (list.style() == ListStyle.PLAIN || list.style() == ListStyle.PLUS)) {
            List<String> under = items.get(items.size() - 1);
            for (List<String> item : list.items()) {
                for (int p = 0; p < item.size(); p++) {
                    under.add(p == 0 && list.style() == ListStyle.PLUS ? "+ " + item.get(p) : item.get(p));
                }
            }
        } else {
            result.add(next);
            return;
        }
        result.set(result.size() - 1, new Content.ListItems(style, items));
    }

    private static Content list(Content c) {
        Content.ListItems list;
        if (c instanceof Content.Paragraph p) {
            list = new Content.ListItems(ListStyle.PLAIN, List.of(List.of(p.text())));
        } else if (c instanceof Content.Bullet b) {
            list = new Content.ListItems(ListStyle.DASH, List.of(List.of(b.text())));
        } else if (c instanceof Content.Lettered l) {
            list = new Content.ListItems(ListStyle.LETTERED, l.items().stream().map(List::of).toList());
        } else if (c instanceof Content.Numbered n) {
            list = new Content.ListItems(ListStyle.NUMBERED, n.items().stream().map(List::of).toList());
        } else if (c instanceof Content.ListItems items) {
            list = items;
        } else {
            return c;
        }
        List<List<String>> items = new ArrayList<>();
        for (List<String> item : list.items()) {
            List<String> paragraphs = item.stream().map(PrintedOutline::clean).filter(t -> !t.isEmpty()).toList();
            if (paragraphs.isEmpty()) {
                continue;
            }
            if (list.style() == ListStyle.PLAIN) {
                // Plain paragraphs print alike whether one item holds them or each is its own.
                paragraphs.forEach(p -> items.add(List.of(p)));
            } else {
                items.add(paragraphs);
            }
        }
        return new Content.ListItems(list.style(), items);
    }

    public static String clean(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+", " ").strip();
    }
}
