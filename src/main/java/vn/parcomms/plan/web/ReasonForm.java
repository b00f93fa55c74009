package vn.parcomms.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Why a leader sends a plan back to its drafters. */
@Data
class ReasonForm {

    @NotBlank
    @Size(max = 4000)
    private String reason;

    private long version;
}
