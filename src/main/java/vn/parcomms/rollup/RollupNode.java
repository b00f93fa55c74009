package vn.parcomms.rollup;

/** An organisation node whose dashboard a reviewer may open. */
public record RollupNode(long id, String name) {
}
