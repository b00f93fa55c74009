package vn.parcomms.consolidation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.parcomms.report.ReportPeriod;

public interface ConsolidatedReportRepository extends JpaRepository<ConsolidatedReport, Long> {

    Optional<ConsolidatedReport> findByNodeIdAndPlanIdAndPeriod(long nodeId, long planId, ReportPeriod period);
}
