package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The computed points of one criterion ({@code depth} 0 for a criterion, 1 for a sub-criterion),
 * with what they came from as a message key ({@code parIndex.detail.…}) and its arguments.
 */
public record CriterionScore(Criterion criterion, int depth, BigDecimal points, String detailKey,
        List<Object> detailArgs) {

    public CriterionScore {
        points = Points.plain(points);
        detailArgs = List.copyOf(detailArgs);
    }

    public Object[] args() {
        return detailArgs.toArray();
    }
}
