package vn.parcomms.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.parcomms.consolidation.ConsolidationStatus;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.report.ReportPeriod;

/** The province view of a reviewer for a year and a period. */
public record ProvinceReview(long provinceId, String provinceName, int year, ReportPeriod period, List<Integer> years,
        List<Agency> agencies, List<IndicatorTotal> indicators, List<ChannelTotal> channels, ProvincePlan provincePlan) {

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

    /** One agency (a child of the province node) with its plan of the year and its consolidated reports. */
    public record Agency(long nodeId, String name, Long planId, PlanStatus planStatus, String planNumber,
            LocalDate issueDate, Map<ReportPeriod, Consolidated> consolidated) {
    }

    /** The agency's consolidated report of a period; sentOn: the day (Vietnam time) it was last sent upward. */
    public record Consolidated(long id, ConsolidationStatus status, LocalDate sentOn) {
    }

    /**
     * One indicator over the province: target of the agencies' issued plans and the cumulative
     * figures of the accepted unit reports up to the period.
     */
    public record IndicatorTotal(long indicatorId, String name, String nameEn, String unit, long target,
            long actual) {
    }

    /**
     * One indicator on one channel: the same sums as {@link IndicatorTotal} over the activities
     * that use the channel (an activity on two channels counts on both).
     */
    public record ChannelTotal(long channelId, String channelName, String channelNameEn, long indicatorId,
            String name, String nameEn, String unit, long target, long actual) {
    }
}
