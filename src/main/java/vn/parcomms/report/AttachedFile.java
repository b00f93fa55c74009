package vn.parcomms.report;

/** An evidence file just attached to a report: its id and the safe name it is stored under. */
public record AttachedFile(long id, String fileName) {
}
