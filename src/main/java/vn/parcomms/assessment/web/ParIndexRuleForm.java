package vn.parcomms.assessment.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import lombok.Data;
import vn.parcomms.assessment.ParIndexRule;

/** The province's rule for a year as the form edits it; {@code version} is null while the province has none. */
@Data
class ParIndexRuleForm {

    private Long version;
    @NotNull @Min(1) @Max(12)
    private Integer planDeadlineMonth;
    @NotNull @Min(1) @Max(31)
    private Integer planDeadlineDay;
    @NotNull @PositiveOrZero @Digits(integer = 2, fraction = 2)
    private BigDecimal planOnTimePoints;
    @NotNull @PositiveOrZero @Digits(integer = 2, fraction = 2)
    private BigDecimal planLatePoints;
    @NotNull @PositiveOrZero @Digits(integer = 2, fraction = 2)
    private BigDecimal planNonePoints;
    @NotNull @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal carriedHighPercent;
    @NotNull @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2)
    private BigDecimal carriedLowPercent;
    @NotNull @PositiveOrZero @Digits(integer = 2, fraction = 2)
    private BigDecimal carriedHighPoints;
    @NotNull @PositiveOrZero @Digits(integer = 2, fraction = 2)
    private BigDecimal carriedMidPoints;
    @NotNull @PositiveOrZero @Digits(integer = 2, fraction = 2)
    private BigDecimal carriedLowPoints;
    @NotNull @PositiveOrZero @Digits(integer = 2, fraction = 2)
    private BigDecimal reportsOnTimePoints;
    @NotNull @PositiveOrZero @Digits(integer = 2, fraction = 2)
    private BigDecimal reportsLatePoints;

    static ParIndexRuleForm of(ParIndexRule r, int year) {
        ParIndexRuleForm f = new ParIndexRuleForm();
        boolean own = r.provinceNodeId() != null && r.year() != null && r.year() == year;
        f.version = own ? r.version() : null;
        f.planDeadlineMonth = r.planDeadlineMonth();
        f.planDeadlineDay = r.planDeadlineDay();
        f.planOnTimePoints = r.planOnTimePoints();
        f.planLatePoints = r.planLatePoints();
        f.planNonePoints = r.planNonePoints();
        f.carriedHighPercent = r.carriedHighPercent();
        f.carriedLowPercent = r.carriedLowPercent();
        f.carriedHighPoints = r.carriedHighPoints();
        f.carriedMidPoints = r.carriedMidPoints();
        f.carriedLowPoints = r.carriedLowPoints();
        f.reportsOnTimePoints = r.reportsOnTimePoints();
        f.reportsLatePoints = r.reportsLatePoints();
        return f;
    }

    ParIndexRule toRule() {
        return new ParIndexRule(0, null, null, planDeadlineMonth, planDeadlineDay, planOnTimePoints, planLatePoints,
                planNonePoints, carriedHighPercent, carriedLowPercent, carriedHighPoints, carriedMidPoints,
                carriedLowPoints, reportsOnTimePoints, reportsLatePoints, 0);
    }
}
