package vn.parcomms.plan.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanEventRepository extends JpaRepository<PlanEvent, Long> {

    @Query("select e from PlanEvent e where e.planId in :planIds order by e.at desc, e.id desc")
    List<PlanEvent> findByPlanIds(@Param("planIds") List<Long> planIds);

    /** The plan's latest step. */
    Optional<PlanEvent> findFirstByPlanIdOrderByAtDescIdDesc(long planId);
}
