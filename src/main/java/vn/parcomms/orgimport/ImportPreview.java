package vn.parcomms.orgimport;

import java.util.List;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.orgimport.ImportFile.NodeLine;
import vn.parcomms.orgimport.ImportFile.UserLine;
import vn.parcomms.shared.security.Role;

/** What confirming the file would do, row by row; confirmable only without a single error. */
public record ImportPreview(String fileName, List<NodeRow> nodes, List<UserRow> users, List<String> ignoredColumns) {

    public enum Outcome { NEW, UNCHANGED, ERROR }

    /**
     * What is wrong with a row: a message key with its arguments, resolved by the page in the
     * reader's language, and the message key of the column it concerns (null for the whole row).
     */
    public record Problem(String column, String key, Object... arguments) {
    }

    /** {@code kind} is null when the row's kind was not recognised. */
    public record NodeRow(NodeLine line, OrgKind kind, Outcome outcome, List<Problem> problems) {
    }

    public record UserRow(UserLine line, Role role, Outcome outcome, List<Problem> problems) {
    }

    public boolean hasErrors() {
        return errorRows() > 0;
    }

    public long errorRows() {
        return nodes.stream().filter(r -> r.outcome() == Outcome.ERROR).count()
                + users.stream().filter(r -> r.outcome() == Outcome.ERROR).count();
    }

    public long newNodes() {
        return nodes.stream().filter(r -> r.outcome() == Outcome.NEW).count();
    }

    public long newUsers() {
        return users.stream().filter(r -> r.outcome() == Outcome.NEW).count();
    }

    public long unchangedRows() {
        return nodes.stream().filter(r -> r.outcome() == Outcome.UNCHANGED).count()
                + users.stream().filter(r -> r.outcome() == Outcome.UNCHANGED).count();
    }
}
