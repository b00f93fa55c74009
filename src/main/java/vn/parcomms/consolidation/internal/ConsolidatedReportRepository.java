package vn.parcomms.consolidation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.parcomms.report.ReportPeriod;

public interface ConsolidatedReportRepository extends JpaRepository<ConsolidatedReport, Long> {

    /** The latest version of the node's report for the plan and period. */
    Optional<ConsolidatedReport> findFirstByNodeIdAndPlanIdAndPeriodOrderByVersionNoDesc(long nodeId, long planId,
            ReportPeriod period);

    Optional<ConsolidatedReport> findFirstByCorrectionOf(long reportId);

    /** Sent reports whose figures were never stored (sent before figures were frozen at sending). */
    List<ConsolidatedReport> findByFrozenAtIsNullAndSentAtIsNotNull();
}
