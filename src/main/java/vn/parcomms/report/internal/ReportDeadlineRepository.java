package vn.parcomms.report.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.parcomms.report.ReportPeriod;

public interface ReportDeadlineRepository extends JpaRepository<ReportDeadline, Long> {

    List<ReportDeadline> findByNodeIdAndYear(long nodeId, int year);

    List<ReportDeadline> findByNodeIdInAndYearIn(Collection<Long> nodeIds, Collection<Integer> years);

    Optional<ReportDeadline> findByNodeIdAndYearAndPeriod(long nodeId, int year, ReportPeriod period);
}
