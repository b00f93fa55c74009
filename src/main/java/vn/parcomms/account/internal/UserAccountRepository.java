package vn.parcomms.account.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.shared.security.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    @Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(:username)")
    boolean existsByUsername(@Param("username") String username);

    @Query("select u from UserAccount u where lower(u.username) in :usernames")
    List<UserAccount> findByLowerUsernames(@Param("usernames") java.util.Collection<String> usernames);

    boolean existsByOrgNodeId(long orgNodeId);

    long countByOrgNodeIdAndActiveTrue(long orgNodeId);

    /** Users of the nodes under a scope path, joined by SQL to stay one query at province scale. */
    @Query(value = """
            select u.id as id, u.username as username, u.full_name as fullName, u.email as email,
                   u.org_node_id as orgNodeId, n.name as orgNodeName, u.role as role, u.active as active,
                   coalesce(t.locked_until > now(), false) as locked,
                   u.last_login_at as lastLoginAt, u.version as version
            from user_account u join org_node n on n.id = u.org_node_id
            left join login_throttle t on t.throttle_key = 'account:' || lower(u.username)
            where n.path like :path || '%'
              and (cast(:text as text) is null
                   or vn_fold(u.username) like vn_contains_pattern(:text) escape '\\'
                   or vn_fold(u.full_name) like vn_contains_pattern(:text) escape '\\'
                   or vn_fold(n.name) like vn_contains_pattern(:text) escape '\\')
              and (cast(:role as text) is null or u.role = cast(:role as text))
            order by n.path, u.full_name
            limit :limit offset :offset""", nativeQuery = true)
    List<UserRow> search(@Param("path") String path, @Param("text") String text, @Param("role") String role,
            @Param("limit") int limit, @Param("offset") int offset);

    @Query(value = """
            select count(*) from user_account u join org_node n on n.id = u.org_node_id
            where n.path like :path || '%'
              and (cast(:text as text) is null
                   or vn_fold(u.username) like vn_contains_pattern(:text) escape '\\'
                   or vn_fold(u.full_name) like vn_contains_pattern(:text) escape '\\'
                   or vn_fold(n.name) like vn_contains_pattern(:text) escape '\\')
              and (cast(:role as text) is null or u.role = cast(:role as text))""", nativeQuery = true)
    long countSearch(@Param("path") String path, @Param("text") String text, @Param("role") String role);

    @Query(value = """
            select u.role as role, count(*) as total from user_account u join org_node n on n.id = u.org_node_id
            where n.path like :path || '%' and u.active group by u.role""", nativeQuery = true)
    List<RoleCount> countActiveByRole(@Param("path") String path);

    List<UserAccount> findByOrgNodeIdOrderByFullName(long orgNodeId);

    /**
     * The administrators at the root of a province (the installation operator's list, ADR 0026):
     * one query for every province of the installation. Nothing below the roots is read.
     */
    @Query(value = """
            select u.id as id, u.username as username, u.full_name as fullName, u.email as email,
                   u.org_node_id as orgNodeId, n.name as orgNodeName, u.role as role, u.active as active,
                   coalesce(t.locked_until > now(), false) as locked,
                   u.last_login_at as lastLoginAt, u.version as version
            from user_account u join org_node n on n.id = u.org_node_id
            left join login_throttle t on t.throttle_key = 'account:' || lower(u.username)
            where u.role = 'ADMIN' and n.parent_id is null
            order by n.id, u.username""", nativeQuery = true)
    List<UserRow> provinceAdmins();

    /** A bulk update, so that a sign-in does not bump the version an administrator's open form carries. */
    @Modifying
    @Transactional
    @Query("update UserAccount u set u.lastLoginAt = :at where u.id = :id")
    void recordLogin(@Param("id") long id, @Param("at") java.time.Instant at);

    /** What a signed-in session is checked against on every request. */
    @Query(value = """
            select u.active as active, u.role as role, coalesce(u.org_node_id, 0) as orgNodeId, u.security_stamp as securityStamp
            from user_account u where u.id = :id""", nativeQuery = true)
    Optional<SessionCheck> sessionCheck(@Param("id") long id);

    /**
     * The active accounts of a role on some nodes, or (with a path) on every node below it: who
     * is told of a step. One query, on the node index or the path index.
     */
    @Query(value = """
            select u.id as id, u.full_name as fullName, u.email as email, u.org_node_id as orgNodeId
            from user_account u join org_node n on n.id = u.org_node_id
            where u.active and u.role = :role
              and (n.id in (:nodeIds) or (cast(:path as text) is not null and n.path like cast(:path as text) || '%'))
            order by u.id""", nativeQuery = true)
    List<RecipientRow> recipients(@Param("role") String role, @Param("nodeIds") java.util.Collection<Long> nodeIds,
            @Param("path") String path);

    interface RecipientRow {
        long getId();

        String getFullName();

        String getEmail();

        long getOrgNodeId();
    }

    interface SessionCheck {
        boolean getActive();

        String getRole();

        long getOrgNodeId();

        long getSecurityStamp();
    }

    /** Projection of one row of the user list. */
    interface UserRow {
        long getId();

        String getUsername();

        String getFullName();

        String getEmail();

        long getOrgNodeId();

        String getOrgNodeName();

        String getRole();

        boolean getActive();

        boolean getLocked();

        java.time.Instant getLastLoginAt();

        long getVersion();
    }

    /** Active users per role. */
    interface RoleCount {
        String getRole();

        long getTotal();
    }
}
