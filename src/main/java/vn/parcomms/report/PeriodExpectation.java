package vn.parcomms.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether a plan's units are expected to report for a period, and by when (ADR 0032). A period
 * whose deadline passed before the plan was first issued is {@link State#UNDECIDED} until the
 * issuing office decides: expected with a new deadline, or not expected. Every page, the rollups
 * and the reminders read a period through {@link #of}, the one rule.
 */
public record PeriodExpectation(ReportPeriod period, State state, LocalDate deadline, LocalDate setDeadline,
        Decision decision) {

    public enum State {
        /** Units report by {@link #deadline()}: the node's deadline, or the one the office gave. */
        EXPECTED,
        /** The deadline had passed when the plan was issued and the office has not decided yet. */
        UNDECIDED,
        /** The office decided that units do not report for this period of this plan. */
        NOT_EXPECTED
    }

    /** What the issuing office decided for a plan and period, by whom and when. */
    public record Decision(boolean expected, LocalDate deadline, String decidedByName, Instant decidedAt) {
    }

    /**
     * The one rule.
     *
     * @param setDeadline the deadline the issuing node set for the period (or its default)
     * @param firstIssued the day the plan's first version was issued, null while it is not
     * @param decision    the office's decision for the plan and period, null if none
     */
    public static PeriodExpectation of(ReportPeriod period, LocalDate setDeadline, LocalDate firstIssued,
            Decision decision) {
        if (decision != null) {
            return decision.expected()
                    ? new PeriodExpectation(period, State.EXPECTED, decision.deadline(), setDeadline, decision)
                    : new PeriodExpectation(period, State.NOT_EXPECTED, setDeadline, setDeadline, decision);
        }
        if (passedBeforeIssue(setDeadline, firstIssued)) {
            return new PeriodExpectation(period, State.UNDECIDED, setDeadline, setDeadline, null);
        }
        return new PeriodExpectation(period, State.EXPECTED, setDeadline, setDeadline, null);
    }

    /** Whether the office may (and should) decide this period: its deadline was before the plan's issue. */
    public static boolean passedBeforeIssue(LocalDate setDeadline, LocalDate firstIssued) {
        return firstIssued != null && setDeadline.isBefore(firstIssued);
    }

    /** Whether the office has a decision to take or change for this period. */
    public boolean decidable() {
        return decision != null || state == State.UNDECIDED;
    }

    public boolean expected() {
        return state == State.EXPECTED;
    }
}
