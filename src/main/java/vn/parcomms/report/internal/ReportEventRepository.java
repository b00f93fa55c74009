package vn.parcomms.report.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportEventRepository extends JpaRepository<ReportEvent, Long> {

    List<ReportEvent> findByReportIdOrderByAtAscIdAsc(long reportId);

    long countByReportIdAndAction(long reportId, String action);
}
