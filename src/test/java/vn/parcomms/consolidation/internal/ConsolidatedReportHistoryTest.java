package vn.parcomms.consolidation.internal;

import static vn.parcomms.support.AggregateHistory.step;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.support.AggregateHistory;

class ConsolidatedReportHistoryTest {

    private final AggregateHistory<ConsolidatedReport> history = new AggregateHistory<>(ConsolidatedReport.class,
            r -> r.recordedHistory().size(), r -> r.recordedHistory().get(r.recordedHistory().size() - 1).getAction());

    @Test
    void everyStatusChangeOfAConsolidatedReportWritesExactlyOneLineOfHistory() {
        ConsolidatedReport report = history.start(null, "new", "CREATED", 0,
                () -> new ConsolidatedReport(1, 9, "12/KH-SYT", 2099, ReportPeriod.Q1, step()));

        history.change(report, "figuresRefreshed", "REFRESHED", () -> report.figuresRefreshed(step()));
        history.change(report, "submit", "SUBMITTED", () -> report.submit(step()));
        history.change(report, "returnForRevision", "RETURNED", () -> report.returnForRevision("Sửa số liệu.", step()));
        report.submit(step());
        history.change(report, "approve", "APPROVED", () -> report.approve(step()));
        history.change(report, "send", "SENT", () -> report.send(step(), null));
        report.returnForRevision("Bổ sung.", step());
        report.submit(step());
        report.approve(step());
        history.change(report, "send", "SENT", () -> report.send(step(), null, "15", "BC-SYT",
                java.time.LocalDate.of(2099, 4, 15)));
        history.change(report, "accept", "ACCEPTED", () -> report.accept(step()));
        history.change(report, "frozenAsSent", "FROZEN", () -> report.frozenAsSent(step(), "Trước khi lưu số liệu."));
        history.start(report, "correction", "CREATED", 1, () -> report.correction(step()));

        // The office's texts change many times before the report is submitted: they are not history lines.
        history.assertEveryChangeDriven(Set.of(), Set.of("write"));
    }
}
