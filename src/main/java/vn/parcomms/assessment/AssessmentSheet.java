package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A node's PAR INDEX self-assessment of a year as every view of it reads it (the page, its XLSX,
 * the evidence pack): one row per criterion of the province's set, in the set's order, with the
 * computed, self and appraised points, the difference (appraised − self, once appraised), the
 * reason, comment and evidence; the status, who submitted and appraised it and when, and the
 * history. {@code assessmentId} and {@code version} are null while nothing was saved
 * ({@code status} {@link AssessmentStatus#NONE}).
 */
public record AssessmentSheet(long nodeId, String nodeName, int year, Long assessmentId, Long version,
        AssessmentStatus status, List<Row> rows, BigDecimal computedTotal, BigDecimal selfTotal,
        BigDecimal appraisedTotal, BigDecimal maximum, String returnReason, String submittedBy, Instant submittedAt,
        String appraisedBy, Instant appraisedAt, List<HistoryLine> history, Permissions may,
        List<Evidence> documentChoices) {

    public AssessmentSheet {
        rows = List.copyOf(rows);
        history = List.copyOf(history);
        documentChoices = List.copyOf(documentChoices);
    }

    /** appraised − self of the totals; null until appraised. */
    public BigDecimal difference() {
        return appraisedTotal == null || selfTotal == null ? null : Points.plain(appraisedTotal.subtract(selfTotal));
    }

    /**
     * One criterion ({@code depth} 0) or sub-criterion (1). A group's points are its sub-criteria's
     * sum, at most its maximum; only criteria without sub-criteria ({@code editable}) take points.
     */
    public record Row(String code, String title, int depth, CriterionKind kind, BigDecimal maxPoints,
            BigDecimal computedPoints, CriterionScore computed, BigDecimal selfPoints, boolean adjusted,
            String selfReason, List<Evidence> evidence, BigDecimal appraisedPoints, String appraisalComment,
            BigDecimal difference, boolean editable) {

        public Row {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One piece of evidence: {@code URL} (target the address), {@code PLAN}, {@code REPORT} or
     * {@code CONSOLIDATION} (target the record's id, label its name when linked, period the report's) or {@code FILE} (target the file's id, label its name).
     */
    public record Evidence(String kind, String target, String label, String period) {

        /** The address inside the app, or the URL itself. */
        public String href() {
            return switch (kind) {
                case "PLAN" -> "/plans/" + target;
                case "REPORT" -> "/reports/" + target;
                case "CONSOLIDATION" -> "/consolidations/" + target;
                case "FILE" -> "/rollups/par-index/self/files/" + target;
                default -> target;
            };
        }

        /** How a form refers to a plan or report: {@code PLAN:12}. */
        public String ref() {
            return kind + ":" + target;
        }
    }

    public record HistoryLine(String action, String actorName, Instant at, String reason, String details) {
    }

    /** What the reading user may do now: the office edits a draft, the leader submits it, Home Affairs appraises or returns it. */
    public record Permissions(boolean edit, boolean submit, boolean appraise) {
    }
}
