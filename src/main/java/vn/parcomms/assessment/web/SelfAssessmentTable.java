package vn.parcomms.assessment.web;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.parcomms.assessment.AssessmentSheet;
import vn.parcomms.assessment.ProvinceOverview;
import vn.parcomms.shared.export.ExportTable;

/**
 * The self-assessment sheet, its history and the province overview as the exports write them,
 * built only from the records the page shows. Evidence links are absolute ({@code base}) so they
 * open from a spreadsheet.
 */
final class SelfAssessmentTable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private SelfAssessmentTable() {
    }

    static ExportTable sheet(AssessmentSheet sheet, String base, MessageSource messages, Locale locale) {
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

    static ExportTable history(AssessmentSheet sheet, MessageSource messages, Locale locale) {
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

    static ExportTable overview(ProvinceOverview overview, MessageSource messages, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProvinceOverview.Row r : overview.rows()) {
            rows.add(cells(r.rank(), r.nodeName(), msg(messages, locale, "selfAssessment.status." + r.status()),
                    r.selfTotal(), r.appraisedTotal(), r.difference(), r.maxTotal()));
        }
        return new ExportTable("overview", msg(messages, locale, "selfAssessment.overview.sheet"),
                List.of(msg(messages, locale, "selfAssessment.overview.rank"), msg(messages, locale, "rollup.node"),
                        msg(messages, locale, "selfAssessment.status"), msg(messages, locale, "selfAssessment.self"),
                        msg(messages, locale, "selfAssessment.appraised"),
                        msg(messages, locale, "selfAssessment.difference"),
                        msg(messages, locale, "parIndex.export.maximum")),
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
