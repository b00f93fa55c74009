package vn.parcomms.plan.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActivityRepository extends JpaRepository<PlanActivity, Long> {
}
