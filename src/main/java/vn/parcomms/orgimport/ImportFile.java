package vn.parcomms.orgimport;

import java.io.Serializable;
import java.util.List;

/**
 * An uploaded file as read, kept in the administrator's session between the preview and the
 * confirmation (bounded by {@link OrgImportService#MAX_ROWS}): the values as typed, each with its
 * spreadsheet row number. Nothing is checked against the tree yet; the preview and the
 * confirmation each check it against the tree as it is then.
 */
public record ImportFile(long adminId, String fileName, List<NodeLine> nodes, List<UserLine> users,
        List<String> ignoredColumns) implements Serializable {

    public record NodeLine(int row, String code, String name, String shortName, String kind, String parentCode,
            String reportingParentCode, String place) implements Serializable {
    }

    public record UserLine(int row, String username, String fullName, String nodeCode, String role, String email)
            implements Serializable {
    }
}
