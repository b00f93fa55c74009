package vn.parcomms.shared;

import java.util.Locale;

/**
 * Patterns for SQL {@code like}: what the user typed is matched literally, so a search for
 * "100%" or "a_b" finds those characters instead of treating them as wildcards. The escape
 * character is PostgreSQL's default for {@code like}, the backslash.
 */
public final class Like {

    private Like() {
    }

    /** "%text%" in lower case with {@code \ % _} escaped; null for a blank query. */
    public static String containsIgnoringCase(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        return "%" + escape(query.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
