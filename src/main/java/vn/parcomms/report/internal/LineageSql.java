package vn.parcomms.report.internal;

/**
 * The report module's SQL for a lineage (ADR 0023): which unit reports count under a node whose
 * predecessors' work passed to it. A predecessor's report counts only when its period ended by the
 * predecessor's last day; the period's end is its cut-off (ADR 0006: 14 March, June, September,
 * December). Used inside the callers' own statements, so a rollup stays one statement.
 */
public final class LineageSql {

    /** The cut-off day of the period of the unit report {@code r}. */
    public static final String PERIOD_END = " make_date(r.plan_year, case r.period when 'Q1' then 3 when 'H1' then 6"
            + " when 'M9' then 9 else 12 end, 14)";

    /** {@link #PERIOD_END} of a second unit report {@code r2} in the same statement. */
    public static final String PERIOD_END_R2 = " make_date(r2.plan_year, case r2.period when 'Q1' then 3 when 'H1' then 6"
            + " when 'M9' then 9 else 12 end, 14)";

    /**
     * Joined after {@code from unit_report r}: the reports of the units in the reporting scope of the
     * node with {@code :path} (ADR 0016) and those of its predecessors' scopes up to their last day.
     */
    public static final String IN_LINEAGE_SCOPE = inLineageScope(":path");

    /** {@link #IN_LINEAGE_SCOPE} of the node with the id {@code :node}, whose path the statement reads itself. */
    public static final String IN_NODE_LINEAGE_SCOPE = inLineageScope("(select n.path from org_node n where n.id = :node)");

    private static String inLineageScope(String path) {
        return " join org_lineage_scope(" + path + ") ls on ls.node_id = r.unit_node_id"
                + " and (ls.until is null or " + PERIOD_END + " <= ls.until) ";
    }

    /**
     * A condition on {@code r}: filed by the unit {@code :unitId} itself, or by one of its
     * predecessors for a period that ended by the predecessor's last day.
     */
    public static final String BY_UNIT_LINEAGE = " r.unit_node_id in (select l.node_id from org_lineage(:unitId) l"
            + " where l.until is null or " + PERIOD_END + " <= l.until) ";

    private LineageSql() {
    }
}
