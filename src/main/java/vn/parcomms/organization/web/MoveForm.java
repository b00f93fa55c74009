package vn.parcomms.organization.web;

import jakarta.validation.constraints.NotNull;
import lombok.Data;

@Data
class MoveForm {

    @NotNull
    private Long parentId;

    private long version;
}
