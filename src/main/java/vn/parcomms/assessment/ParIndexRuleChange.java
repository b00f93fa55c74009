package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One save of a province's PAR INDEX rule by an administrator: {@code CREATED} when the province
 * set its own rule for the year (old values: the rule that applied until then), {@code CHANGED}
 * after; {@code at} in the application's time zone.
 */
public record ParIndexRuleChange(long id, int year, String action, String actorName, LocalDateTime at,
        List<Value> values) {

    public ParIndexRuleChange {
        values = List.copyOf(values);
    }

    /** A value that changed; {@code field} is the rule's component name ({@code carriedHighPercent}). */
    public record Value(String field, BigDecimal oldValue, BigDecimal newValue) {
    }
}
