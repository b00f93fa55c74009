package vn.parcomms.rollup.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import java.util.Set;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.rollup.LineageNotes;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.YearComparison;
import vn.parcomms.shared.export.ExportTable;
import vn.parcomms.shared.export.Percent;

/** The dashboard's tables as the exports write them: the same numbers as the page. */
final class RollupTable {

    /** The table names the exports accept, in the workbook's sheet order. */
    static final List<String> NAMES = List.of("timeliness", "indicators", "content", "channel", "units", "periods",
            "completion");

    /** Statuses of a report that has reached the office (the timeliness totals row counts them). */
    static final Set<FollowUpStatus> FILED = Set.of(FollowUpStatus.SUBMITTED, FollowUpStatus.LATE,
            FollowUpStatus.RETURNED, FollowUpStatus.ACCEPTED);

    private RollupTable() {
    }

    /** The table of predecessors' figures included (ADR 0023), exported when there are any. */
    static final String LINEAGE = "lineage";

    /** The year-over-year table (a CSV and a sheet of the workbook), the node's rather than the plan's. */
    static final String YEARS = "years";

    static List<ExportTable> all(Rollup r, YearComparison years, MessageSource messages, Locale locale) {
        List<ExportTable> tables = new ArrayList<>();
        for (String name : NAMES) {
            tables.add(of(name, r, messages, locale));
        }
        tables.add(years(years, messages, locale));
        if (!r.included().isEmpty()) {
            tables.add(of(LINEAGE, r, messages, locale));
        }
        return tables;
    }

    /**
     * The node's figures year by year: indicator, measure, year, total, change against the year
     * before (absolute, percent) and what the total includes of predecessors (ADR 0023).
     */
    static ExportTable years(YearComparison c, MessageSource m, Locale l) {
        List<String> headers = List.of(m.getMessage("rollup.indicator", null, l), m.getMessage("rollup.measure", null, l),
                m.getMessage("rollup.years.year", null, l), m.getMessage("rollup.years.total", null, l),
                m.getMessage("rollup.years.change", null, l), m.getMessage("rollup.years.changePercent", null, l),
                m.getMessage("rollup.lineage.noteHeader", null, l));
        List<List<Object>> rows = new ArrayList<>();
        for (YearComparison.Row row : c.rows()) {
            rows.add(cells(row.indicator(), row.measure(), String.valueOf(row.year()), row.total(), row.change(), row.changePercent(),
                    LineageNotes.includes(row.included(), m, l)));
        }
        return new ExportTable(YEARS, m.getMessage("rollup.table.years", null, l), headers, rows, List.of());
    }

