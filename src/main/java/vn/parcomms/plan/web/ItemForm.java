package vn.parcomms.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** One item of an ordered part: its text, and for duties and recipients a heading. */
@Data
class ItemForm {

    @Size(max = 500)
    private String heading;

    @NotBlank
    @Size(max = 20000)
    private String body;

    private long version;
}
