package vn.parcomms.shared;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order of names a Vietnamese reader expects: a ă â b c d đ e ê …, tones after the bare
 * letter (a à ả ã á ạ), so "Cục …" before "Đài Phát thanh …" before "Sở …". PostgreSQL sorts the
 * name columns by the ICU collation {@code vi} (migration V80); this comparator is for lists
 * sorted in Java and gives the same order, which a test checks against the database.
 *
 * <p>The JDK's Vietnamese rules get the letters and tones right but ignore spaces and hyphens,
 * so "Hải Dương" would come before "Hà Nội". ICU compares a space and a hyphen as characters
 * below every letter and digit (word by word: "Hà Nội" first); here they are moved there too.
 */
public final class VietnameseOrder {

    private static final Collator COLLATOR = collator();
    /**
     * Each name's collation key, made once: comparing two keys compares bytes, whereas the
     * collator decomposes both names on every comparison (under a lock), which JFR showed among
     * the dashboard's costs on the merged province (issue 15). Names are a bounded set (nodes,
     * indicators, channels); past {@link #KEPT_KEYS} the keys are dropped and made again.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, java.text.CollationKey> KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();
    static final int KEPT_KEYS = 20_000;
    private static final Comparator<String> NAMES = Comparator.nullsLast(
            (a, b) -> a.equals(b) ? 0 : key(a).compareTo(key(b)));

    private VietnameseOrder() {
    }

    /** Names in Vietnamese order, null last. */
    public static Comparator<String> names() {
        return NAMES;
    }

    /** Objects in the Vietnamese order of a name they carry, null names last. */
    public static <T> Comparator<T> byName(Function<? super T, String> name) {
        return Comparator.comparing(name, NAMES);
    }

    private static java.text.CollationKey key(String name) {
        java.text.CollationKey key = KEYS.get(name);
        if (key == null) {
            if (KEYS.size() >= KEPT_KEYS) {
                KEYS.clear();
            }
            key = KEYS.computeIfAbsent(name, COLLATOR::getCollationKey);
        }
        return key;
    }

    private static Collator collator() {
        RuleBasedCollator vietnamese = (RuleBasedCollator) Collator.getInstance(Locale.forLanguageTag("vi"));
        String rules = vietnamese.getRules();
        // Without the JDK's locale data (module jdk.localedata) Collator falls back to the root
        // rules, which put đ with d: better no start than lists in the wrong order.
        if (!rules.contains("&D<\u0111")) {
            throw new IllegalStateException("The JDK has no Vietnamese collation rules (is jdk.localedata missing?)");
        }
        String ignoredSpace = ";'\u0020'";
        String ignoredHyphen = ",'-'";
        String firstPunctuation = "<'_'";
        if (!rules.contains(ignoredSpace) || !rules.contains(ignoredHyphen) || !rules.contains(firstPunctuation)) {
            throw new IllegalStateException("The JDK's Vietnamese collation rules are not the expected ones");
        }
        rules = rules.replace(ignoredSpace, "").replace(ignoredHyphen, "")
                .replace(firstPunctuation, "<'\u0020'" + firstPunctuation + "<'-'");
        try {
            RuleBasedCollator collator = new RuleBasedCollator(rules);
            collator.setStrength(Collator.TERTIARY);
            // Text pasted from some editors arrives decomposed (a + combining grave): same letter.
            collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
            return collator;
        } catch (ParseException e) {
            throw new IllegalStateException("The Vietnamese collation rules do not parse", e);
        }
    }
}
