package vn.parcomms.report;

/** A plan the office can follow reports of. */
public record PlanChoice(long id, String label, int year) {
}
