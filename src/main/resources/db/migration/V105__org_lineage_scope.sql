-- Rollups across succession (issue 13, point 2, ADR 0023). A successor's rollups include its
-- predecessors' reports up to the day before it took over. The lineage is the succession links
-- marked main (merges, and the main successor of a split: a split's other successors start
-- without history), followed backwards; each predecessor with its own last day (ended_on).

-- The nodes whose work passed to this node, and theirs in turn, each with the last day its
-- reports belong to the lineage. The depth bound only guards against a circle that slipped past
-- the service (links are written once by OrgSuccessionService and point from ended nodes).
create function org_predecessors(node bigint) returns table (node_id bigint, until date)
    language sql stable parallel safe as $$
    with recursive p(id, until, depth) as (
        select l.predecessor_id, s.effective_date - 1, 1
        from org_node_succession_link l join org_node_succession s on s.id = l.succession_id
        where l.successor_id = node and l.main
        union all
        select l.predecessor_id, s.effective_date - 1, p.depth + 1
        from p join org_node_succession_link l on l.successor_id = p.id and l.main
        join org_node_succession s on s.id = l.succession_id
        where p.depth < 100
    )
    select id, max(until) from p where id <> node group by id
$$;

-- The reporting scope of the node with this path (org_reporting_scope, ADR 0016) with no last
-- day, and the reporting scope of each predecessor of that node up to the predecessor's last
-- day. A unit in both (a predecessor's active units were moved under the successor) counts once,
-- without a last day: its reports are the successor's now, whatever their date. Callers write
-- "join org_lineage_scope(:path) s on s.node_id = r.unit_node_id" and keep a report of a
-- predecessor's unit only when its period ended by s.until, in their own statement.
-- plpgsql because org_reporting_scope comes with V107 (ADR 0016, numbered before this one was
-- given its number): a plpgsql body is resolved when it first runs, not when it is created.
create function org_lineage_scope(root_path text) returns table (node_id bigint, until date)
    language plpgsql stable parallel safe as $$
#variable_conflict use_column
begin
    return query
    select x.id, case when bool_or(x.until is null) then null else max(x.until) end
    from (
        select s as id, null::date as until from org_reporting_scope(root_path) s
        union all
        select s, p.until
        from org_node n
        cross join lateral org_predecessors(n.id) p
        join org_node pn on pn.id = p.node_id
        cross join lateral org_reporting_scope(pn.path) s
        where n.path = root_path
    ) x
    group by x.id;
end
$$;

-- The node itself (no last day) and its predecessors: whose reports a unit's own cumulative
-- figures add up (a 9-month report of a merged centre adds to its predecessors' 6 months).
create function org_lineage(node bigint) returns table (node_id bigint, until date)
    language sql stable parallel safe as $$
    select node, null::date
    union all
    select p.node_id, p.until from org_predecessors(node) p
$$;
