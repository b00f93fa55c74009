package vn.parcomms.report.internal;

import static vn.parcomms.support.AggregateHistory.step;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.support.AggregateHistory;

class UnitReportHistoryTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AggregateHistory<UnitReport> history = new AggregateHistory<>(UnitReport.class,
            r -> r.recordedHistory().size(), r -> r.recordedHistory().get(r.recordedHistory().size() - 1).getAction());

    @Test
    void everyStatusChangeOfAUnitReportWritesExactlyOneLineOfHistory() {
        UnitReport report = history.start(null, "new", "CREATED", 0,
                () -> new UnitReport(3, 1, UUID.randomUUID(), 9, 2099, ReportPeriod.Q1, step()));

        history.change(report, "submit", "SUBMITTED",
                () -> report.submit(Map.of(), Set.of(), step(), due(LocalDate.of(2099, 4, 10)), ZONE));
        history.change(report, "returnForRevision", "RETURNED", () -> report.returnForRevision("Thiếu số liệu.",
                step()));
        report.submit(Map.of(), Set.of(), step(), due(LocalDate.of(2099, 4, 10)), ZONE);
        history.change(report, "accept", "ACCEPTED", () -> report.accept(step()));

        // A draft's texts and entries change many times before it is filed: they are not history lines.
        history.assertEveryChangeDriven(Set.of("entry"), Set.of("changeTexts", "entryFor"));
    }

    @Test
    void aSubmissionAfterTheDeadlineSaysSoInItsLine() {
        UnitReport report = new UnitReport(3, 1, UUID.randomUUID(), 9, 2099, ReportPeriod.Q1, step());
        report.submit(Map.of(), Set.of(), step(), due(LocalDate.of(2099, 2, 1)), ZONE);
        org.assertj.core.api.Assertions.assertThat(report.recordedHistory().get(1).getReason()).isEqualTo("LATE");
    }

    private static vn.parcomms.report.PeriodExpectation due(LocalDate deadline) {
        return vn.parcomms.report.PeriodExpectation.of(ReportPeriod.Q1, deadline, null, null);
    }
}
