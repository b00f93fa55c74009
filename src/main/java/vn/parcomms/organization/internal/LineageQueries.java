package vn.parcomms.organization.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parcomms.organization.LineageLink;

/**
 * The lineage of nodes (ADR 0023) read in one statement each, over the main succession links of
 * V85 and the functions of V105. A predecessor is named as it was on its last day: the name in
 * force when it had it by then, else the earlier name valid that day.
 */
@Component
public class LineageQueries {

    /** The name of node {@code n} on the day {@code day.d} (the rule of OrganizationService.nameAt). */
    private static final String NAME_ON = """
            coalesce(case when n.name_since is null or day.d >= n.name_since then n.name end,
                     (select nm.name from org_node_name nm
                      where nm.node_id = n.id and (nm.valid_from is null or nm.valid_from <= day.d)
                        and nm.valid_to >= day.d
                      order by nm.valid_to limit 1),
                     n.name)""";

    private final JdbcClient jdbc;

    LineageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every predecessor of the node, and theirs in turn, oldest last day first. */
    public List<LineageLink> predecessors(long nodeId) {
        return jdbc.sql("""
                select p.node_id, %s, p.until, s.id, s.name
                from org_predecessors(:node) p
                join org_node n on n.id = p.node_id
                join org_node s on s.id = :node
                cross join lateral (select p.until as d) day
                order by p.until, n.name, n.id""".formatted(NAME_ON))
                .param("node", nodeId)
                .query((rs, i) -> new LineageLink(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getLong(4), rs.getString(5)))
                .list();
    }

    /**
     * Of the given nodes, those whose work passed on through main links, each with the node it
     * passed to last (a merged centre merged again names the latest successor) and its own last day.
     */
    public Map<Long, LineageLink> successorsOf(Collection<Long> nodeIds) {
        Map<Long, LineageLink> result = new LinkedHashMap<>();
        if (nodeIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                with recursive f(start, id, until, depth) as (
                    select l.predecessor_id, l.successor_id, s.effective_date - 1, 1
                    from org_node_succession_link l join org_node_succession s on s.id = l.succession_id
                    where l.main and l.predecessor_id in (:ids)
                    union all
                    select f.start, l.successor_id, f.until, f.depth + 1
                    from f join org_node_succession_link l on l.predecessor_id = f.id and l.main
                    where f.depth < 100
                ), last as (
                    select distinct on (start) start, id, until from f order by start, depth desc
                )
                select last.start, %s, last.until, s.id, s.name
                from last
                join org_node n on n.id = last.start
                join org_node s on s.id = last.id
                cross join lateral (select last.until as d) day""".formatted(NAME_ON))
                .param("ids", nodeIds)
                .query((rs, i) -> new LineageLink(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getLong(4), rs.getString(5)))
                .list().forEach(l -> result.put(l.predecessorId(), l));
        return result;
    }

    /**
     * {@link #predecessors} of one node and {@link #successorsOf} the given nodes in one statement:
     * what a dashboard needs to count its units' figures along their lineages.
     */
    public Lineages around(long nodeId, Collection<Long> nodeIds) {
        List<LineageLink> predecessors = new java.util.ArrayList<>();
        Map<Long, LineageLink> successors = new LinkedHashMap<>();
        jdbc.sql("""
                with recursive f(start, id, until, depth) as (
                    select l.predecessor_id, l.successor_id, s.effective_date - 1, 1
                    from org_node_succession_link l join org_node_succession s on s.id = l.succession_id
                    where l.main and l.predecessor_id = any(:ids)
                    union all
                    select f.start, l.successor_id, f.until, f.depth + 1
                    from f join org_node_succession_link l on l.predecessor_id = f.id and l.main
                    where f.depth < 100
                ), pairs as (
                    select 'S' as side, x.start, x.id, x.until
                    from (select distinct on (start) start, id, until from f order by start, depth desc) x
                    union all
                    select 'P', p.node_id, :node, p.until from org_predecessors(:node) p
                )
                select pairs.side, pairs.start, %s, pairs.until, s.id, s.name
                from pairs
                join org_node n on n.id = pairs.start
                join org_node s on s.id = pairs.id
                cross join lateral (select pairs.until as d) day
                order by pairs.until, n.name, n.id""".formatted(NAME_ON))
                .param("node", nodeId).param("ids", nodeIds.stream().mapToLong(Long::longValue).toArray())
                .query(rs -> {
                    LineageLink link = new LineageLink(rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getString(6));
                    if (rs.getString(1).equals("P")) {
                        predecessors.add(link);
                    } else {
                        successors.put(link.predecessorId(), link);
                    }
                });
        return new Lineages(List.copyOf(predecessors), successors);
    }

    /** A node's predecessors, and the latest successors of other nodes. */
    public record Lineages(List<LineageLink> predecessors, Map<Long, LineageLink> successors) {
    }
}
