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
    @Size(max = OrgNodeCommand.CODE_MAX_LENGTH)
    @Pattern(regexp = OrgNodeCommand.CODE_FORMAT)
    private String code;

    @NotBlank
    @Size(max = OrgNodeCommand.NAME_MAX_LENGTH)
    private String name;

    @Size(max = OrgNodeCommand.SHORT_NAME_MAX_LENGTH)
    private String shortName;

    @NotNull
    private OrgKind kind;

    @Size(max = OrgNodeCommand.PLACE_MAX_LENGTH)
    private String place;

    private Long parentId;

    /** Empty: the node reports to its parent. */
    private Long reportingParentId;

    private long version;

    static OrgNodeForm of(OrgNodeView node, Long reportingParentId) {
        OrgNodeForm form = of(node);
        form.setReportingParentId(reportingParentId);
        return form;
    }

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
        return new OrgNodeCommand(code, name, shortName, kind, parentId, place, reportingParentId);
    }
}
