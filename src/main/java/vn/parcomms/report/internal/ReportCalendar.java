package vn.parcomms.report.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parcomms.plan.ReportingDuty;
import vn.parcomms.report.ReportPeriod;

/** The deadlines units report by: the ones a node's office set, otherwise the periods' defaults. */
@Component
public class ReportCalendar {

    private final ReportDeadlineRepository deadlines;

    ReportCalendar(ReportDeadlineRepository deadlines) {
        this.deadlines = deadlines;
    }

    public Map<ReportPeriod, LocalDate> deadlinesOf(long nodeId, int year) {
        Map<ReportPeriod, LocalDate> result = new EnumMap<>(ReportPeriod.class);
        for (ReportPeriod p : ReportPeriod.values()) {
            result.put(p, p.defaultDeadline(year));
        }
        deadlines.findByNodeIdAndYear(nodeId, year).forEach(d -> result.put(d.getPeriod(), d.getDeadline()));
        return result;
    }

    /** The deadlines of several plans' issuing nodes and years in one statement, keyed "node/year". */
    public Map<String, Map<ReportPeriod, LocalDate>> deadlinesOf(List<ReportingDuty> duties) {
        Map<String, Map<ReportPeriod, LocalDate>> result = new HashMap<>();
        for (ReportingDuty d : duties) {
            result.computeIfAbsent(d.issuingNodeId() + "/" + d.year(), k -> {
                Map<ReportPeriod, LocalDate> defaults = new EnumMap<>(ReportPeriod.class);
                for (ReportPeriod p : ReportPeriod.values()) {
                    defaults.put(p, p.defaultDeadline(d.year()));
                }
                return defaults;
            });
        }
        deadlines.findByNodeIdInAndYearIn(duties.stream().map(ReportingDuty::issuingNodeId).collect(Collectors.toSet()),
                duties.stream().map(ReportingDuty::year).collect(Collectors.toSet())).forEach(d -> {
                    Map<ReportPeriod, LocalDate> ofPlan = result.get(d.getNodeId() + "/" + d.getYear());
                    if (ofPlan != null) {
                        ofPlan.put(d.getPeriod(), d.getDeadline());
                    }
                });
        return result;
    }

    public LocalDate deadlineOf(UnitReport report) {
        return deadlinesOf(report.getPlanNodeId(), report.getYear()).get(report.getPeriod());
    }
}
