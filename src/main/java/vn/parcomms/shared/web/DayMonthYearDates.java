package vn.parcomms.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.Formatter;
import vn.parcomms.shared.DisplayFormat;

/**
 * Every date a form binds is typed and shown dd/mm/yyyy, whatever the browser's language (a date
 * input would show the browser's own order). A date that cannot be read is a binding error
 * ("typeMismatch"), so the field keeps what was typed and says why beside it.
 */
class DayMonthYearDates implements Formatter<LocalDate> {

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        return DisplayFormat.parseDate(text).orElseThrow(() -> new ParseException(text, 0));
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return DisplayFormat.formatDate(date);
    }
}
