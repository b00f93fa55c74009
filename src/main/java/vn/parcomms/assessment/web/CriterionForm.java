package vn.parcomms.assessment.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Data;
import vn.parcomms.assessment.Criterion;
import vn.parcomms.assessment.CriterionCommand;
import vn.parcomms.assessment.CriterionKind;

/**
 * A criterion as the form edits it; {@code version} is the set's version the user saw (null while
 * the province has no set of its own for the year), {@code params} the rule kind's parameters.
 */
@Data
class CriterionForm {

    private Long version;
    @NotBlank @Size(max = 20)
    private String code;
    @Size(max = 20)
    private String parentCode;
    @NotNull @Min(0) @Max(10_000)
    private Integer position;
    @NotBlank @Size(max = 500)
    private String title;
    @NotNull @Digits(integer = 2, fraction = 2)
    private BigDecimal maxPoints;
    @NotNull
    private CriterionKind kind;
    private Map<String, String> params = new LinkedHashMap<>();

    static CriterionForm empty(Long version, String parentCode, int position) {
        CriterionForm f = new CriterionForm();
        f.version = version;
        f.parentCode = parentCode;
        f.position = position;
        f.kind = parentCode == null ? CriterionKind.GROUP : CriterionKind.MANUAL;
        return f;
    }

    static CriterionForm of(Criterion c, String parentCode, Long version) {
        CriterionForm f = new CriterionForm();
        f.version = version;
        f.code = c.code();
        f.parentCode = parentCode;
        f.position = c.position();
        f.title = c.title();
        f.maxPoints = c.maxPoints();
        f.kind = c.kind();
        f.params = new LinkedHashMap<>(c.params());
        return f;
    }

    CriterionCommand toCommand() {
        return new CriterionCommand(code, parentCode, position, title, maxPoints, kind, params);
    }
}
