package vn.parcomms.organization.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.parcomms.organization.OrgNodeView;

public interface OrgNodeRepository extends JpaRepository<OrgNode, Long> {

    /** The roots of the installation's trees: one per province (ADR 0026). */
    @org.springframework.data.jpa.repository.Query("select n from OrgNode n where n.parentId is null order by n.name, n.id")
    java.util.List<OrgNode> findRoots();


    boolean existsByCodeIgnoreCase(String code);

    Optional<OrgNode> findByCodeIgnoreCase(String code);

    @Query("""
            select new vn.parcomms.organization.OrgNodeView(n.id, n.code, n.name, n.shortName, n.kind, n.parentId,
                n.depth, n.active, n.version, n.place)
            from OrgNode n where n.path like concat(:path, '%') order by n.depth, n.name""")
    List<OrgNodeView> findSubtree(@Param("path") String path);

    /**
     * The nodes of a subtree whose name, code or short name contains {@code text} ignoring case,
     * tones and đ/d (see {@link vn.parcomms.shared.SearchText}); the trigram indexes of V80 serve it.
     */
    @Query("""
            select new vn.parcomms.organization.OrgNodeView(n.id, n.code, n.name, n.shortName, n.kind, n.parentId,
                n.depth, n.active, n.version, n.place)
            from OrgNode n where n.path like concat(:path, '%')
              and (vn_fold(n.name) like vn_contains_pattern(:text) escape '\\'
                   or vn_fold(n.code) like vn_contains_pattern(:text) escape '\\'
                   or vn_fold(n.shortName) like vn_contains_pattern(:text) escape '\\')
            order by n.depth, n.name, n.id""")
    List<OrgNodeView> searchSubtree(@Param("path") String path, @Param("text") String text, Limit limit);

    @Query("""
            select new vn.parcomms.organization.OrgNodeView(n.id, n.code, n.name, n.shortName, n.kind, n.parentId,
                n.depth, n.active, n.version, n.place)
            from OrgNode n where n.parentId = :parentId order by n.name, n.id""")
    List<OrgNodeView> findChildren(@Param("parentId") long parentId);

    /** Nodes with one of these upper-case codes, each with its parent's code and path. */
    @Query("""
            select n, p.code from OrgNode n left join OrgNode p on p.id = n.parentId
            where upper(n.code) in :codes""")
    List<Object[]> findByUpperCodes(@Param("codes") java.util.Collection<String> codes);

    @Query("select count(n) from OrgNode n where n.parentId = :id and n.active = true")
    long countActiveChildren(@Param("id") long id);

    @Query("select count(n) from OrgNode n where n.parentId = :id")
    long countChildren(@Param("id") long id);

    @Query("select count(n) from OrgNode n where n.path like concat(:path, '%') and n.active = true")
    long countActiveInSubtree(@Param("path") String path);

    /** Rewrites the paths of a moved subtree in one statement. */
    @Modifying
    @Query(value = """
            update org_node set path = :newPrefix || substring(path from char_length(:oldPrefix) + 1),
                depth = depth + :depthChange, updated_at = now()
            where path like :oldPrefix || '%' and id <> :movedId""", nativeQuery = true)
    int rewriteSubtreePaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix,
            @Param("depthChange") int depthChange, @Param("movedId") long movedId);

    @Query("""
            select case when count(n) > 0 then true else false end from OrgNode n, OrgNode a
            where n.id = :nodeId and a.id = :ancestorId and n.path like concat(a.path, '%')""")
    boolean isWithin(@Param("nodeId") long nodeId, @Param("ancestorId") long ancestorId);

    /** Whether a node lies in the reporting scope of another (V107, ADR 0016): the other is on its line of reports. */
    @Query(value = "select exists (select 1 from org_reporting_line(:nodeId) s where s = :rootId)",
            nativeQuery = true)
    boolean isInReportingScope(@Param("nodeId") long nodeId, @Param("rootId") long rootId);

    /** The ids of the reporting scope of the node with the path, the node included. */
    @Query(value = "select s from org_reporting_scope(:rootPath) s", nativeQuery = true)
    List<Long> reportingScope(@Param("rootPath") String rootPath);

    /** Whether {@code target} is reached from {@code start} going up parents and reporting lines. */
    @Query(value = "select org_line_reaches(:start, :target)", nativeQuery = true)
    boolean lineReaches(@Param("start") long start, @Param("target") long target);

    /** The reporting lines leaving or reaching a subtree: the node that reports elsewhere and its body. */
    @Query(value = """
            select n.id as nodeId, n.name as nodeName, r.id as bodyId, r.name as bodyName
            from org_node n join org_node r on r.id = n.reporting_parent_id
            where n.reporting_parent_id is not null and (n.path like :path || '%' or r.path like :path || '%')
            order by n.name, n.id""", nativeQuery = true)
    List<LineRow> reportingLinesTouching(@Param("path") String path);

    /** The nodes that report to this one instead of their parent, by name. */
    @Query(value = """
            select n.id as nodeId, n.name as nodeName, r.id as bodyId, r.name as bodyName
            from org_node n join org_node r on r.id = n.reporting_parent_id
            where n.reporting_parent_id = :id order by n.name, n.id""", nativeQuery = true)
    List<LineRow> reportingHere(@Param("id") long id);

    /**
     * The active nodes of a reporting scope (V107) whose name, short name or code contains
     * {@code text} (all of them when null), nearest to the root first; at most {@code limit}. The
     * trigram indexes of V80 find the matches, the scope keeps those of the plan's body.
     */
    @Query(value = """
            select n.id from org_node n
            where n.active and n.id in (select org_reporting_scope(:rootPath))
              and (cast(:text as text) is null
                   or public.vn_fold(n.name) like public.vn_contains_pattern(:text) escape '\\'
                   or public.vn_fold(n.short_name) like public.vn_contains_pattern(:text) escape '\\'
                   or public.vn_fold(n.code) like public.vn_contains_pattern(:text) escape '\\')
            order by n.depth, n.name, n.id limit :limit""", nativeQuery = true)
    List<Long> searchReportingScope(@Param("rootPath") String rootPath, @Param("text") String text,
            @Param("limit") int limit);

    /** The same over a body's own subtree and the nodes directly under its province (the agencies). */
    @Query(value = """
            select n.id from org_node n
            where n.active and (n.path like :bodyPath || '%' or n.parent_id = :provinceId)
              and (cast(:text as text) is null
                   or public.vn_fold(n.name) like public.vn_contains_pattern(:text) escape '\\'
                   or public.vn_fold(n.short_name) like public.vn_contains_pattern(:text) escape '\\'
                   or public.vn_fold(n.code) like public.vn_contains_pattern(:text) escape '\\')
            order by n.depth, n.name, n.id limit :limit""", nativeQuery = true)
    List<Long> searchBodyAndAgencies(@Param("bodyPath") String bodyPath, @Param("provinceId") long provinceId,
            @Param("text") String text, @Param("limit") int limit);

    interface LineRow {
        long getNodeId();

        String getNodeName();

        long getBodyId();

        String getBodyName();
    }
}
