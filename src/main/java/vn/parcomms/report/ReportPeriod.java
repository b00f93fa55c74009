package vn.parcomms.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;

/**
 * The reporting periods of a plan year with the data cut-off windows the Ministry of Home
 * Affairs applies under Decree 09/2019/NĐ-CP: every window opens on 15 December of the previous
 * year and closes on the 14th of the period's last month.
 *
 * <p>How figures relate to periods: each period's report records only what happened since the
 * previous period's cut-off (its <em>increment</em>: Q1 15 Dec–14 Mar, then 15 Mar–14 Jun,
 * 15 Jun–14 Sep, 15 Sep–14 Dec), i.e. the figures of one quarter of occurrence. The 6-month,
 * 9-month and year values are cumulative and derived: the sum of the increments of this and the
 * earlier periods. So every figure is typed once, in the report of the quarter it happened in.
 */
public enum ReportPeriod {
    Q1(1, MonthDay.of(3, 14)),
    H1(2, MonthDay.of(6, 14)),
    M9(3, MonthDay.of(9, 14)),
    YEAR(4, MonthDay.of(12, 14));

    /** Working days between the cut-off and the units' deadline unless the office sets another date. */
    public static final int DEFAULT_WORKING_DAYS_AFTER_CUT_OFF = 2;

    private final int quarter;
    private final MonthDay cutOffEnd;

    ReportPeriod(int quarter, MonthDay cutOffEnd) {
        this.quarter = quarter;
        this.cutOffEnd = cutOffEnd;
    }

    /** The quarter of occurrence whose figures this period's report records (1–4). */
    public int quarter() {
        return quarter;
    }

    /** First day of the (cumulative) data window: 15 December of the previous year. */
    public LocalDate cutOffStart(int year) {
        return LocalDate.of(year - 1, 12, 15);
    }

    /** Last day of the data window. */
    public LocalDate cutOffEnd(int year) {
        return cutOffEnd.atYear(year);
    }

    /** First day of this period's increment: the day after the previous period's cut-off. */
    public LocalDate incrementStart(int year) {
        return this == Q1 ? cutOffStart(year) : values()[ordinal() - 1].cutOffEnd(year).plusDays(1);
    }

    /** The units' deadline when the office has not set one: cut-off + 2 working days (weekends skipped). */
    public LocalDate defaultDeadline(int year) {
        return addWorkingDays(cutOffEnd(year), DEFAULT_WORKING_DAYS_AFTER_CUT_OFF);
    }

    /** The cut-off plus {@code days} working days (weekends skipped; public holidays are not known). */
    public LocalDate workingDaysAfterCutOff(int year, int days) {
        return addWorkingDays(cutOffEnd(year), days);
    }

    /** This period and the earlier ones of the year, whose increments add up to its cumulative values. */
    public boolean includes(ReportPeriod other) {
        return other.ordinal() <= ordinal();
    }

    /** The periods whose increments this period's cumulative values add up: it and the earlier ones. */
    public List<ReportPeriod> included() {
        return Arrays.stream(values()).filter(this::includes).toList();
    }

    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
