package vn.parcomms.assessment.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.parcomms.assessment.ParIndex;
import vn.parcomms.assessment.Criterion;
import vn.parcomms.assessment.CriterionScore;
import vn.parcomms.shared.export.ExportTable;
import vn.parcomms.shared.export.Percent;

/**
 * The PAR INDEX page as the exports write it: the score summary and each point's evidence, built
 * only from the {@link ParIndex} record's components, so a change in how the service computes a
 * point changes the export with the page. Links are absolute ({@code base} is the app's address
 * as the request reached it) so they still open from a spreadsheet.
 */
final class ParIndexTable {

    /** The table names the exports accept, in the workbook's sheet order. */
    static final List<String> NAMES = List.of("summary", "plan", "carried", "reports");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ParIndexTable() {
    }

    static List<ExportTable> all(ParIndex index, String base, MessageSource messages, Locale locale) {
        List<ExportTable> tables = new ArrayList<>();
        for (String name : NAMES) {
            tables.add(of(name, index, base, messages, locale));
        }
        return tables;
    }

    static ExportTable of(String name, ParIndex index, String base, MessageSource messages, Locale locale) {
        Texts t = new Texts(messages, locale);
        ParIndex.PlanPoint plan = index.plan();
        ParIndex.CarriedPoint carried = index.carried();
        ParIndex.ReportsPoint reports = index.reports();
        return switch (name) {
            case "summary" -> {
                List<List<Object>> rows = new ArrayList<>();
                for (CriterionScore score : index.scores()) {
                    Criterion c = score.criterion();
                    rows.add(cells((score.depth() > 0 ? "    " : "") + c.code() + ". " + c.title(),
                            ScoreTexts.rule(c, messages, locale), ScoreTexts.detail(score, messages, locale),
                            score.points(), c.maxPoints()));
                }
                yield new ExportTable(name, t.msg("parIndex.export.table." + name),
                        List.of(t.msg("parIndex.criterion"), t.msg("parIndex.export.rule"), t.msg("parIndex.export.value"),
                                t.msg("parIndex.points"), t.msg("parIndex.export.maximum")),
                        rows, cells(t.msg("rollup.total"), null, null, index.total(), index.maximum()));
            }
            case "plan" -> new ExportTable(name, t.msg("parIndex.export.table." + name),
                    List.of(t.msg("parIndex.export.plan"), t.msg("parIndex.export.issued"),
                            t.msg("parIndex.export.deadline"), t.msg("parIndex.export.onTime"), t.msg("parIndex.points"),
                            t.msg("parIndex.export.link")),
                    List.of(plan.planId() == null
                            ? cells(t.msg("parIndex.export.noPlan"), null, date(plan.deadline()), t.yesNo(false),
                                    plan.points(), null)
                            : cells(plan.planLabel(), date(plan.issued()), date(plan.deadline()), t.yesNo(plan.onTime()),
                                    plan.points(), base + "/plans/" + plan.planId())),
                    null);
            case "carried" -> new ExportTable(name, t.msg("parIndex.export.table." + name),
                    List.of(t.msg("rollup.completion.due"), t.msg("rollup.completion.dropped"),
                            t.msg("rollup.completion.done"), t.msg("rollup.percent"), t.msg("parIndex.points"),
                            t.msg("parIndex.export.link")),
                    List.of(cells(carried.due(), carried.dropped(), carried.done(), Percent.of(carried.percent()), carried.points(),
                            carried.planId() == null ? null
                                    : base + "/rollups?node=" + index.nodeId() + "&plan=" + carried.planId()
                                            + "&period=YEAR")),
                    null);
            case "reports" -> {
                List<List<Object>> rows = new ArrayList<>();
                for (ParIndex.ReportCell c : reports.cells()) {
                    // An agency is scored on its consolidated reports to Home Affairs, a unit on its reports.
                    rows.add(reports.consolidated()
                            ? cells(c.unitName(), t.msg("report.period." + c.period(), index.year()),
                                    t.msg("consolidation.timeliness." + c.status()), t.yesNo(c.onTime()),
                                    c.consolidationId() == null ? null : base + "/consolidations/" + c.consolidationId())
                            : cells(c.unitName(), t.msg("report.period." + c.period(), index.year()),
                                    t.msg("report.followUp." + c.status()), t.yesNo(c.onTime()),
                                    c.reportId() == null ? null : base + "/reports/" + c.reportId()));
                }
                // The totals row counts the reports on time, as the page's sentence does.
                yield new ExportTable(name, t.msg("parIndex.export.table." + name),
                        List.of(t.msg("rollup.unit"), t.msg("rollup.period"), t.msg("parIndex.export.status"),
                                t.msg("parIndex.export.onTime"), t.msg("parIndex.export.link")),
                        rows, cells(t.msg("rollup.total"), null, null, reports.onTime(), null));
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Nulls become empty cells; numbers stay numbers. */
    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object v : values) {
            row.add(v == null ? "" : v);
        }
        return row;
    }

    private record Texts(MessageSource messages, Locale locale) {

        String msg(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String yesNo(boolean yes) {
            return msg(yes ? "parIndex.export.yes" : "parIndex.export.no");
        }
    }
}
