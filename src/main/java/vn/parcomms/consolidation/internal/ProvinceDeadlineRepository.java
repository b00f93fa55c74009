package vn.parcomms.consolidation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.parcomms.report.ReportPeriod;

public interface ProvinceDeadlineRepository extends JpaRepository<ProvinceDeadline, Long> {

    List<ProvinceDeadline> findByProvinceNodeIdAndYear(long provinceNodeId, int year);

    Optional<ProvinceDeadline> findByProvinceNodeIdAndYearAndPeriod(long provinceNodeId, int year,
            ReportPeriod period);
}
