package vn.parcomms.review.web;

import vn.parcomms.shared.export.Percent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.parcomms.consolidation.ConsolidationTimeliness;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.review.ProvinceReview;
import vn.parcomms.shared.export.ExportTable;

/** The province view's tables as the exports write them: the same rows and numbers as the page. */
final class ProvinceReviewTable {

    /** The table names the exports accept, in the workbook's sheet order (the page's order). */
    static final List<String> NAMES = List.of("agencies", "timeliness", "indicators", "channels", "coverage");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProvinceReviewTable() {
    }

    static List<ExportTable> all(ProvinceReview review, MessageSource messages, Locale locale) {
        List<ExportTable> tables = new ArrayList<>();
        for (String name : NAMES) {
            tables.add(of(name, review, messages, locale));
        }
        return tables;
    }

    static ExportTable of(String name, ProvinceReview r, MessageSource m, Locale l) {
        String title = m.getMessage("review.table." + name, null, l);
        String total = m.getMessage("rollup.total", null, l);
        boolean english = "en".equals(l.getLanguage());
        return switch (name) {
            case "agencies" -> {
                List<String> headers = new ArrayList<>(List.of(msg(m, l, "review.agency"), msg(m, l, "review.plan"),
                        msg(m, l, "review.planNumber"), msg(m, l, "review.issueDate")));
                for (ReportPeriod p : ReportPeriod.values()) {
                    String period = period(m, l, p, r.year());
                    headers.add(period + ": " + msg(m, l, "consolidation.status"));
                    headers.add(period + ": " + msg(m, l, "review.firstSent"));
                    headers.add(period + ": " + msg(m, l, "review.timeliness"));
                }
                headers.add(msg(m, l, "review.lineage.column"));
                List<List<Object>> rows = new ArrayList<>();
                for (ProvinceReview.Agency a : r.agencies()) {
                    List<Object> row = new ArrayList<>();
                    row.add(a.name());
                    row.add(a.planStatus() == null ? msg(m, l, "review.noPlan")
                            : msg(m, l, "plan.status." + a.planStatus()));
                    row.add(a.planNumber() == null ? "" : a.planNumber());
                    row.add(date(a.issueDate()));
                    for (ReportPeriod p : ReportPeriod.values()) {
                        ProvinceReview.Consolidated c = a.consolidated().get(p);
                        ConsolidationTimeliness t = a.timeliness().get(p);
                        row.add(a.receives() ? msg(m, l, "review.receives.short")
                                : c == null ? msg(m, l, "review.notDrafted") : msg(m, l, "consolidation.status." + c.status()));
                        row.add(date(c == null ? null : c.firstSentOn()));
                        row.add(t == null ? "" : msg(m, l, "consolidation.timeliness." + t));
                    }
                    row.add(String.join("; ", a.included().stream().map(i -> m.getMessage("rollup.lineage.until",
                            new Object[] {i.predecessorName(), date(i.until())}, l)).toList()));
                    rows.add(row);
                }
                yield new ExportTable(name, title, headers, rows, List.of());
            }
            case "timeliness" -> {
                List<String> headers = List.of(msg(m, l, "report.period"), msg(m, l, "report.deadline"),
                        msg(m, l, "review.summary.expected"), msg(m, l, "review.summary.sent"),
                        msg(m, l, "consolidation.timeliness.ON_TIME"), msg(m, l, "consolidation.timeliness.LATE"),
                        msg(m, l, "consolidation.timeliness.OVERDUE"), msg(m, l, "consolidation.timeliness.NOT_YET_DUE"),
                        msg(m, l, "review.summary.completeness"), msg(m, l, "review.summary.timeliness"));
                List<List<Object>> rows = new ArrayList<>();
                int[] sum = new int[6];
                for (ProvinceReview.PeriodSummary s : r.summaries()) {
                    rows.add(cells(period(m, l, s.period(), r.year()), date(s.deadline()), s.expected(), s.sent(),
                            s.onTime(), s.late(), s.overdue(), s.notYetDue(), Percent.of(s.completenessPercent()),
                            Percent.of(s.timelinessPercent())));
                    int[] add = {s.expected(), s.sent(), s.onTime(), s.late(), s.overdue(), s.notYetDue()};
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += add[i];
                    }
                }
                // The year's reports of all agencies taken together: counts add up across periods.
                ProvinceReview.PeriodSummary year = new ProvinceReview.PeriodSummary(null, null, sum[0], sum[1],
                        sum[2], sum[3], sum[4], sum[5]);
                yield new ExportTable(name, title, headers, rows, cells(total, "", year.expected(), year.sent(),
                        year.onTime(), year.late(), year.overdue(), year.notYetDue(), Percent.of(year.completenessPercent()),
                        Percent.of(year.timelinessPercent())));
            }
            case "indicators" -> {
                List<String> headers = List.of(msg(m, l, "review.indicator"), msg(m, l, "review.unit"),
                        msg(m, l, "review.target"), msg(m, l, "review.actual"));
                List<List<Object>> rows = new ArrayList<>();
                r.indicators().forEach(i -> rows.add(cells(english && i.nameEn() != null ? i.nameEn() : i.name(),
                        i.unitIn(l.getLanguage()), i.target(), i.actual())));
                yield new ExportTable(name, title, headers, rows, cells(total, "",
                        r.indicators().stream().mapToLong(ProvinceReview.IndicatorTotal::target).sum(),
                        r.indicators().stream().mapToLong(ProvinceReview.IndicatorTotal::actual).sum()));
            }
            case "channels" -> {
                List<String> headers = List.of(msg(m, l, "review.channel"), msg(m, l, "review.indicator"),
                        msg(m, l, "review.unit"), msg(m, l, "review.target"), msg(m, l, "review.actual"));
                List<List<Object>> rows = new ArrayList<>();
                r.channels().forEach(c -> rows.add(cells(
                        english && c.channelNameEn() != null ? c.channelNameEn() : c.channelName(),
                        english && c.nameEn() != null ? c.nameEn() : c.name(), c.unitIn(l.getLanguage()), c.target(), c.actual())));
                // An activity on two channels counts on both, so these rows add up to more than the
                // indicator totals: no totals row.
                yield new ExportTable(name, title, headers, rows, List.of());
            }
            case "coverage" -> {
                List<String> headers = List.of(msg(m, l, "review.coverage.content"), msg(m, l, "review.coverage.count"),
                        msg(m, l, "review.coverage.agencies"));
                List<List<Object>> rows = new ArrayList<>();
                for (ProvinceReview.ContentCoverage c : r.provincePlan().contents()) {
                    rows.add(cells(c.number() + ". " + c.label(), c.agencies().size(), String.join("; ",
                            c.agencies().stream().map(ProvinceReview.AgencyRef::name).toList())));
                }
                yield new ExportTable(name, title, headers, rows, List.of());
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String msg(MessageSource m, Locale l, String key) {
        return m.getMessage(key, null, l);
    }

    private static String period(MessageSource m, Locale l, ReportPeriod p, int year) {
        return m.getMessage("report.period." + p, new Object[] {year}, l);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v == null ? "" : v);
        }
        return row;
    }
}
