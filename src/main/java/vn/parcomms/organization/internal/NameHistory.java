package vn.parcomms.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parcomms.organization.NameRecord;

/** The earlier names of nodes, each with the days it was valid (org_node_name). */
@Component
public class NameHistory {

    private final JdbcClient jdbc;

    NameHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long nodeId, NameRecord name) {
        jdbc.sql("""
                insert into org_node_name (node_id, name, short_name, valid_from, valid_to, decision)
                values (:node, :name, :shortName, :from, :to, :decision)""")
                .param("node", nodeId).param("name", name.name()).param("shortName", name.shortName())
                .param("from", name.validFrom()).param("to", name.validTo()).param("decision", name.decision())
                .update();
    }

    /** The earlier names of a node, latest first. */
    public List<NameRecord> of(long nodeId) {
        return jdbc.sql("""
                select name, short_name, valid_from, valid_to, decision from org_node_name
                where node_id = :node order by valid_to desc, id desc""")
                .param("node", nodeId)
                .query((rs, i) -> new NameRecord(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
    }

    /** The earlier name valid on {@code date}, if the node had one then. */
    public Optional<NameRecord> on(long nodeId, LocalDate date) {
        return jdbc.sql("""
                select name, short_name, valid_from, valid_to, decision from org_node_name
                where node_id = :node and valid_to >= :date and (valid_from is null or valid_from <= :date)
                order by valid_to, id limit 1""")
                .param("node", nodeId).param("date", date)
                .query((rs, i) -> new NameRecord(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5)))
                .optional();
    }
}
