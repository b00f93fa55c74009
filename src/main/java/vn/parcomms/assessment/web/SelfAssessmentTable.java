package vn.parcomms.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.parcomms.assessment.ProvinceOverview;
import vn.parcomms.shared.export.ExportTable;

/**
 * The province overview as its export writes it, built only from the record the page shows. The
 * sheet and its history are {@link vn.parcomms.assessment.internal.SheetTables}, shared with the
 * evidence pack.
 */
final class SelfAssessmentTable {

    private SelfAssessmentTable() {
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
