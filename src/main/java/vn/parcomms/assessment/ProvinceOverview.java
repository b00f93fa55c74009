package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every agency of the province with its self-score and appraised score of the year, ranked: by
 * the appraised score, then the self-score (highest first); agencies with equal scores share a
 * rank; agencies that have not saved a self-assessment come last, without a rank.
 */
public record ProvinceOverview(long provinceId, int year, List<Row> rows, BigDecimal maximum) {

    public ProvinceOverview {
        rows = List.copyOf(rows);
    }

    /** {@code rank} null while the agency has no self-score; {@code difference} appraised − self. */
    public record Row(Integer rank, long nodeId, String nodeName, AssessmentStatus status, BigDecimal selfTotal,
            BigDecimal appraisedTotal, BigDecimal maxTotal, BigDecimal difference) {
    }
}
