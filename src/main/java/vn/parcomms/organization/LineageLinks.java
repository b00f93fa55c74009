package vn.parcomms.organization;

import java.util.List;
import java.util.Map;

/**
 * A node's predecessors ({@code predecessors}, successor: the node) and, for other nodes whose
 * work passed on, the latest node it passed to ({@code successors}, by predecessor id).
 */
public record LineageLinks(List<LineageLink> predecessors, Map<Long, LineageLink> successors) {

    /** The node a unit's figures count under: its latest successor, else itself. */
    public long countedUnder(long unitId) {
        LineageLink link = successors.get(unitId);
        return link == null ? unitId : link.successorId();
    }
}
