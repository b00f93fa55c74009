package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Lateness and overdue marking against a fixed clock in the province's time zone. */
class FollowUpStatusTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate DEADLINE = LocalDate.of(2025, 3, 18);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    static FollowUpStatus status(ReportStatus status, Instant firstSubmitted, Instant now) {
        Clock clock = Clock.fixed(now, ZONE);
        return FollowUpStatus.of(status, firstSubmitted, DEADLINE, clock.instant(), clock.getZone());
    }

    @Test
    void aReportSubmittedOnTheDeadlineDayIsOnTime() {
        assertThat(status(ReportStatus.SUBMITTED, at("2025-03-18T23:59:00"), at("2025-03-20T08:00:00")))
                .isEqualTo(FollowUpStatus.SUBMITTED);
        assertThat(FollowUpStatus.isLate(at("2025-03-18T23:59:00"), DEADLINE, ZONE)).isFalse();
    }

    @Test
    void aReportSubmittedAfterTheDeadlineDayIsLate() {
        assertThat(status(ReportStatus.SUBMITTED, at("2025-03-19T00:00:00"), at("2025-03-20T08:00:00")))
                .isEqualTo(FollowUpStatus.LATE);
        assertThat(FollowUpStatus.isLate(at("2025-03-19T00:00:00"), DEADLINE, ZONE)).isTrue();
    }

    @Test
    void midnightIsCountedInTheProvincesTimeZoneNotUtc() {
        // 19 March 00:59 in Vietnam is still 18 March in UTC, but late; 18 March 23:59 in Vietnam is on time.
        assertThat(FollowUpStatus.isLate(Instant.parse("2025-03-18T17:59:00Z"), DEADLINE, ZONE)).isTrue();
        assertThat(FollowUpStatus.isLate(Instant.parse("2025-03-18T16:59:00Z"), DEADLINE, ZONE)).isFalse();
    }

    @Test
    void aMissingReportIsNotStartedUntilTheDeadlineEndsAndOverdueAfter() {
        assertThat(status(null, null, at("2025-03-18T22:00:00"))).isEqualTo(FollowUpStatus.NOT_STARTED);
        assertThat(status(null, null, at("2025-03-19T00:00:01"))).isEqualTo(FollowUpStatus.OVERDUE);
    }

    @Test
    void aDraftStillUnsubmittedAtTheDeadlineIsOverdue() {
        assertThat(status(ReportStatus.DRAFT, null, at("2025-03-10T10:00:00"))).isEqualTo(FollowUpStatus.DRAFT);
        assertThat(status(ReportStatus.DRAFT, null, at("2025-04-01T10:00:00"))).isEqualTo(FollowUpStatus.OVERDUE);
    }

    @Test
    void returnedAndAcceptedReportsAreNeverOverdue() {
        assertThat(status(ReportStatus.RETURNED, at("2025-03-17T10:00:00"), at("2025-04-01T10:00:00")))
                .isEqualTo(FollowUpStatus.RETURNED);
        assertThat(status(ReportStatus.ACCEPTED, at("2025-03-25T10:00:00"), at("2025-04-01T10:00:00")))
                .isEqualTo(FollowUpStatus.ACCEPTED);
    }
}
