package vn.parcomms.shared;

/**
 * What a user typed into a search box, as the repositories take it. The matching itself is the
 * database's: {@code vn_fold(column) like vn_contains_pattern(:text) escape '\'} (migration V80)
 * ignores case, tones and the đ/d difference, and takes {@code %}, {@code _} and {@code \}
 * literally. Folding and escaping stay together in SQL because folding can make a wildcard (a
 * full-width ％ becomes %), so escaping has to come after it.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The typed text without surrounding spaces; null (no filter) when blank. */
    public static String of(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
