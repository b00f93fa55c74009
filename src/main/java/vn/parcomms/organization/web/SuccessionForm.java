package vn.parcomms.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import vn.parcomms.organization.SuccessionCommand;
import vn.parcomms.organization.SuccessionKind;

/** The change form of a node's page; the service checks every rule (the preview shows them). */
@Data
class SuccessionForm {

    private SuccessionKind kind;

    private LocalDate effectiveDate;

    private String decision;
    private String newName;
    private String newShortName;
    private Long targetId;
    private List<Long> otherIds = new ArrayList<>();
    private long version;

    SuccessionCommand toCommand() {
        return new SuccessionCommand(kind, effectiveDate, decision, newName, newShortName, targetId, otherIds);
    }
}
