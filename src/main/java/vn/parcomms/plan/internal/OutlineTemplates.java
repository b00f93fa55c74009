package vn.parcomms.plan.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parcomms.document.ListStyle;
import vn.parcomms.plan.OutlineEntry;
import vn.parcomms.plan.SectionRole;

/**
 * The outlines new plans start from: a node's own (saved by its office from a plan, for the next
 * year's) or else the default, the rows without a node (V95). A template is replaced whole, never
 * edited row by row, so it needs no version of its own.
 */
@Repository
public class OutlineTemplates {

    private final JdbcClient jdbc;

    public OutlineTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The node's own template, or the default when the node saved none. */
    public List<OutlineEntry> forNode(long nodeId) {
        List<OutlineEntry> own = rows(nodeId);
        return own.isEmpty() ? rows(null) : own;
    }

    public boolean hasOwn(long nodeId) {
        return !rows(nodeId).isEmpty();
    }

    public void save(long nodeId, List<OutlineEntry> entries) {
        jdbc.sql("delete from plan_outline_template where node_id = :node").param("node", nodeId).update();
        int position = 0;
        for (OutlineEntry entry : entries) {
            jdbc.sql("""
                    insert into plan_outline_template (node_id, position, level, heading, list_style, role)
                    values (:node, :position, :level, :heading, :style, :role)""")
                    .param("node", nodeId).param("position", position++).param("level", entry.level())
                    .param("heading", entry.heading()).param("style", entry.style().name())
                    .param("role", entry.role() == null ? null : entry.role().name()).update();
        }
    }

    private List<OutlineEntry> rows(Long nodeId) {
        return jdbc.sql("""
                select level, heading, list_style, role from plan_outline_template
                where node_id is not distinct from :node order by position""")
                .param("node", nodeId, java.sql.Types.BIGINT)
                .query((rs, n) -> new OutlineEntry(rs.getInt("level"), rs.getString("heading"),
                        ListStyle.valueOf(rs.getString("list_style")),
                        rs.getString("role") == null ? null : SectionRole.valueOf(rs.getString("role"))))
                .list();
    }
}
