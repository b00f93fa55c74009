package vn.parcomms.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.parcomms.report.ReportPeriod;

/** The timeliness rule and the default deadline of the agencies' consolidated reports (no Spring). */
class ConsolidationTimelinessTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate DEADLINE = LocalDate.of(2099, 3, 20);

    static Instant vietnam(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2099, month, day, hour, minute).atZone(VIETNAM).toInstant();
    }

    @Test
    void theFirstSendingCountsUntilTheDeadlineDayEndsInVietnam() {
        Instant now = vietnam(4, 10, 9, 0);
        assertThat(ConsolidationTimeliness.of(vietnam(3, 20, 23, 59), DEADLINE, now, VIETNAM))
                .isEqualTo(ConsolidationTimeliness.ON_TIME);
        assertThat(ConsolidationTimeliness.of(vietnam(3, 21, 0, 0), DEADLINE, now, VIETNAM))
                .as("17:00 UTC on the 20th is already the 21st in Vietnam").isEqualTo(ConsolidationTimeliness.LATE);
    }

    @Test
    void anUnsentReportIsNotYetDueUntilTheDeadlineDayEndsThenOverdue() {
        assertThat(ConsolidationTimeliness.of(null, DEADLINE, vietnam(3, 20, 23, 59), VIETNAM))
                .isEqualTo(ConsolidationTimeliness.NOT_YET_DUE);
        assertThat(ConsolidationTimeliness.of(null, DEADLINE, vietnam(3, 21, 0, 0), VIETNAM))
                .isEqualTo(ConsolidationTimeliness.OVERDUE);
        assertThat(ConsolidationTimeliness.of(vietnam(3, 2, 8, 0), DEADLINE, vietnam(3, 3, 8, 0), VIETNAM))
                .as("sent before it is due").isEqualTo(ConsolidationTimeliness.ON_TIME);
    }

    @Test
    void theDefaultDeadlineIsFiveWorkingDaysAfterTheCutOff() {
        // Sat 14 Mar 2099 → Mon 16 … Fri 20; Mon 14 Sep 2099 → Tue 15 … Fri 18, Mon 21.
        assertThat(ConsolidationDeadlineService.defaultDeadline(ReportPeriod.Q1, 2099)).isEqualTo(DEADLINE);
        assertThat(ConsolidationDeadlineService.defaultDeadline(ReportPeriod.M9, 2099))
                .isEqualTo(LocalDate.of(2099, 9, 21));
        assertThat(ReportPeriod.Q1.defaultDeadline(2099)).as("the units' default: 2 working days")
                .isEqualTo(LocalDate.of(2099, 3, 17));
    }
}
