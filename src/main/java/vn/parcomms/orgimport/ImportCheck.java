package vn.parcomms.orgimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeByCode;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.orgimport.ImportFile.NodeLine;
import vn.parcomms.orgimport.ImportFile.UserLine;
import vn.parcomms.orgimport.ImportPreview.NodeRow;
import vn.parcomms.orgimport.ImportPreview.Outcome;
import vn.parcomms.orgimport.ImportPreview.Problem;
import vn.parcomms.orgimport.ImportPreview.UserRow;
import vn.parcomms.orgimport.internal.ImportColumns;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Checks one file against the tree as it is, row by row: the rules of the node and user forms
 * (formats, lengths, kinds under their parent, codes and user names unused, parents and nodes in
 * the administrator's scope and active), plus what only a file can get wrong (a code or user name
 * twice, a parent in neither the file nor the tree, parents going round in a circle). Parents may
 * come after their children: each row's chain of parents in the file is followed up first, which
 * also gives the order in which the new nodes are created.
 */
final class ImportCheck {

    private static final String CODE = "orgimport.column.code";
    private static final String NAME = "orgimport.column.name";
    private static final String SHORT_NAME = "orgimport.column.shortName";
    private static final String KIND = "orgimport.column.kind";
    private static final String PARENT = "orgimport.column.parentCode";
    private static final String REPORTING = "orgimport.column.reportingParentCode";
    private static final String PLACE = "orgimport.column.place";
    private static final String USERNAME = "orgimport.column.username";
    private static final String FULL_NAME = "orgimport.column.fullName";
    private static final String NODE = "orgimport.column.nodeCode";
    private static final String ROLE = "orgimport.column.role";
    private static final String EMAIL = "orgimport.column.email";

    private static final Pattern CODE_FORMAT = Pattern.compile(OrgNodeCommand.CODE_FORMAT);
    private static final Pattern USERNAME_FORMAT = Pattern.compile(UserCommand.USERNAME_FORMAT);
    // What the user form's @Email lets through, near enough: one @, no spaces, a dot-free part is fine.
    private static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final CurrentUser admin;
    private final ImportFile file;
    private final OrganizationService organizations;
    private final AccountService accounts;
    private final ImportColumns columns;

    private final List<NodeLine> lines;
    private final List<List<Problem>> problems = new ArrayList<>();
    private final List<OrgKind> kinds = new ArrayList<>();
    private final List<Boolean> existsUnchanged = new ArrayList<>();
    private final Outcome[] outcomes;
    /** The first row of each code in the file, by upper-case code. */
    private final Map<String, Integer> rowOfCode = new HashMap<>();
    private final List<NodeRow> creationOrder = new ArrayList<>();
    private Map<String, OrgNodeByCode> existing;
    private Set<String> fileCodes;
    private long province;
    private List<NodeRow> nodeRows;
    private List<UserRow> userRows;

    ImportCheck(CurrentUser admin, ImportFile file, OrganizationService organizations, AccountService accounts,
            ImportColumns columns) {
        this.admin = admin;
        this.file = file;
        this.organizations = organizations;
        this.accounts = accounts;
        this.columns = columns;
        this.lines = file.nodes();
        this.outcomes = new Outcome[lines.size()];
    }

    static String key(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    ImportCheck run() {
        Set<String> codes = Stream.concat(
                lines.stream().flatMap(l -> Stream.of(l.code(), l.parentCode(), l.reportingParentCode())),
                file.users().stream().map(UserLine::nodeCode))
                .filter(c -> c != null && !c.isBlank()).collect(Collectors.toSet());
        existing = codes.isEmpty() ? Map.of() : organizations.findByCodes(admin, codes);
        fileCodes = lines.stream().map(l -> key(l.code())).collect(Collectors.toSet());
        province = organizations.provinceIdOf(admin.orgNodeId());
        for (int i = 0; i < lines.size(); i++) {
            checkOwnFields(i);
        }
        for (int i = 0; i < lines.size(); i++) {
            checkReportingCircle(i);
        }
        for (int i = 0; i < lines.size(); i++) {
            resolveChainOf(i);
        }
        nodeRows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            nodeRows.add(row(i));
        }
        userRows = checkUsers();
        return this;
    }

    ImportPreview preview() {
        return new ImportPreview(file.fileName(), nodeRows, userRows, file.ignoredColumns());
    }

    /** The new nodes, each after its parent. */
    List<NodeRow> creationOrder() {
        return creationOrder;
    }

