package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One criterion or sub-criterion of a set ({@code parentId} its criterion), with its maximum
 * points, the rule kind that computes it and the kind's parameters by name.
 */
public record Criterion(long id, Long parentId, int position, String code, String title, BigDecimal maxPoints,
        CriterionKind kind, Map<String, String> params) {

    public Criterion {
        maxPoints = Points.plain(maxPoints);
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** A parameter as a number; zero when absent (an optional minimum, a proportional rule's steps). */
    public BigDecimal number(String name) {
        String v = params.get(name);
        return v == null || v.isBlank() ? BigDecimal.ZERO : new BigDecimal(v.trim());
    }

    public boolean has(String name) {
        String v = params.get(name);
        return v != null && !v.isBlank();
    }

    public String word(String name) {
        return params.getOrDefault(name, "");
    }

    /** The criterion as one line of text, as the history keeps it. */
    public String describe() {
        StringBuilder b = new StringBuilder().append(code).append(" | ").append(title).append(" | ").append(kind)
                .append(" | ").append(maxPoints.toPlainString());
        params.forEach((k, v) -> b.append(" | ").append(k).append('=').append(v));
        return b.toString();
    }
}
