package vn.parcomms.assessment.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.parcomms.assessment.Criterion;
import vn.parcomms.assessment.CriterionKind;
import vn.parcomms.assessment.CriterionScore;

/**
 * A criterion's rule and a score's detail as words, one way for the page and the exports: the
 * kind's name with its parameters, and what the points came from (dates as dd/MM/yyyy). Exposed to
 * templates as {@code @scoreTexts}.
 */
@Component("scoreTexts")
public class ScoreTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    ScoreTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String rule(Criterion c, Locale locale) {
        return rule(c, messages, locale);
    }

    public String detail(CriterionScore s, Locale locale) {
        return detail(s, messages, locale);
    }

    static String rule(Criterion c, MessageSource messages, Locale locale) {
        String kind = messages.getMessage("parIndex.kind." + c.kind(), null, locale);
        if (c.params().isEmpty()) {
            return kind;
        }
        // In the kind's own order (the editor's), numbers written as the user's language writes them.
        return kind + ": " + c.kind().parameters().stream().filter(c::has)
                .map(name -> messages.getMessage("parIndex.param." + name, null, locale) + " "
                        + value(name, c.word(name), messages, locale))
                .collect(Collectors.joining("; "));
    }

    private static String value(String name, String value, MessageSource messages, Locale locale) {
        if (name.equals("mode")) {
            return messages.getMessage("parIndex.mode." + value, null, value, locale);
        }
        if (CriterionKind.WORDS.contains(name)) {
            return value;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(new BigDecimal(value));
    }

    static String detail(CriterionScore s, MessageSource messages, Locale locale) {
        Object[] args = s.detailArgs().stream().map(a -> a instanceof LocalDate d ? DATE.format(d) : a).toArray();
        return messages.getMessage(s.detailKey(), args, locale);
    }
}
