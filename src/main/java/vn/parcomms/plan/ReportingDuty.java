package vn.parcomms.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An issued plan that assigns a unit work, read narrowly for the unit's report list: who issued it,
 * how it is labelled, when its first version was issued (ADR 0032), and when the activities the unit reports on in it are due.
 */
public record ReportingDuty(long planId, UUID lineageId, long issuingNodeId, String docNumber, String docSymbol,
        String title, int year, PlanStatus status, LocalDate firstIssueDate, List<Timing> activities) {

    /** The number and symbol the plan was issued under ("79a/KH-SYT"), else its title. */
    public String label() {
        return PlanHeader.label(docNumber, docSymbol, title);
    }

    /** Whether any of the unit's activities is due in or before the quarter (1–4). */
    public boolean hasWorkDueBy(int quarter) {
        return activities.stream().anyMatch(a -> a.dueByQuarter(quarter));
    }

    /** When one activity of the unit is due: its quarters, or a due date. */
    public record Timing(List<Integer> quarters, LocalDate dueDate) {

        public boolean dueByQuarter(int quarter) {
            return ActivityView.dueByQuarter(quarters, dueDate, quarter);
        }
    }
}
