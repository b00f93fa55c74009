package vn.parcomms.account.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parcomms.organization.OrgNodeTransfer;

/**
 * The active users of an ended node work for its successor from the date on. Their sessions end at
 * the next request (the node changed, {@link SessionRevalidationFilter}) and they sign in again.
 * Deactivated accounts stay with the ended node, as history.
 */
@Component
class UserNodeTransfer implements OrgNodeTransfer {

    static final String USERS = "account.succession.moved.users";

    private final JdbcClient jdbc;

    UserNodeTransfer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Line> preview(long fromNodeId, long toNodeId, LocalDate effectiveDate) {
        long count = jdbc.sql("select count(*) from user_account where org_node_id = :from and active")
                .param("from", fromNodeId).query(Long.class).single();
        return List.of(new Line(USERS, count));
    }

    @Override
    public List<Line> transfer(long fromNodeId, long toNodeId, LocalDate effectiveDate) {
        int moved = jdbc.sql("""
                update user_account set org_node_id = :to, version = version + 1, updated_at = now()
                where org_node_id = :from and active""")
                .param("from", fromNodeId).param("to", toNodeId).update();
        return List.of(new Line(USERS, moved));
    }
}