    /** The ids of the nodes of the file or its parents that exist in the administrator's scope. */
    Map<String, Long> existingIds() {
        Map<String, Long> ids = new HashMap<>();
        existing.forEach((code, found) -> {
            if (found.inScope()) {
                ids.put(code, found.node().id());
            }
        });
        return ids;
    }

    private void checkOwnFields(int i) {
        NodeLine line = lines.get(i);
        List<Problem> found = new ArrayList<>();
        problems.add(found);
        required(found, CODE, line.code());
        required(found, NAME, line.name());
        required(found, KIND, line.kind());
        if (!line.code().isBlank() && !CODE_FORMAT.matcher(line.code()).matches()) {
            found.add(new Problem(CODE, "orgimport.row.codeFormat"));
        }
        maxLength(found, CODE, line.code(), OrgNodeCommand.CODE_MAX_LENGTH);
        maxLength(found, NAME, line.name(), OrgNodeCommand.NAME_MAX_LENGTH);
        maxLength(found, SHORT_NAME, line.shortName(), OrgNodeCommand.SHORT_NAME_MAX_LENGTH);
        maxLength(found, PLACE, line.place(), OrgNodeCommand.PLACE_MAX_LENGTH);
        OrgKind kind = line.kind().isBlank() ? null : columns.kind(line.kind()).orElse(null);
        kinds.add(kind);
        String code = key(line.code());
        OrgNodeByCode already = code.isEmpty() ? null : existing.get(code);
        // A node of the scope listed as it is (the province or the administrator's own node included,
        // whose parent is blank or outside the scope) is left alone: no parent or kind rule applies.
        boolean unchanged = already != null && already.inScope() && already.node().name().equals(line.name().strip())
                && already.node().kind() == kind && key(already.parentCode()).equals(key(line.parentCode()));
        if (!unchanged) {
            required(found, PARENT, line.parentCode());
        }
        if (kind == null && !line.kind().isBlank()) {
            found.add(new Problem(KIND, "orgimport.row.kindUnknown", line.kind()));
        } else if (kind == OrgKind.PROVINCE && !unchanged) {
            found.add(new Problem(KIND, "orgimport.row.kindProvince"));
        }
        Integer first = code.isEmpty() ? null : rowOfCode.putIfAbsent(code, i);
        if (first != null) {
            found.add(new Problem(CODE, "orgimport.row.codeTwice", line.code(), lines.get(first).row()));
            if (problems.get(first).stream().noneMatch(p -> p.key().equals("orgimport.row.codeTwiceBelow"))) {
                problems.get(first).add(new Problem(CODE, "orgimport.row.codeTwiceBelow", line.code(), line.row()));
            }
        }
        if (already != null && !unchanged) {
            found.add(new Problem(CODE, "orgimport.row.codeTaken", line.code()));
        }
        existsUnchanged.add(unchanged);
        checkReportingParent(found, line);
    }

    /**
     * The node that receives the row's reports when it is not its parent (ADR 0016): a row of the
     * file or a node of the same province, not the row itself. Stored with the new node; a row that
     * exists unchanged keeps the line it has (the node's edit page changes it).
     */
    private void checkReportingParent(List<Problem> found, NodeLine line) {
        String reporting = key(line.reportingParentCode());
        if (reporting.isEmpty()) {
            return;
        }
        if (reporting.equals(key(line.code()))) {
            found.add(new Problem(REPORTING, "orgimport.row.reportingSelf"));
            return;
        }
        OrgNodeByCode node = existing.get(reporting);
        if (fileCodes.contains(reporting)) {
            return;
        }
        if (node == null) {
            found.add(new Problem(REPORTING, "orgimport.row.reportingUnknown", line.reportingParentCode()));
        } else if (node.provinceId() != province) {
            found.add(new Problem(REPORTING, "orgimport.row.reportingProvince", line.reportingParentCode()));
        } else if (!node.node().active()) {
            found.add(new Problem(REPORTING, "organization.error.parentInactive"));
        }
    }

