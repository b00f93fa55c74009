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
        return FollowUpStatus.of(status, firstSubmitted, PeriodExpectation.of(ReportPeriod.Q1, DEADLINE, null, null),
                clock.instant(), clock.getZone());
    }

    static FollowUpStatus status(ReportStatus status, Instant firstSubmitted, Instant now, LocalDate firstIssued,
            PeriodExpectation.Decision decision) {
        return FollowUpStatus.of(status, firstSubmitted, PeriodExpectation.of(ReportPeriod.Q1, DEADLINE, firstIssued,
                decision), now, ZONE);
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

    // ADR 0032: a plan issued in May does not make Q1 overdue the day it is issued.

    @Test
    void aPeriodDueBeforeThePlanWasIssuedAwaitsTheOfficeInsteadOfBeingOverdue() {
        Instant may = at("2025-05-20T10:00:00");
        assertThat(status(null, null, may, LocalDate.of(2025, 5, 10), null))
                .isEqualTo(FollowUpStatus.AWAITING_DECISION);
        assertThat(status(ReportStatus.DRAFT, null, may, LocalDate.of(2025, 5, 10), null))
                .isEqualTo(FollowUpStatus.AWAITING_DECISION);
        // issued on the deadline day itself: the period was still open, so it is overdue as usual
        assertThat(status(null, null, may, DEADLINE, null)).isEqualTo(FollowUpStatus.OVERDUE);
    }

    @Test
    void aPeriodTheOfficeDoesNotExpectIsNeverOverdueNorLateButAFiledReportStillShows() {
        var no = new PeriodExpectation.Decision(false, null, "Văn phòng", at("2025-05-12T09:00:00"));
        Instant may = at("2025-05-20T10:00:00");
        assertThat(status(null, null, may, LocalDate.of(2025, 5, 10), no)).isEqualTo(FollowUpStatus.NOT_EXPECTED);
        assertThat(status(ReportStatus.SUBMITTED, may, may, LocalDate.of(2025, 5, 10), no))
                .isEqualTo(FollowUpStatus.SUBMITTED);
        assertThat(status(ReportStatus.ACCEPTED, may, may, LocalDate.of(2025, 5, 10), no))
                .isEqualTo(FollowUpStatus.ACCEPTED);
        assertThat(FollowUpStatus.isLate(may, PeriodExpectation.of(ReportPeriod.Q1, DEADLINE, LocalDate.of(2025, 5, 10),
                no), ZONE)).isFalse();
    }

    @Test
    void anExpectedPeriodCountsTheNewDeadline() {
        var yes = new PeriodExpectation.Decision(true, LocalDate.of(2025, 6, 5), "Văn phòng", at("2025-05-12T09:00:00"));
        LocalDate issued = LocalDate.of(2025, 5, 10);
        assertThat(status(null, null, at("2025-06-05T20:00:00"), issued, yes)).isEqualTo(FollowUpStatus.NOT_STARTED);
        assertThat(status(null, null, at("2025-06-06T08:00:00"), issued, yes)).isEqualTo(FollowUpStatus.OVERDUE);
        assertThat(status(ReportStatus.SUBMITTED, at("2025-06-04T08:00:00"), at("2025-06-10T08:00:00"), issued, yes))
                .isEqualTo(FollowUpStatus.SUBMITTED);
        assertThat(status(ReportStatus.SUBMITTED, at("2025-06-07T08:00:00"), at("2025-06-10T08:00:00"), issued, yes))
                .isEqualTo(FollowUpStatus.LATE);
    }
}
