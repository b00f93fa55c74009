package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A criterion as an administrator enters it: {@code parentCode} is the code of the criterion it
 * belongs to (null for a criterion of the first level); {@code params} the kind's parameters.
 */
public record CriterionCommand(String code, String parentCode, int position, String title, BigDecimal maxPoints,
        CriterionKind kind, Map<String, String> params) {

    public CriterionCommand {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
