package vn.parcomms.organization;

import java.util.List;

/**
 * What the organisation page shows: the tree of the user's scope, or the nodes matching a search.
 *
 * @param rows the rows in display order
 * @param nodesInScope how many nodes the user's scope holds (0 for a search: not counted)
 * @param collapsed whether branches below the first level are closed until opened (a large scope)
 * @param search whether the rows are search results rather than the tree
 * @param truncated a search found more than the rows shown and should be refined
 * @param lines the reporting lines leaving or reaching the scope (ADR 0016)
 */
public record OrgTreePage(List<Row> rows, int nodesInScope, boolean collapsed, boolean search, boolean truncated,
        ReportingLines lines) {

    /**
     * One node of the page.
     *
     * @param level indentation relative to the scope's root (0 in search results)
     * @param parentName the parent's display name, in search results, so that two "Khoa Nội" can be told apart
     * @param childCount how many nodes are directly under this one
     * @param open whether its children are shown below it
     */
    public record Row(OrgNodeView node, int level, String parentName, int childCount, boolean open) {
    }
}
