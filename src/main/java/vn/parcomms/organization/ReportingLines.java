package vn.parcomms.organization;

import java.util.List;
import java.util.Map;

/**
 * The reporting lines that touch a scope, for the tree page: by the node that reports elsewhere,
 * and by the body of the scope that receives them.
 */
public record ReportingLines(Map<Long, ReportingLine> byNode, Map<Long, List<ReportingLine>> byBody) {
}
