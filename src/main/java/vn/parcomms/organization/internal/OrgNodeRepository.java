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
}
