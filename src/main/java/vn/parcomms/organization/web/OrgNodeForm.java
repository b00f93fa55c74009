package vn.parcomms.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrgNodeView;

@Data
class OrgNodeForm {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String code;

    @NotBlank
    @Size(max = 255)
    private String name;

    @Size(max = 80)
    private String shortName;

    @NotNull
    private OrgKind kind;

    @Size(max = 120)
    private String place;

    private Long parentId;

    private long version;

    static OrgNodeForm of(OrgNodeView node) {
        OrgNodeForm form = new OrgNodeForm();
        form.setCode(node.code());
        form.setName(node.name());
        form.setShortName(node.shortName());
        form.setKind(node.kind());
        form.setPlace(node.place());
        form.setParentId(node.parentId());
        form.setVersion(node.version());
        return form;
    }

    OrgNodeCommand toCommand() {
        return new OrgNodeCommand(code, name, shortName, kind, parentId, place);
    }
}
