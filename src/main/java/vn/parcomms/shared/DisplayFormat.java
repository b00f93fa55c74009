package vn.parcomms.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one formatter for numbers, percentages, quarters and dates shown to a user. Vietnamese:
 * "1.200", "27,1 %", "Quý I"; English: "1,200", "27.1%", "Q1". Dates are dd/mm/yyyy in both
 * languages, as Vietnamese offices write them. Templates call it as {@code ${@fmt.number(x)}};
 * the no-locale methods use the page's locale, the others serve exports and documents.
 */
@Component("fmt")
public class DisplayFormat {

    /** What a cell shows when there is no value (a share of nothing, a missing date). */
    public static final String NONE = "—";

    public static final String DATE_PATTERN = "dd/MM/yyyy";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    public String number(Number value) {
        return number(value, locale());
    }

    public String percent(Number percent) {
        return percent(percent, locale());
    }

    public String quarter(int quarter) {
        return quarter(quarter, locale());
    }

    public String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    /** A date as a date field holds it: dd/mm/yyyy, empty when there is none. */
    public String dateInput(LocalDate date) {
        return formatDate(date);
    }

    public String dateTime(Instant at, ZoneId zone) {
        return at == null ? NONE : DATE_TIME.format(at.atZone(zone));
    }

    /** "1.200" / "1,200"; up to two decimals, none when the value is whole. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        return decimal(locale).format(value instanceof BigDecimal b ? b : value.doubleValue());
    }

    /** A share given in percent (27.1 for 27.1 %): "27,1 %" in Vietnamese, "27.1%" in English. */
    public static String percent(Number percent, Locale locale) {
        if (percent == null) {
            return NONE;
        }
        String digits = decimal(locale).format(percent.doubleValue());
        return vietnamese(locale) ? digits + "\u00a0%" : digits + "%";
    }

    /** "Quý I" … "Quý IV" in Vietnamese, "Q1" … "Q4" in English. */
    public static String quarter(int quarter, Locale locale) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("no quarter " + quarter);
        }
        return vietnamese(locale) ? "Quý " + VietnameseNumbering.roman(quarter) : "Q" + quarter;
    }

    /**
     * A date typed as dd/mm/yyyy (one-digit day and month accepted, "6/5/2025"); also the ISO
     * form yyyy-mm-dd that browsers' date inputs and older clients send. Empty when it is not a
     * real date.
     */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(t));
            }
            String[] parts = t.split("[/.\\-]");
            if (parts.length != 3 || !parts[0].matches("\\d{1,2}") || !parts[1].matches("\\d{1,2}")
                    || !parts[2].matches("\\d{4}")) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[0])));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A catalogue name in the page's language ({@code "en"} or {@code "vi"}): the English name
     * where one was entered, otherwise the Vietnamese one.
     */
    public static String named(String language, String vietnamese, String english) {
        return "en".equals(language) && english != null && !english.isBlank() ? english : vietnamese;
    }

    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static boolean vietnamese(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }

    // DecimalFormat is not thread-safe; a dashboard formats hundreds of cells, so one per thread.
    private static final ThreadLocal<DecimalFormat> VIETNAMESE = ThreadLocal.withInitial(() -> decimalFormat(true));
    private static final ThreadLocal<DecimalFormat> ENGLISH = ThreadLocal.withInitial(() -> decimalFormat(false));

    private static DecimalFormat decimal(Locale locale) {
        return (vietnamese(locale) ? VIETNAMESE : ENGLISH).get();
    }

    private static DecimalFormat decimalFormat(boolean vietnamese) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (vietnamese) {
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
        } else {
            symbols.setGroupingSeparator(',');
            symbols.setDecimalSeparator('.');
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
