package vn.parcomms.plan;

import java.util.List;

/** One page of the plan list, its position (from 0) and the number of plans across all pages. */
public record PlanPage(List<PlanSummary> rows, int page, int pageSize, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** Position of the first row of this page among all plans, counted from 1 (0 when there is none). */
    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) page * pageSize + 1;
    }

    public long lastRow() {
        return rows.isEmpty() ? 0 : (long) page * pageSize + rows.size();
    }
}
