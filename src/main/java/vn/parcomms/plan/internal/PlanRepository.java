package vn.parcomms.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    /**
     * Plans a user may list: those issued by a node in the user's scope, and issued plans of the
     * nodes above the user's own (the plans the user's unit implements). One query, scoped by
     * the organisation path index.
     */
    @Query(value = """
            select p.id as id, p.version_no as versionNo, p.plan_year as year, p.doc_number as docNumber,
                   p.doc_symbol as docSymbol, p.title as title, p.status as status,
                   p.issuing_node_id as issuingNodeId, n.name as issuingNodeName, p.issue_date as issueDate,
                   p.parent_plan_id as parentPlanId, p.updated_at as updatedAt,
                   (select count(*) from plan_activity a where a.plan_id = p.id) as activityCount
            from plan p join org_node n on n.id = p.issuing_node_id
            where (n.path like :scopePath || '%'
                   or (p.status in ('ISSUED', 'CLOSED', 'SUPERSEDED') and :userPath like n.path || '%'))
              and (cast(:year as integer) is null or p.plan_year = cast(:year as integer))
              and (cast(:nodeId as bigint) is null or p.issuing_node_id = cast(:nodeId as bigint))
              and (cast(:status as text) is null or p.status = cast(:status as text))
              and (:includeSuperseded or p.status <> 'SUPERSEDED')
            order by p.plan_year desc, n.path, p.version_no desc
            limit 500""", nativeQuery = true)
    List<PlanRow> list(@Param("scopePath") String scopePath, @Param("userPath") String userPath,
            @Param("year") Integer year, @Param("nodeId") Long nodeId, @Param("status") String status,
            @Param("includeSuperseded") boolean includeSuperseded);

    /**
     * One page of the plan list page: the plans {@link #list} would show, narrowed to the subtree
     * of {@code nodePath} and to issuing nodes whose name, short name or code contains
     * {@code text} ignoring case, tones and đ/d. Ordered as {@link #list}, the id last so that
     * pages never overlap. The page's ids are chosen first and the activity counts taken for
     * those rows only: with the count in the outer select PostgreSQL computes it for every row
     * an OFFSET skips too (33 ms instead of 4 for the last page of a 1,241-plan province).
     */
    @Query(value = """
            select p.id as id, p.version_no as versionNo, p.plan_year as year, p.doc_number as docNumber,
                   p.doc_symbol as docSymbol, p.title as title, p.status as status,
                   p.issuing_node_id as issuingNodeId, n.name as issuingNodeName, p.issue_date as issueDate,
                   p.parent_plan_id as parentPlanId, p.updated_at as updatedAt,
                   (select count(*) from plan_activity a where a.plan_id = p.id) as activityCount
            from (select p.id from plan p join org_node n on n.id = p.issuing_node_id
                  where \s""" + PAGE_FILTER + """
                  order by p.plan_year desc, n.path, p.version_no desc, p.id desc
                  limit :limit offset :offset) shown
            join plan p on p.id = shown.id join org_node n on n.id = p.issuing_node_id
            order by p.plan_year desc, n.path, p.version_no desc, p.id desc""", nativeQuery = true)
    List<PlanRow> page(@Param("scopePath") String scopePath, @Param("userPath") String userPath,
            @Param("year") Integer year, @Param("nodePath") String nodePath, @Param("text") String text,
            @Param("status") String status, @Param("includeSuperseded") boolean includeSuperseded,
            @Param("limit") int limit, @Param("offset") long offset);

    /** How many plans {@link #page} finds across all pages. */
    @Query(value = "select count(*) from plan p join org_node n on n.id = p.issuing_node_id where " + PAGE_FILTER,
            nativeQuery = true)
    long countPage(@Param("scopePath") String scopePath, @Param("userPath") String userPath,
            @Param("year") Integer year, @Param("nodePath") String nodePath, @Param("text") String text,
            @Param("status") String status, @Param("includeSuperseded") boolean includeSuperseded);

    /** The where clause of {@link #page} and {@link #countPage}: one definition, so the count matches the pages. */
    String PAGE_FILTER = """
            (n.path like :scopePath || '%'
                   or (p.status in ('ISSUED', 'CLOSED', 'SUPERSEDED') and :userPath like n.path || '%'))
              and (cast(:year as integer) is null or p.plan_year = cast(:year as integer))
              and (cast(:nodePath as text) is null or n.path like cast(:nodePath as text) || '%')
              and (cast(:text as text) is null
                   or vn_fold(n.name) like vn_contains_pattern(cast(:text as text)) escape '\\'
                   or vn_fold(n.code) like vn_contains_pattern(cast(:text as text)) escape '\\'
                   or vn_fold(n.short_name) like vn_contains_pattern(cast(:text as text)) escape '\\')
              and (cast(:status as text) is null or p.status = cast(:status as text))
              and (:includeSuperseded or p.status <> 'SUPERSEDED')
            """;

    @Query(value = """
            select p.id as id, p.version_no as versionNo, p.plan_year as year, p.doc_number as docNumber,
                   p.doc_symbol as docSymbol, p.title as title, p.status as status,
                   p.issuing_node_id as issuingNodeId, n.name as issuingNodeName, p.issue_date as issueDate,
                   p.parent_plan_id as parentPlanId, p.updated_at as updatedAt,
                   (select count(*) from plan_activity a where a.plan_id = p.id) as activityCount
            from plan p join org_node n on n.id = p.issuing_node_id
            where p.id in (:ids)""", nativeQuery = true)
    List<PlanRow> rows(@Param("ids") List<Long> ids);

    @Query("select p.id from Plan p where p.lineageId = :lineage order by p.versionNo")
    List<Long> versionIds(@Param("lineage") UUID lineageId);

    /** Plans (any version) whose parent is one of the versions of a lineage: the implementing plans. */
    @Query(value = """
            select p.id as id, p.issuing_node_id as nodeId, p.status as status, p.version_no as versionNo
            from plan p where p.parent_plan_id in (select id from plan where lineage_id = :lineage)
            order by p.issuing_node_id, p.version_no desc""", nativeQuery = true)
    List<ChildRow> implementingPlans(@Param("lineage") UUID lineageId);

    @Query(value = "select distinct p.plan_year from plan p join org_node n on n.id = p.issuing_node_id "
            + "where n.path like :scopePath || '%' order by 1 desc", nativeQuery = true)
    List<Integer> yearsInScope(@Param("scopePath") String scopePath);

    /**
     * Issued plans of the nodes above a node, in the tree or on its reporting line (ADR 0016):
     * candidates for a plan to implement.
     */
    @Query(value = """
            select p.id from plan p join org_node n on n.id = p.issuing_node_id
            where p.status in ('ISSUED', 'CLOSED') and p.issuing_node_id <> :nodeId
              and (:nodePath like n.path || '%' or p.issuing_node_id in (select org_reporting_line(:nodeId)))
            order by p.plan_year desc, n.depth desc""", nativeQuery = true)
    List<Long> issuedPlansAbove(@Param("nodePath") String nodePath, @Param("nodeId") long nodeId);

    @Query(value = """
            select count(*) from plan p where p.issuing_node_id = :nodeId and lower(p.doc_number) = lower(:number)
              and p.doc_symbol = :symbol and extract(year from p.issue_date) = :year and p.lineage_id <> :lineage
              and p.status in ('ISSUED', 'CLOSED', 'SUPERSEDED')""", nativeQuery = true)
    long countSameNumber(@Param("nodeId") long nodeId, @Param("number") String number, @Param("symbol") String symbol,
            @Param("year") int year, @Param("lineage") UUID lineage);

    @Query("select count(p) > 0 from Plan p where p.issuingNodeId = :nodeId")
    boolean existsByIssuingNode(@Param("nodeId") long nodeId);

    /**
     * Activities that issued plans of other bodies assign to a node as lead or cooperating unit.
     * The node's own plans are left out: their activities restate the assigned ones. The union
     * lets both node indexes drive the query; an OR with EXISTS made PostgreSQL read every activity
     * of every issued plan (60 ms at province scale, see docs/performance.md).
     */
    @Query(value = """
            select a.id from plan_activity a join plan p on p.id = a.plan_id
            where p.status = 'ISSUED' and p.issuing_node_id <> :nodeId
              and a.id in (select l.id from plan_activity l where l.lead_node_id = :nodeId
                           union select c.activity_id from plan_activity_cooperator c where c.node_id = :nodeId)
            order by p.plan_year desc, p.id, a.position""", nativeQuery = true)
    List<Long> assignedActivityIds(@Param("nodeId") long nodeId);

    /**
     * Issued plans of other bodies that assign a node work (as lead or cooperating unit) and that a
     * user of that node may read: the plans a unit reports on. The node's own plans are left out.
     */
    @Query(value = """
            select p.id as id, p.lineage_id as lineageId, p.issuing_node_id as issuingNodeId,
                   p.doc_number as docNumber, p.doc_symbol as docSymbol, p.title as title, p.plan_year as year,
                   p.status as status,
                   (select min(f.issue_date) from plan f where f.lineage_id = p.lineage_id
                      and f.status in ('ISSUED', 'SUPERSEDED', 'CLOSED')) as firstIssueDate
            from plan p join org_node n on n.id = p.issuing_node_id
            where p.status = 'ISSUED' and p.issuing_node_id <> :nodeId
              and p.id in (select a.plan_id from plan_activity a
                           where a.lead_node_id in (select l.node_id from org_lineage(:nodeId) l)
                           union select a.plan_id from plan_activity a
                                 join plan_activity_cooperator c on c.activity_id = a.id where c.node_id = :nodeId)
              and (:userPath like n.path || '%' or n.path like :scopePath || '%'
                   or p.issuing_node_id in (select org_reporting_line(:nodeId)))
            order by p.plan_year desc, p.id""", nativeQuery = true)
    List<DutyRow> reportingDuties(@Param("nodeId") long nodeId, @Param("userPath") String userPath,
            @Param("scopePath") String scopePath);

    /** Every version of a node's own plans implementing a version of one of the lineages. */
    @Query(value = """
            select c.id as id, c.lineage_id as lineageId, c.version_no as versionNo, c.status as status,
                   v.lineage_id as parentLineageId
            from plan c join plan v on v.id = c.parent_plan_id
            where c.issuing_node_id = :nodeId and v.lineage_id in (:lineages)
            order by c.version_no desc, c.id desc""", nativeQuery = true)
    List<ImplementationRow> implementationsOf(@Param("nodeId") long nodeId,
            @Param("lineages") Collection<UUID> lineages);

    /**
     * When each activity of the plans is due, who leads it, and whether the node or one of its
     * predecessors leads it (ADR 0023: a successor reports on its predecessors' work).
     */
    @Query(value = """
            select a.plan_id as planId, a.lead_node_id as leadNodeId, a.quarters as quarters, a.due_date as dueDate,
                   a.lead_node_id in (select l.node_id from org_lineage(:nodeId) l) as ledByNode
            from plan_activity a where a.plan_id in (:planIds) order by a.plan_id, a.position""", nativeQuery = true)
    List<TimingRow> timings(@Param("planIds") Collection<Long> planIds, @Param("nodeId") long nodeId);

    /** The day each lineage's first version was issued (ADR 0032), for lineages issued at all. */
    @Query(value = """
            select f.lineage_id as lineageId, min(f.issue_date) as firstIssueDate from plan f
            where f.lineage_id in (:lineages) and f.status in ('ISSUED', 'SUPERSEDED', 'CLOSED')
              and f.issue_date is not null
            group by f.lineage_id""", nativeQuery = true)
    List<FirstIssueRow> firstIssueDates(@Param("lineages") Collection<UUID> lineages);

    interface FirstIssueRow {
        UUID getLineageId();

        java.time.LocalDate getFirstIssueDate();
    }

    interface DutyRow {
        long getId();

        UUID getLineageId();

        long getIssuingNodeId();

        String getDocNumber();

        String getDocSymbol();

        String getTitle();

        int getYear();

        String getStatus();

        java.time.LocalDate getFirstIssueDate();
    }

    interface ImplementationRow {
        long getId();

        UUID getLineageId();

        int getVersionNo();

        String getStatus();

        UUID getParentLineageId();
    }

    interface TimingRow {
        long getPlanId();

        long getLeadNodeId();

        String getQuarters();

        LocalDate getDueDate();

        boolean getLedByNode();
    }

    interface PlanRow {
        long getId();

        int getVersionNo();

        int getYear();

        String getDocNumber();

        String getDocSymbol();

        String getTitle();

        String getStatus();

        long getIssuingNodeId();

        String getIssuingNodeName();

        LocalDate getIssueDate();

        Long getParentPlanId();

        Instant getUpdatedAt();

        long getActivityCount();
    }

    interface ChildRow {
        long getId();

        long getNodeId();

        String getStatus();

        int getVersionNo();
    }

    /**
     * Takes the row locks of every version of a plan until the transaction ends: copy-forward and
     * implement lock the plan they start from, so that parallel clicks run one after the other and each sees
     * what the one before it created.
     */
    @Query(value = "select id from plan where lineage_id = :lineage order by id for update", nativeQuery = true)
    List<Long> lockLineage(@Param("lineage") UUID lineageId);

    @Query(value = "select id from plan where copied_from_lineage_id = :lineage", nativeQuery = true)
    Optional<Long> copyForwardOf(@Param("lineage") UUID lineageId);

    /**
     * The to-do list's plans of one node: submitted ones waiting for approval and/or drafts
     * returned with a reason. One query on the issuing node.
     */
    @Query(value = """
            select p.id as id, p.plan_year as year, p.doc_number as docNumber, p.doc_symbol as docSymbol,
                   p.title as title, p.status as status, p.return_reason as returnReason
            from plan p
            where p.issuing_node_id = :nodeId
              and ((:submitted and p.status = 'SUBMITTED')
                   or (:returned and p.status = 'DRAFT' and p.return_reason is not null))
            order by p.updated_at desc, p.id desc
            limit 50""", nativeQuery = true)
    List<PlanToDoRow> toDo(@Param("nodeId") long nodeId, @Param("submitted") boolean submitted,
            @Param("returned") boolean returned);

    interface PlanToDoRow {
        long getId();

        int getYear();

        String getDocNumber();

        String getDocSymbol();

        String getTitle();

        String getStatus();

        String getReturnReason();
    }
}
