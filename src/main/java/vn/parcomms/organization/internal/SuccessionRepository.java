package vn.parcomms.organization.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SuccessionRepository extends JpaRepository<Succession, Long> {

    /** Every change the node took part in: made from its page, or as a predecessor or successor. */
    @Query("""
            select distinct s from Succession s left join s.links l
            where s.nodeId = :id or l.predecessorId = :id or l.successorId = :id
            order by s.effectiveDate desc, s.id desc""")
    List<Succession> involving(@Param("id") long nodeId);

    /** The predecessors whose main successor is the node, each with the effective date. */
    @Query(value = """
            select l.predecessor_id, s.effective_date from org_node_succession_link l
            join org_node_succession s on s.id = l.succession_id
            where l.successor_id = :id and l.main order by s.effective_date, l.predecessor_id""", nativeQuery = true)
    List<Object[]> mainPredecessors(@Param("id") long successorId);
}
