package vn.parcomms.assessment.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

    Optional<SelfAssessment> findByNodeIdAndYear(long nodeId, int year);

    /**
     * The assessment to change: its version moves on at commit whatever changed (a save may change
     * only entries and links, which would otherwise leave the version where it was and let a stale
     * form through).
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select a from SelfAssessment a where a.nodeId = :nodeId and a.year = :year")
    Optional<SelfAssessment> findForChange(long nodeId, int year);
}
