package vn.parcomms.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Free text (a report's evidence) cut into plain parts and web addresses, so that a page shows
 * the addresses as links: templates write each part with {@code th:text} (escaped) and a link
 * with {@code rel="noopener noreferrer"}, never the text as HTML (fragment
 * {@code fragments/linked-text :: text}). Only http and https addresses become links;
 * "javascript:", "data:" and the like stay text.
 */
@Component("linkedText")
public class LinkedText {

    /** One piece of the text; {@code href} is null for plain text. */
    public record Part(String text, String href) {

        public boolean link() {
            return href != null;
        }
    }

    private static final Pattern ADDRESS = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'`]+");
    /** What ends a sentence rather than an address: "xem https://a.vn/b." links to https://a.vn/b. */
    private static final String TRAILING = ".,;:!?)]}»”’";

    public List<Part> parts(String text) {
        return split(text);
    }

    public static List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        Matcher m = ADDRESS.matcher(text);
        int at = 0;
        while (m.find()) {
            String address = m.group();
            int end = address.length();
            while (end > 0 && TRAILING.indexOf(address.charAt(end - 1)) >= 0
                    && !(address.charAt(end - 1) == ')' && balanced(address.substring(0, end)))) {
                end--;
            }
            address = address.substring(0, end);
            if (!valid(address)) {
                continue;
            }
            if (m.start() > at) {
                parts.add(new Part(text.substring(at, m.start()), null));
            }
            parts.add(new Part(address, address));
            at = m.start() + end;
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), null));
        }
        return parts;
    }

    /** A closing parenthesis that closes one opened inside the address belongs to it ("A_(B)"). */
    private static boolean balanced(String address) {
        long open = address.chars().filter(c -> c == '(').count();
        long close = address.chars().filter(c -> c == ')').count();
        return close <= open;
    }

    private static boolean valid(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
