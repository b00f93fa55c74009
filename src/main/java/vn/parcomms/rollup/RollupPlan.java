package vn.parcomms.rollup;

/** A plan whose rollup the user may open. */
public record RollupPlan(long id, String label, int year) {
}
