package vn.parcomms.catalog.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.parcomms.catalog.CatalogEntryCommand;
import vn.parcomms.catalog.IndicatorView;

/** An indicator as the form edits it: a channel's fields plus the unit it is counted in. */
@Data
class IndicatorForm {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String code;

    @NotBlank
    @Size(max = 255)
    private String name;

    @Size(max = 255)
    private String nameEn;

    @NotBlank
    @Size(max = 60)
    private String unit;

    @Size(max = 60)
    private String unitEn;

    @NotNull
    @PositiveOrZero
    @Max(100_000)
    private Integer position;

    private long version;

    static IndicatorForm of(IndicatorView indicator) {
        IndicatorForm form = new IndicatorForm();
        form.setCode(indicator.code());
        form.setName(indicator.name());
        form.setNameEn(indicator.nameEn());
        form.setUnit(indicator.unit());
        form.setUnitEn(indicator.unitEn());
        form.setPosition(indicator.position());
        form.setVersion(indicator.version());
        return form;
    }

    CatalogEntryCommand toCommand() {
        return new CatalogEntryCommand(code, name, nameEn, unit, unitEn, position);
    }
}
