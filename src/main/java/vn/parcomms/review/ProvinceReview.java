package vn.parcomms.review;

import vn.parcomms.shared.DisplayFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.parcomms.consolidation.ConsolidationStatus;
import vn.parcomms.consolidation.ConsolidationTimeliness;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.report.ReportPeriod;

/**
 * The province view of a reviewer for a year and a period; {@code deadlines} are the agencies'
 * consolidated report deadlines of the year and {@code summaries} their completeness and timeliness
 * per period (all four periods, whatever period is chosen for the totals).
 */
public record ProvinceReview(long provinceId, String provinceName, int year, ReportPeriod period, List<Integer> years,
        List<Agency> agencies, List<IndicatorTotal> indicators, List<ChannelTotal> channels, ProvincePlan provincePlan,
        Map<ReportPeriod, LocalDate> deadlines, List<PeriodSummary> summaries) {

    /**
     * The agencies' consolidated reports of one period: expected (every active agency, and a
     * deactivated one that sent), sent (at least once), on time, late, overdue and not yet due by
     * timeliness; completeness = sent ÷ expected, timeliness = on time ÷ (on time + late + overdue),
     * in percent with one decimal, null when the divisor is 0.
     */
    public record PeriodSummary(ReportPeriod period, LocalDate deadline, int expected, int sent, int onTime, int late,
            int overdue, int notYetDue) {

        public Double completenessPercent() {
            return percent(sent, expected);
        }

        public Double timelinessPercent() {
            return percent(onTime, onTime + late + overdue);
        }

        static Double percent(int part, int whole) {
            return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
        }
    }

    /**
     * The issued plan of the province node for the year (null fields when there is none), the
     * agencies whose issued plans implement it, and per content item the agencies carrying it.
     */
    public record ProvincePlan(Long id, String number, List<AgencyRef> implementing, List<ContentCoverage> contents) {
    }

    /** An agency named in a list. */
    public record AgencyRef(long nodeId, String name) {
    }

    /**
     * A content item of the province plan (numbered from 1 in plan order) and the agencies whose
     * issued implementing plans have an activity linked to one of the item's activities.
     */
    public record ContentCoverage(int number, String label, List<AgencyRef> agencies) {
    }

    /**
     * One agency (a child of the province node) with its plan of the year, its consolidated reports
     * and their timeliness per period (no entry when the agency is not expected to report).
     * {@code included}: the agencies merged into it (ADR 0023), each named as on its last day, whose
     * reports of the periods that ended by that day stand in the row where it sent none itself.
     */
    /** {@code receives}: the reviewer's own agency (Sở Nội vụ), which receives the reports and sends none to itself. */
    public record Agency(long nodeId, String name, Long planId, PlanStatus planStatus, String planNumber,
            LocalDate issueDate, Map<ReportPeriod, Consolidated> consolidated,
            Map<ReportPeriod, ConsolidationTimeliness> timeliness, List<LineageLink> included, boolean receives) {
    }

    /**
     * The agency's consolidated report of a period; sentOn: the day (Vietnam time) it was last sent
     * upward, firstSentOn: the day it was first sent, which its timeliness counts.
     */
    public record Consolidated(long id, ConsolidationStatus status, LocalDate sentOn, LocalDate firstSentOn) {

        /** Sent again after Home Affairs returned it. */
        public boolean resent() {
            return sentOn != null && !sentOn.equals(firstSentOn);
        }
    }

    /**
     * One indicator over the province: target of the agencies' issued plans and the cumulative
     * figures of the accepted unit reports up to the period.
     */
    public record IndicatorTotal(long indicatorId, String name, String nameEn, String unit, String unitEn,
            long target, long actual) {

        public String unitIn(String language) {
            return DisplayFormat.named(language, unit, unitEn);
        }
    }

    /**
     * One indicator on one channel: the same sums as {@link IndicatorTotal} over the activities
     * that use the channel (an activity on two channels counts on both).
     */
    public record ChannelTotal(long channelId, String channelName, String channelNameEn, long indicatorId,
            String name, String nameEn, String unit, String unitEn, long target, long actual) {

        public String unitIn(String language) {
            return DisplayFormat.named(language, unit, unitEn);
        }
    }
}
