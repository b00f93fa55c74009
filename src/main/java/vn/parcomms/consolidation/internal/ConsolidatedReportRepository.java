package vn.parcomms.consolidation.internal;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.parcomms.report.ReportPeriod;

public interface ConsolidatedReportRepository extends JpaRepository<ConsolidatedReport, Long> {

    /** The latest version of the node's report for the plan and period. */
    Optional<ConsolidatedReport> findFirstByNodeIdAndPlanIdAndPeriodOrderByVersionNoDesc(long nodeId, long planId,
            ReportPeriod period);

    /**
     * The report with its row locked until the transaction ends: of two transitions sent at once
     * (a double click) the second waits for the first and then sees what it did.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ConsolidatedReport r where r.id = :id")
    Optional<ConsolidatedReport> findForChange(long id);

    Optional<ConsolidatedReport> findFirstByCorrectionOf(long reportId);

    /** Sent reports whose figures were never stored (sent before figures were frozen at sending). */
    List<ConsolidatedReport> findByFrozenAtIsNullAndSentAtIsNotNull();
}