    /**
     * A new row whose reporting body is itself a row of the file that reports, through parents and
     * reporting lines of the file in any mix, to this row: the reports would go round in a circle.
     * Nodes already in the tree never lead back to a new row, so the rows of the file are enough;
     * circles of parents alone are the chain's own error.
     */
    private void checkReportingCircle(int start) {
        if (existsUnchanged.get(start)) {
            return;
        }
        Integer body = rowOfCode.get(key(lines.get(start).reportingParentCode()));
        if (body == null || body == start) {
            return;
        }
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(body));
        Map<Integer, Integer> cameFrom = new HashMap<>();
        cameFrom.put(body, null);
        while (!queue.isEmpty()) {
            int row = queue.poll();
            if (row == start) {
                List<String> rows = new ArrayList<>();
                for (Integer r = start; r != null; r = cameFrom.get(r)) {
                    rows.add(0, String.valueOf(lines.get(r).row()));
                }
                rows.add(0, String.valueOf(lines.get(start).row()));
                problems.get(start).add(new Problem(REPORTING, "orgimport.row.reportingCycle",
                        String.join(" → ", rows)));
                return;
            }
            for (Integer next : upRows(row)) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, row);
                    queue.add(next);
                }
            }
        }
    }

    /** The rows of the file directly above a row: its parent row and, for a new row, its reporting body's row. */
    private List<Integer> upRows(int row) {
        List<Integer> up = new ArrayList<>(2);
        NodeLine line = lines.get(row);
        Integer parent = rowOfCode.get(key(line.parentCode()));
        if (parent != null) {
            up.add(parent);
        }
        Integer reporting = existsUnchanged.get(row) ? null : rowOfCode.get(key(line.reportingParentCode()));
        if (reporting != null) {
            up.add(reporting);
        }
        return up;
    }

    /**
     * Follows the row's parents up through the file until a row already settled, a parent outside
     * the file, or a row seen on the way (a cycle); then settles the chain from the top down.
     */
    private void resolveChainOf(int start) {
        List<Integer> chain = new ArrayList<>();
        Set<Integer> onChain = new HashSet<>();
        Integer current = start;
        while (current != null && outcomes[current] == null && onChain.add(current)) {
            chain.add(current);
            current = rowOfCode.get(key(lines.get(current).parentCode()));
        }
        if (current != null && outcomes[current] == null) {
            List<Integer> cycle = chain.subList(chain.indexOf(current), chain.size());
            String rows = Stream.concat(cycle.stream(), Stream.of(current))
                    .map(r -> String.valueOf(lines.get(r).row())).collect(Collectors.joining(" → "));
            for (int r : cycle) {
                problems.get(r).add(new Problem(PARENT, "orgimport.row.cycle", rows));
                outcomes[r] = Outcome.ERROR;
            }
            chain = chain.subList(0, chain.indexOf(current));
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            settle(chain.get(i));
        }
    }

    private void settle(int i) {
        NodeLine line = lines.get(i);
        List<Problem> found = problems.get(i);
        if (found.isEmpty() && existsUnchanged.get(i)) {
            outcomes[i] = Outcome.UNCHANGED;
            return;
        }
        OrgKind parentKind = null;
        String parent = key(line.parentCode());
        Integer parentRow = rowOfCode.get(parent);
        if (parent.isEmpty()) {
            // reported as a missing field
        } else if (parentRow != null) {
            if (outcomes[parentRow] == Outcome.ERROR) {
                found.add(new Problem(PARENT, "orgimport.row.parentRowInvalid", lines.get(parentRow).row()));
            } else if (outcomes[parentRow] == Outcome.UNCHANGED && !existing.get(parent).node().active()) {
                found.add(new Problem(PARENT, "organization.error.parentInactive"));
            }
            parentKind = kinds.get(parentRow);
        } else {
            OrgNodeByCode node = existing.get(parent);
            if (node == null || !node.inScope()) {
                found.add(new Problem(PARENT, "orgimport.row.parentUnknown", line.parentCode()));
            } else if (!node.node().active()) {
                found.add(new Problem(PARENT, "organization.error.parentInactive"));
            } else {
                parentKind = node.node().kind();
            }
        }
        OrgKind kind = kinds.get(i);
        if (kind != null && kind != OrgKind.PROVINCE && parentKind != null && !kind.mayBeUnder(parentKind)) {
            found.add(new Problem(KIND, "organization.error.kindAboveParent"));
        }
        if (!found.isEmpty()) {
            outcomes[i] = Outcome.ERROR;
        } else if (existsUnchanged.get(i)) {
            outcomes[i] = Outcome.UNCHANGED;
        } else {
            outcomes[i] = Outcome.NEW;
            creationOrder.add(row(i));
        }
    }

    private NodeRow row(int i) {
        return new NodeRow(lines.get(i), kinds.get(i), outcomes[i], List.copyOf(problems.get(i)));
    }

    private List<UserRow> checkUsers() {
        List<UserLine> users = file.users();
        Map<String, UserCommand> accountsByName = users.isEmpty() ? Map.of() : accounts.existingAccounts(admin,
                users.stream().map(UserLine::username).filter(u -> !u.isBlank()).toList());
        Map<String, Integer> rowOfName = new HashMap<>();
        List<List<Problem>> found = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        List<Boolean> unchanged = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            UserLine line = users.get(i);
            List<Problem> own = new ArrayList<>();
            found.add(own);
            required(own, USERNAME, line.username());
            required(own, FULL_NAME, line.fullName());
            required(own, NODE, line.nodeCode());
            required(own, ROLE, line.role());
            if (!line.username().isBlank() && !USERNAME_FORMAT.matcher(line.username()).matches()) {
                own.add(new Problem(USERNAME, "user.error.usernameFormat"));
            }
            maxLength(own, FULL_NAME, line.fullName(), UserCommand.FULL_NAME_MAX_LENGTH);
            maxLength(own, EMAIL, line.email(), UserCommand.EMAIL_MAX_LENGTH);
            if (!line.email().isBlank() && !EMAIL_FORMAT.matcher(line.email()).matches()) {
                own.add(new Problem(EMAIL, "orgimport.row.emailFormat"));
            }
            Role role = line.role().isBlank() ? null : columns.role(line.role()).orElse(null);
            roles.add(role);
            if (role == null && !line.role().isBlank()) {
                own.add(new Problem(ROLE, "orgimport.row.roleUnknown", line.role()));
            }
            String name = line.username().toLowerCase(Locale.ROOT);
            Integer first = name.isEmpty() ? null : rowOfName.putIfAbsent(name, i);
            if (first != null) {
                own.add(new Problem(USERNAME, "orgimport.row.usernameTwice", line.username(), users.get(first).row()));
                if (found.get(first).stream().noneMatch(p -> p.key().equals("orgimport.row.usernameTwiceBelow"))) {
                    found.get(first).add(new Problem(USERNAME, "orgimport.row.usernameTwiceBelow", line.username(),
                            line.row()));
                }
            }
            Long existingNodeId = checkUserNode(own, line);
            UserCommand account = name.isEmpty() ? null : accountsByName.get(name);
            boolean same = account != null && existingNodeId != null && account.orgNodeId() == existingNodeId
                    && account.role() == role && account.fullName().equals(line.fullName().strip());
            if (account != null && !same) {
                own.add(new Problem(USERNAME, "user.error.usernameTaken", line.username()));
            }
            unchanged.add(same);
        }
        List<UserRow> rows = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            Outcome outcome = !found.get(i).isEmpty() ? Outcome.ERROR : unchanged.get(i) ? Outcome.UNCHANGED : Outcome.NEW;
            rows.add(new UserRow(users.get(i), roles.get(i), outcome, List.copyOf(found.get(i))));
        }
        return rows;
    }

    /** The user's node: a good row of the file, or an active node of the scope (its id returned). */
    private Long checkUserNode(List<Problem> own, UserLine line) {
        String code = key(line.nodeCode());
        if (code.isEmpty()) {
            return null;
        }
        Integer nodeRow = rowOfCode.get(code);
        if (nodeRow != null && outcomes[nodeRow] == Outcome.ERROR) {
            own.add(new Problem(NODE, "orgimport.row.nodeRowInvalid", lines.get(nodeRow).row()));
            return null;
        }
        OrgNodeByCode node = existing.get(code);
        if (nodeRow != null && outcomes[nodeRow] == Outcome.NEW) {
            return null;
        }
        if (node == null || !node.inScope()) {
            own.add(new Problem(NODE, "orgimport.row.nodeUnknown", line.nodeCode()));
            return null;
        }
        if (!node.node().active()) {
            own.add(new Problem(NODE, "user.error.nodeInactive"));
            return null;
        }
        return node.node().id();
    }

    private static void required(List<Problem> found, String column, String value) {
        if (value == null || value.isBlank()) {
            found.add(new Problem(column, "orgimport.row.required"));
        }
    }

    private static void maxLength(List<Problem> found, String column, String value, int max) {
        if (value != null && value.strip().length() > max) {
            found.add(new Problem(column, "orgimport.row.tooLong", max));
        }
    }
}
