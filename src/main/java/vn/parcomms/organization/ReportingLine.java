package vn.parcomms.organization;

/** A node that reports to a body other than its parent (ADR 0016), and that body. */
public record ReportingLine(long nodeId, String nodeName, long bodyId, String bodyName) {
}
