package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {

    @ParameterizedTest(name = "{0} {1}: window {2} – {4}, increment from {3}, deadline {5}")
    @CsvSource({
        // period, year, cut-off start, increment start, cut-off end, default deadline (cut-off + 2 working days)
        "Q1,   2025, 2024-12-15, 2024-12-15, 2025-03-14, 2025-03-18", // Friday → Tuesday
        "H1,   2025, 2024-12-15, 2025-03-15, 2025-06-14, 2025-06-17", // Saturday → Tuesday
        "M9,   2025, 2024-12-15, 2025-06-15, 2025-09-14, 2025-09-16", // Sunday → Tuesday
        "YEAR, 2025, 2024-12-15, 2025-09-15, 2025-12-14, 2025-12-16", // Sunday → Tuesday
        "Q1,   2026, 2025-12-15, 2025-12-15, 2026-03-14, 2026-03-17", // Saturday → Tuesday
        "H1,   2026, 2025-12-15, 2026-03-15, 2026-06-14, 2026-06-16", // Sunday → Tuesday
        "M9,   2026, 2025-12-15, 2026-06-15, 2026-09-14, 2026-09-16", // Monday → Wednesday
        "YEAR, 2026, 2025-12-15, 2026-09-15, 2026-12-14, 2026-12-16"  // Monday → Wednesday
    })
    void periodsFollowTheDecree09CutOffsAndDefaultToTwoWorkingDaysAfter(ReportPeriod period, int year,
            LocalDate start, LocalDate incrementStart, LocalDate end, LocalDate deadline) {
        assertThat(period.cutOffStart(year)).isEqualTo(start);
        assertThat(period.incrementStart(year)).isEqualTo(incrementStart);
        assertThat(period.cutOffEnd(year)).isEqualTo(end);
        assertThat(period.defaultDeadline(year)).isEqualTo(deadline);
    }

    @ParameterizedTest
    @CsvSource({"Q1, 1", "H1, 2", "M9, 3", "YEAR, 4"})
    void eachPeriodRecordsTheFiguresOfOneQuarterOfOccurrence(ReportPeriod period, int quarter) {
        assertThat(period.quarter()).isEqualTo(quarter);
    }
}