    static ExportTable of(String name, Rollup r, MessageSource m, Locale l) {
        String total = m.getMessage("rollup.total", null, l);
        String title = m.getMessage("rollup.table." + name, null, l);
        return switch (name) {
            case "timeliness" -> {
                List<String> headers = new ArrayList<>(List.of(m.getMessage("rollup.unit", null, l)));
                for (ReportPeriod p : ReportPeriod.values()) {
                    headers.add(m.getMessage("report.period." + p, new Object[] {r.year()}, l));
                }
                List<List<Object>> rows = new ArrayList<>();
                long[] filed = new long[ReportPeriod.values().length];
                for (Rollup.TimelinessRow t : r.timeliness()) {
                    List<Object> row = new ArrayList<>(List.of(t.unitName()));
                    for (ReportPeriod p : ReportPeriod.values()) {
                        Rollup.Cell c = t.cell(p);
                        row.add(c == null ? "" : m.getMessage("report.followUp." + c.status(), null, l)
                                + (c.late() && c.status() != FollowUpStatus.LATE ? " (" + m.getMessage("report.late", null, l) + ")" : ""));
                        if (c != null && FILED.contains(c.status())) {
                            filed[p.ordinal()]++;
                        }
                    }
                    rows.add(row);
                }
                List<Object> totals = new ArrayList<>(List.of(m.getMessage("rollup.filed", null, l)));
                for (long f : filed) {
                    totals.add(f);
                }
                yield new ExportTable(name, title, headers, rows, totals);
            }
            case "indicators" -> {
                List<List<Object>> rows = new ArrayList<>();
                r.indicators().forEach(i -> rows.add(row(i.indicatorIn(l.getLanguage()), i.measureIn(l.getLanguage()), i.target(), i.actual(), i.percent())));
                yield new ExportTable(name, title, headers(m, l, "rollup.indicator"), rows,
                        totals(total, r.indicators().stream().mapToLong(Rollup.IndicatorTotal::target).sum(),
                                r.indicators().stream().mapToLong(Rollup.IndicatorTotal::actual).sum(), 1));
            }
            case "content", "channel", "units" -> {
                List<Rollup.Breakdown> list = name.equals("content") ? r.byContent()
                        : name.equals("channel") ? r.byChannel() : r.byUnit();
                String first = name.equals("content") ? "rollup.content" : name.equals("channel") ? "rollup.channel"
                        : "rollup.unit";
                List<String> headers = new ArrayList<>(List.of(m.getMessage(first, null, l)));
                headers.addAll(headers(m, l, "rollup.indicator"));
                List<List<Object>> rows = new ArrayList<>();
                for (Rollup.Breakdown b : list) {
                    List<Object> row = new ArrayList<>(List.of(b.unitAdded()
                            ? m.getMessage("rollup.content.unitAdded", new Object[] {b.label()}, l)
                            : b.labelIn(l.getLanguage())));
                    row.addAll(row(b.indicatorIn(l.getLanguage()), b.measureIn(l.getLanguage()), b.target(), b.actual(), b.percent()));
                    rows.add(row);
                }
                yield new ExportTable(name, title, headers, rows,
                        totals(total, list.stream().mapToLong(Rollup.Breakdown::target).sum(),
                                list.stream().mapToLong(Rollup.Breakdown::actual).sum(), 2));
            }
            case "periods" -> {
                List<String> headers = new ArrayList<>(List.of(m.getMessage("rollup.period", null, l)));
                headers.addAll(headers(m, l, "rollup.indicator"));
                List<List<Object>> rows = new ArrayList<>();
                for (Rollup.PeriodTotal p : r.byPeriod()) {
                    List<Object> row = new ArrayList<>(List.of(m.getMessage("report.period." + p.period(),
                            new Object[] {r.year()}, l)));
                    row.addAll(row(p.indicatorIn(l.getLanguage()), p.measureIn(l.getLanguage()), p.target(), p.actual(), p.percent()));
                    rows.add(row);
                }
                // Cumulative rows of several periods do not add up: the totals row is the chosen period's.
                long target = r.byPeriod().stream().filter(p -> p.period() == r.period())
                        .mapToLong(Rollup.PeriodTotal::target).sum();
                long actual = r.byPeriod().stream().filter(p -> p.period() == r.period())
                        .mapToLong(Rollup.PeriodTotal::actual).sum();
                yield new ExportTable(name, title, headers, rows, totals(m.getMessage("report.period." + r.period(),
                        new Object[] {r.year()}, l), target, actual, 2));
            }
            case "completion" -> {
                List<String> headers = List.of(m.getMessage("rollup.unit", null, l),
                        m.getMessage("rollup.completion.due", null, l), m.getMessage("rollup.completion.dropped", null, l),
                        m.getMessage("rollup.completion.done", null, l), m.getMessage("rollup.percent", null, l));
                List<List<Object>> rows = new ArrayList<>();
                r.completion().forEach(c -> rows.add(cells(c.unitName(), c.due(), c.dropped(), c.done(), percentOrBlank(c.percent()))));
                Rollup.CompletionRow o = r.overall();
                yield new ExportTable(name, title, headers, rows, cells(total, o.due(), o.dropped(), o.done(), percentOrBlank(o.percent())));
            }
            case LINEAGE -> {
                List<String> headers = List.of(m.getMessage("rollup.unit", null, l),
                        m.getMessage("rollup.lineage.predecessor", null, l),
                        m.getMessage("rollup.lineage.lastDay", null, l), m.getMessage("rollup.lineage.noteHeader", null, l));
                List<List<Object>> rows = new ArrayList<>();
                for (LineageLink link : r.included()) {
                    rows.add(cells(link.successorName(), link.predecessorName(), LineageNotes.lastDay(link),
                            LineageNotes.note(link, m, l)));
                }
                yield new ExportTable(name, title, headers, rows, List.of());
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static List<String> headers(MessageSource m, Locale l, String first) {
        return List.of(m.getMessage(first, null, l), m.getMessage("rollup.measure", null, l),
                m.getMessage("rollup.target", null, l), m.getMessage("rollup.actual", null, l),
                m.getMessage("rollup.percent", null, l));
    }

    private static List<Object> row(String indicator, String measure, long target, long actual, Double percent) {
        return cells(indicator, measure, target, actual, percentOrBlank(percent));
    }

    /** Totals across indicators of different measures are counts of things done, summed as the offices do. */
    private static List<Object> totals(String label, long target, long actual, int blanks) {
        List<Object> row = new ArrayList<>(List.of(label));
        for (int i = 1; i < blanks; i++) {
            row.add("");
        }
        row.add("");
        row.add(target);
        row.add(actual);
        row.add(percentOrBlank(target == 0 ? null : Math.round(1000.0 * actual / target) / 10.0));
        return row;
    }

    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v == null ? "" : v);
        }
        return row;
    }

    private static Object percentOrBlank(Double p) {
        return Percent.of(p);
    }
}
