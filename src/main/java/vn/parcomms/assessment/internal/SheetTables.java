package vn.parcomms.assessment.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.parcomms.assessment.AssessmentSheet;
import vn.parcomms.shared.export.ExportTable;

/**
 * The self-assessment sheet and its history as tables, built only from {@link AssessmentSheet}:
 * the one spreadsheet form of the sheet, written by {@code /self/export.xlsx}, the PAR INDEX
 * workbook and the evidence pack alike. Evidence links are absolute ({@code base}) so they open
 * from a spreadsheet.
 */
public final class SheetTables {

    /** Vietnam's time, as the history is read by the province that wrote it. */
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private SheetTables() {
    }

    /** Code, criterion, maximum, computed, self, reason, evidence, appraised, comment, difference; the totals row. */
    public static ExportTable sheet(AssessmentSheet sheet, String base, MessageSource messages, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (AssessmentSheet.Row r : sheet.rows()) {
            List<String> evidence = new ArrayList<>();
            for (AssessmentSheet.Evidence e : r.evidence()) {
                String href = e.href().startsWith("/") ? base + e.href() : e.href();
                evidence.add(e.label() == null ? href : e.label() + " " + href);
            }
            rows.add(cells((r.depth() > 0 ? "    " : "") + r.code(), r.title(), r.maxPoints(), r.computedPoints(),
                    r.selfPoints(), r.selfReason(), String.join("\n", evidence), r.appraisedPoints(),
                    r.appraisalComment(), r.difference()));
        }
        return new ExportTable("self", msg(messages, locale, "selfAssessment.export.sheet"),
                List.of(msg(messages, locale, "parIndex.criteria.code"), msg(messages, locale, "parIndex.criterion"),
                        msg(messages, locale, "parIndex.export.maximum"), msg(messages, locale, "selfAssessment.computed"),
                        msg(messages, locale, "selfAssessment.self"), msg(messages, locale, "selfAssessment.reason"),
                        msg(messages, locale, "parIndex.evidence"), msg(messages, locale, "selfAssessment.appraised"),
                        msg(messages, locale, "selfAssessment.comment"), msg(messages, locale, "selfAssessment.difference")),
                rows, cells(msg(messages, locale, "rollup.total"), msg(messages, locale,
                        "selfAssessment.status." + sheet.status()), sheet.maximum(), sheet.computedTotal(),
                        sheet.selfTotal(), null, null, sheet.appraisedTotal(), null, sheet.difference()));
    }

    /** Newest first: when, who, what, the reason given. */
    public static ExportTable history(AssessmentSheet sheet, MessageSource messages, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (AssessmentSheet.HistoryLine h : sheet.history()) {
            rows.add(cells(WHEN.format(h.at()), h.actorName(),
                    msg(messages, locale, "selfAssessment.action." + h.action()), h.reason()));
        }
        return new ExportTable("history", msg(messages, locale, "selfAssessment.history"),
                List.of(msg(messages, locale, "selfAssessment.when"), msg(messages, locale, "selfAssessment.who"),
                        msg(messages, locale, "selfAssessment.what"), msg(messages, locale, "selfAssessment.reason")),
                rows, null);
    }

    private static String msg(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Nulls become empty cells; numbers stay numbers. */
    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v == null ? "" : v instanceof BigDecimal b ? b : v);
        }
        return row;
    }
}
