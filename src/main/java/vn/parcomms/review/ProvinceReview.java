package vn.parcomms.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.parcomms.consolidation.ConsolidationStatus;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.report.ReportPeriod;

/** The province view of a reviewer for a year and a period. */
public record ProvinceReview(long provinceId, String provinceName, int year, ReportPeriod period, List<Integer> years,
        List<Agency> agencies, List<IndicatorTotal> indicators) {

    /** One agency (a child of the province node) with its plan of the year and its consolidated reports. */
    public record Agency(long nodeId, String name, Long planId, PlanStatus planStatus, String planNumber,
            LocalDate issueDate, Map<ReportPeriod, Consolidated> consolidated) {
    }

    /** The agency's consolidated report of a period; sentOn is the day (Vietnam time) it was last sent to Home Affairs. */
    public record Consolidated(long id, ConsolidationStatus status, LocalDate sentOn) {
    }

    /**
     * One indicator over the province: target of the agencies' issued plans and the cumulative
     * figures of the accepted unit reports up to the period.
     */
    public record IndicatorTotal(long indicatorId, String name, String nameEn, String unit, long target,
            long actual) {
    }
}
