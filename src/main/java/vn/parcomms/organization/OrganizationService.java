package vn.parcomms.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.organization.internal.OrgNode;
import vn.parcomms.organization.internal.OrgNodeRepository;
import vn.parcomms.organization.internal.NameHistory;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.SearchText;
import vn.parcomms.shared.VietnameseOrder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The organisation tree. A user sees their own node and everything below it; a REVIEWER sees
 * the whole province their node belongs to. Only an ADMIN changes the tree, within their scope.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    /** Above this many nodes in a scope the organisation page opens with the branches closed. */
    public static final int COLLAPSE_ABOVE = 200;

    /** At most this many search results are shown; the page asks to refine the search beyond. */
    public static final int SEARCH_LIMIT = 100;

    private final OrgNodeRepository nodes;
    private final ObjectProvider<OrgNodeUsage> usages;
    private final NameHistory names;

    OrganizationService(OrgNodeRepository nodes, ObjectProvider<OrgNodeUsage> usages, NameHistory names) {
        this.nodes = nodes;
        this.usages = usages;
        this.names = names;
    }

    public OrgNodeView find(long id) {
        return load(id).toView();
    }

    /** Several nodes in one query, by id (for resolving names in lists). */
    public Map<Long, OrgNodeView> findAll(java.util.Collection<Long> ids) {
        Map<Long, OrgNodeView> result = new HashMap<>();
        if (!ids.isEmpty()) {
            nodes.findAllById(ids).forEach(n -> result.put(n.getId(), n.toView()));
        }
        return result;
    }

    /** The node if the user may see it; 403 otherwise. */
    public OrgNodeView view(CurrentUser user, long id) {
        OrgNode node = load(id);
        requireInScope(user, node);
        return node.toView();
    }

    /** The root of what the user may see: the province for a REVIEWER, the user's own node otherwise. */
    public long scopeRootId(CurrentUser user) {
        OrgNode own = load(user.orgNodeId());
        if (user.is(Role.REVIEWER)) {
            return rootIdOf(own);
        }
        return own.getId();
    }

    /**
     * The materialised path of the user's scope ("/1/7/"). Other modules use it to scope their
     * own list queries with one indexed prefix match instead of loading id lists.
     */
    public String scopePath(CurrentUser user) {
        return load(scopeRootId(user)).getPath();
    }

    /**
     * Whether the user administers the whole province: an ADMIN whose own node is the province's
     * root. An ADMIN of a department manages the nodes and users of their subtree only, never what
     * holds for the whole province (catalogues, PAR INDEX rules).
     */
    public boolean isProvinceAdmin(CurrentUser user) {
        return user.is(Role.ADMIN) && provinceIdOf(user.orgNodeId()) == user.orgNodeId();
    }

    /** The province (root of the tree) that a node belongs to. */
    public long provinceIdOf(long nodeId) {
        return rootIdOf(load(nodeId));
    }

    public String pathOf(long nodeId) {
        return load(nodeId).getPath();
    }

    public boolean isInScope(CurrentUser user, long nodeId) {
        return nodes.isWithin(nodeId, scopeRootId(user));
    }

    public boolean isWithin(long nodeId, long ancestorId) {
        return nodes.isWithin(nodeId, ancestorId);
    }

    /**
     * Whether a node is in the user's <b>reporting scope</b> (ADR 0016): the scope's root and every
     * node whose line of reports leads up to it. Reports, their follow-up, consolidation and rollups
     * use it; the administrative scope ({@link #isInScope}) stays for the tree and the users. For a
     * REVIEWER both are the whole province, since reporting lines stay inside a province.
     */
    public boolean isInReportingScope(CurrentUser user, long nodeId) {
        return reportsWithin(nodeId, scopeRootId(user));
    }

    /**
     * Whether {@code nodeId} is in the reporting scope of {@code rootId}. The rule lives in the SQL
     * functions of V107: {@code org_reporting_scope(path)}, which other modules call in their own
     * statements with the path of {@link #pathOf} (or {@link #scopePath}) where they used to write
     * {@code path like :path || '%'}, and its mirror {@code org_reporting_line(node)} (the node and
     * the bodies above it on its line of reports), which this check walks.
     */
    public boolean reportsWithin(long nodeId, long rootId) {
        return nodes.isInReportingScope(nodeId, rootId);
    }

    /** Every active or inactive node of {@code rootId}'s reporting scope, the root first, then by depth and name. */
    public List<OrgNodeView> reportingSubtree(long rootId) {
        OrgNode root = load(rootId);
        List<OrgNodeView> result = new ArrayList<>();
        nodes.findAllById(nodes.reportingScope(root.getPath())).forEach(n -> result.add(n.toView()));
        result.sort(java.util.Comparator.comparing((OrgNodeView n) -> n.id() != rootId)
                .thenComparing(VietnameseOrder.byName(OrgNodeView::name)).thenComparing(OrgNodeView::id));
        return result;
    }

    /** The body the node reports to when it is not its parent; empty when it reports to its parent. */
    public java.util.Optional<OrgNodeView> reportingParent(long nodeId) {
        Long body = load(nodeId).getReportingParentId();
        return body == null ? java.util.Optional.empty() : java.util.Optional.of(find(body));
    }

    /** The nodes that report to this one although it is not their parent, by name. */
    public List<ReportingLine> reportingHere(long nodeId) {
        return nodes.reportingHere(nodeId).stream().map(OrganizationService::line).toList();
    }

    /** The reporting lines leaving or reaching the subtree with the path (for the tree page; one query). */
    private ReportingLines linesTouching(String path) {
        Map<Long, ReportingLine> byNode = new HashMap<>();
        Map<Long, List<ReportingLine>> byBody = new HashMap<>();
        for (OrgNodeRepository.LineRow r : nodes.reportingLinesTouching(path)) {
            ReportingLine line = line(r);
            byNode.put(line.nodeId(), line);
            byBody.computeIfAbsent(line.bodyId(), k -> new ArrayList<>()).add(line);
        }
        return new ReportingLines(byNode, byBody);
    }

    private static ReportingLine line(OrgNodeRepository.LineRow r) {
        return new ReportingLine(r.getNodeId(), r.getNodeName(), r.getBodyId(), r.getBodyName());
    }

    /**
     * The rules of a reporting line from {@code node} to {@code body}: another node of the same
     * province, active, and no circle through reporting lines and parents (the body must not itself
     * report, directly or through its parents, to the node). Null or the parent: back to the parent.
     */
    void checkReportingLine(OrgNode node, OrgNode body) {
        if (body == null || body.getId().equals(node.getParentId())) {
            return;
        }
        if (body.getId().equals(node.getId())) {
            throw DomainException.onField("reportingParentId", "organization.error.reportingSelf");
        }
        if (rootIdOf(body) != rootIdOf(node)) {
            throw DomainException.onField("reportingParentId", "organization.error.reportingProvince");
        }
        if (!body.isActive()) {
            throw DomainException.onField("reportingParentId", "organization.error.parentInactive");
        }
        if (nodes.lineReaches(body.getId(), node.getId())) {
            throw DomainException.onField("reportingParentId", "organization.error.reportingCycle");
        }
    }

    /** The node's ancestors from the root down to its parent. */
    public List<OrgNodeView> ancestors(long id) {
        OrgNode node = load(id);
        List<Long> ids = Arrays.stream(node.getPath().split("/"))
                .filter(part -> !part.isEmpty())
                .map(Long::valueOf)
                .filter(ancestorId -> ancestorId != id)
                .toList();
        Map<Long, OrgNode> byId = new HashMap<>();
        nodes.findAllById(ids).forEach(n -> byId.put(n.getId(), n));
        return ids.stream().map(byId::get).map(OrgNode::toView).toList();
    }

    /** Every node of the subtree rooted at {@code rootId}, the root included. */
    public List<OrgNodeView> subtree(long rootId) {
        return nodes.findSubtree(load(rootId).getPath());
    }

    /** The nodes directly under {@code parentId}, by name. */
    public List<OrgNodeView> children(long parentId) {
        return nodes.findChildren(parentId);
    }

    /**
     * The root of the user's scope followed by the nodes directly under it (by name): the first
     * level of a node filter, which stays short whatever the size of the scope (the agencies of
     * the province for a REVIEWER).
     */
    public List<OrgNodeView> scopeAndChildren(CurrentUser user) {
        OrgNode root = load(scopeRootId(user));
        List<OrgNodeView> result = new ArrayList<>();
        result.add(root.toView());
        result.addAll(nodes.findChildren(root.getId()));
        return result;
    }

    /**
     * The user's scope as an indented tree, or, with a search text, the matching nodes (with
     * their parent's name so that two "Khoa Nội" can be told apart).
     */
    public List<OrgTreeRow> tree(CurrentUser user, String query) {
        return treeOf(load(scopeRootId(user)), query);
    }

    /**
     * The bodies an ADMIN may make a node report to: every active node of the administrator's
     * province but the node itself, as an indented tree. A station of a commune reports to a centre
     * of another branch, so the choice is not limited to the administrator's own subtree; the
     * service still refuses a circle.
     */
    public List<OrgTreeRow> reportingBodies(CurrentUser admin, Long nodeId) {
        requireAdmin(admin);
        return treeOf(load(provinceIdOf(admin.orgNodeId())), null).stream()
                .filter(row -> row.node().active() && (nodeId == null || row.node().id() != nodeId))
                .toList();
    }

    private List<OrgTreeRow> treeOf(OrgNode root, String query) {
        List<OrgNodeView> all = nodes.findSubtree(root.getPath());
        Map<Long, OrgNodeView> byId = new HashMap<>();
        all.forEach(n -> byId.put(n.id(), n));
        if (query != null && !query.isBlank()) {
            String text = SearchText.of(query);
            return nodes.searchSubtree(root.getPath(), text, Limit.unlimited()).stream()
                    .map(n -> new OrgTreeRow(n, 0, parentName(byId, n)))
                    .toList();
        }
        Map<Long, List<OrgNodeView>> childrenByParent = childrenByParent(all, root.getId());
        List<OrgTreeRow> rows = new ArrayList<>();
        appendDepthFirst(byId.get(root.getId()), 0, byId, childrenByParent, rows);
        return rows;
    }

    /**
     * The organisation page. With a search text: the matching nodes of the scope, at most
     * {@link #SEARCH_LIMIT}, each with its parent's name. Otherwise the tree of the scope: whole
     * when it has at most {@link #COLLAPSE_ABOVE} nodes; above that only the root, the nodes
     * directly under it, and the children of {@code open} and of each of its ancestors, so that a
     * province of 1,500 nodes opens as its agencies and a person opens the branch they need.
     * {@code open} outside the scope is a 403, an unknown one a 404.
     */
    public OrgTreePage browse(CurrentUser user, String query, Long open) {
        OrgNode root = load(scopeRootId(user));
        if (query != null && !query.isBlank()) {
            return search(root, query);
        }
        Set<Long> opened = Set.of(root.getId());
        if (open != null) {
            OrgNode target = load(open);
            if (!target.isWithin(root)) {
                throw new ForbiddenException("node " + open + " is outside the scope of " + user.username());
            }
            opened = Arrays.stream(target.getPath().split("/")).filter(part -> !part.isEmpty())
                    .map(Long::valueOf).collect(Collectors.toSet());
        }
        List<OrgNodeView> all = nodes.findSubtree(root.getPath());
        Map<Long, OrgNodeView> byId = new HashMap<>();
        all.forEach(n -> byId.put(n.id(), n));
        Map<Long, List<OrgNodeView>> childrenByParent = childrenByParent(all, root.getId());
        boolean collapsed = all.size() > COLLAPSE_ABOVE;
        List<OrgTreePage.Row> rows = new ArrayList<>();
        appendVisible(byId.get(root.getId()), 0, childrenByParent, collapsed, opened, rows);
        return new OrgTreePage(rows, all.size(), collapsed, false, false, linesTouching(root.getPath()));
    }

    private OrgTreePage search(OrgNode root, String query) {
        String text = SearchText.of(query);
        List<OrgNodeView> found = nodes.searchSubtree(root.getPath(), text, Limit.of(SEARCH_LIMIT + 1));
        boolean truncated = found.size() > SEARCH_LIMIT;
        if (truncated) {
            found = found.subList(0, SEARCH_LIMIT);
        }
        // The scope root's parent lies outside the scope: its name is not shown.
        Map<Long, OrgNodeView> parents = findAll(found.stream().filter(n -> n.id() != root.getId())
                .map(OrgNodeView::parentId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        List<OrgTreePage.Row> rows = found.stream()
                .map(n -> new OrgTreePage.Row(n, 0, n.id() == root.getId() ? null : parentName(parents, n), 0, false))
                .toList();
        return new OrgTreePage(rows, 0, false, true, truncated, linesTouching(root.getPath()));
    }

    private static Map<Long, List<OrgNodeView>> childrenByParent(List<OrgNodeView> all, long rootId) {
        Map<Long, List<OrgNodeView>> childrenByParent = new HashMap<>();
        for (OrgNodeView n : all) {
            if (n.parentId() != null && n.id() != rootId) {
                childrenByParent.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        childrenByParent.values().forEach(list -> list.sort(VietnameseOrder.byName(OrgNodeView::name)
                .thenComparing(OrgNodeView::id)));
        return childrenByParent;
    }

    private static void appendVisible(OrgNodeView node, int level, Map<Long, List<OrgNodeView>> childrenByParent,
            boolean collapsed, Set<Long> opened, List<OrgTreePage.Row> rows) {
        List<OrgNodeView> children = childrenByParent.getOrDefault(node.id(), List.of());
        boolean open = !children.isEmpty() && (!collapsed || opened.contains(node.id()));
        rows.add(new OrgTreePage.Row(node, level, null, children.size(), open));
        if (open) {
            for (OrgNodeView child : children) {
                appendVisible(child, level + 1, childrenByParent, collapsed, opened, rows);
            }
        }
    }

    private static void appendDepthFirst(OrgNodeView node, int level, Map<Long, OrgNodeView> byId,
            Map<Long, List<OrgNodeView>> childrenByParent, List<OrgTreeRow> rows) {
        rows.add(new OrgTreeRow(node, level, parentName(byId, node)));
        for (OrgNodeView child : childrenByParent.getOrDefault(node.id(), List.of())) {
            appendDepthFirst(child, level + 1, byId, childrenByParent, rows);
        }
    }

    private static String parentName(Map<Long, OrgNodeView> byId, OrgNodeView node) {
        OrgNodeView parent = node.parentId() == null ? null : byId.get(node.parentId());
        return parent == null ? null : parent.displayName();
    }

    @Transactional
    public long create(CurrentUser admin, OrgNodeCommand command) {
        requireAdmin(admin);
        String code = normaliseCode(command.code());
        if (nodes.existsByCodeIgnoreCase(code)) {
            throw DomainException.onField("code", "organization.error.codeTaken", code);
        }
        if (command.parentId() == null) {
            throw DomainException.onField("parentId", "organization.error.parentRequired");
        }
        OrgNode parent = load(command.parentId());
        checkNewUnder(admin, command.kind(), parent);
        OrgNode node = new OrgNode(code, command.name().trim(), blankToNull(command.shortName()), command.kind());
        node.changePlace(blankToNull(command.place()));
        nodes.saveAndFlush(node);
        node.placeUnder(parent);
        if (command.reportingParentId() != null) {
            OrgNode body = load(command.reportingParentId());
            checkReportingLine(node, body);
            node.reportTo(body);
        }
        return node.getId();
    }

    /**
     * Creates many nodes at once (the spreadsheet import) with the rules of {@link #create}: each
     * code unused, each parent a node of the administrator's scope or one created before it in the
     * list, active, and of a kind the node may sit under. The codes are checked in one query and the
     * tree is flushed once, so that thousands of nodes take seconds, not minutes. All or none: the
     * first broken rule throws and the transaction rolls back. Returns the new ids by upper-case code.
     */
    @Transactional
    public Map<String, Long> createAll(CurrentUser admin, List<NewOrgNode> list) {
        requireAdmin(admin);
        Map<String, OrgNode> known = new HashMap<>();
        List<String> codes = list.stream()
                .flatMap(n -> java.util.stream.Stream.of(n.code(), n.parentCode(), n.reportingParentCode()))
                .filter(c -> c != null && !c.isBlank())
                .map(OrganizationService::normaliseCode).distinct().toList();
        for (int from = 0; from < codes.size(); from += 1000) {
            for (Object[] row : nodes.findByUpperCodes(codes.subList(from, Math.min(codes.size(), from + 1000)))) {
                OrgNode node = (OrgNode) row[0];
                known.put(normaliseCode(node.getCode()), node);
            }
        }
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        for (NewOrgNode n : list) {
            String code = normaliseCode(n.code());
            if (known.containsKey(code)) {
                throw DomainException.onField("code", "organization.error.codeTaken", code);
            }
            OrgNode parent = known.get(normaliseCode(n.parentCode()));
            if (parent == null) {
                throw DomainException.onField("parentId", "organization.error.parentRequired");
            }
            checkNewUnder(admin, n.kind(), parent);
            OrgNode node = new OrgNode(code, n.name().trim(), blankToNull(n.shortName()), n.kind());
            node.changePlace(blankToNull(n.place()));
            // The id comes with the insert (identity column); the path, which holds it, at the flush below.
            nodes.save(node);
            node.placeUnder(parent);
            known.put(code, node);
            ids.put(code, node.getId());
        }
        nodes.flush();
        // Reporting lines once every node of the list exists; each flushed before the next is checked,
        // so that a circle through several rows is seen by the check of the row that closes it.
        for (NewOrgNode n : list) {
            if (n.reportingParentCode() != null && !n.reportingParentCode().isBlank()) {
                OrgNode node = known.get(normaliseCode(n.code()));
                OrgNode body = known.get(normaliseCode(n.reportingParentCode()));
                if (body == null) {
                    throw DomainException.onField("reportingParentId", "organization.error.reportingUnknown");
                }
                checkReportingLine(node, body);
                node.reportTo(body);
                nodes.flush();
            }
        }
        return ids;
    }

    /** Where a new node may go: under an active node of the administrator's scope that its kind fits. */
    private void checkNewUnder(CurrentUser admin, OrgKind kind, OrgNode parent) {
        requireInScope(admin, parent);
        if (!parent.isActive()) {
            throw DomainException.onField("parentId", "organization.error.parentInactive");
        }
        checkKindFits(kind, parent);
    }

    @Transactional
    public void update(CurrentUser admin, long id, long expectedVersion, OrgNodeCommand command) {
        requireAdmin(admin);
        OrgNode node = loadForChange(admin, id, expectedVersion);
        String code = normaliseCode(command.code());
        if (!code.equalsIgnoreCase(node.getCode()) && nodes.existsByCodeIgnoreCase(code)) {
            throw DomainException.onField("code", "organization.error.codeTaken", code);
        }
        OrgNode parent = node.getParentId() == null ? null : load(node.getParentId());
        checkKindFits(command.kind(), parent);
        OrgNode body = command.reportingParentId() == null ? null : load(command.reportingParentId());
        checkReportingLine(node, body);
        node.rename(code, command.name().trim(), blankToNull(command.shortName()), command.kind());
        node.changePlace(blankToNull(command.place()));
        node.reportTo(body);
    }

    /**
     * What a new document of the node writes at its top, from the tree: the node's own name as the
     * issuing body, its parent's as the parent body (blank for a province), and the node's own
     * place. The place is never taken from above: a district health centre does not write the
     * department's "Bà Rịa - Vũng Tàu"; where the node has none the clerk fills it in.
     */
    public Letterhead letterhead(long nodeId) {
        OrgNode node = load(nodeId);
        String parentBody = node.getParentId() == null ? "" : load(node.getParentId()).getName();
        return new Letterhead(node.getName(), parentBody, node.getPlace() == null ? "" : node.getPlace());
    }

    /**
     * The node's name on a day: the name in force if it was taken by then (or the node never changed
     * name), else the earlier name valid that day. Documents print the name valid at their date.
     */
    public String nameAt(long nodeId, java.time.LocalDate date) {
        OrgNode node = load(nodeId);
        return nameAt(node, date);
    }

    private String nameAt(OrgNode node, java.time.LocalDate date) {
        if (date == null || node.getNameSince() == null || !date.isBefore(node.getNameSince())) {
            return node.getName();
        }
        return names.on(node.getId(), date).map(NameRecord::name).orElse(node.getName());
    }

    /** {@link #letterhead} with the names of the node and its parent as they were on {@code date}. */
    public Letterhead letterheadAt(long nodeId, java.time.LocalDate date) {
        OrgNode node = load(nodeId);
        String parentBody = node.getParentId() == null ? "" : nameAt(load(node.getParentId()), date);
        return new Letterhead(nameAt(node, date), parentBody, node.getPlace() == null ? "" : node.getPlace());
    }

    /** Every name the node had, the one in force first. */
    public List<NameRecord> nameHistory(CurrentUser user, long nodeId) {
        OrgNode node = load(nodeId);
        requireInScope(user, node);
        List<NameRecord> result = new ArrayList<>();
        result.add(new NameRecord(node.getName(), node.getShortName(), node.getNameSince(), node.getEndedOn(), null));
        result.addAll(names.of(nodeId));
        return result;
    }

    /** Moves a node and its whole subtree under another parent; refuses to create a cycle. */
    @Transactional
    public void move(CurrentUser admin, long id, long expectedVersion, long newParentId) {
        requireAdmin(admin);
        OrgNode node = loadForChange(admin, id, expectedVersion);
        OrgNode newParent = load(newParentId);
        requireInScope(admin, newParent);
        moveUnder(node, newParent);
    }

    /** Moves {@code node} and its subtree under {@code newParent} after the rules of a move. */
    void moveUnder(OrgNode node, OrgNode newParent) {
        // A parent that reports (through any line) to the node would close a circle of reports.
        if (newParent.isWithin(node) || nodes.lineReaches(newParent.getId(), node.getId())) {
            throw DomainException.onField("parentId", "organization.error.cycle");
        }
        if (!newParent.isActive()) {
            throw DomainException.onField("parentId", "organization.error.parentInactive");
        }
        checkKindFits(node.getKind(), newParent);
        String oldPath = node.getPath();
        int oldDepth = node.getDepth();
        node.placeUnder(newParent);
        nodes.flush();
        nodes.rewriteSubtreePaths(oldPath, node.getPath(), node.getDepth() - oldDepth, node.getId());
    }

    /** Deactivates a node: it stays in history but takes no new work. */
    @Transactional
    public void deactivate(CurrentUser admin, long id, long expectedVersion) {
        requireAdmin(admin);
        OrgNode node = loadForChange(admin, id, expectedVersion);
        if (node.getId() == scopeRootId(admin) || node.getId() == admin.orgNodeId()) {
            throw new DomainException("organization.error.deactivateOwn");
        }
        if (nodes.countActiveChildren(node.getId()) > 0) {
            throw new DomainException("organization.error.activeChildren");
        }
        long activeDependants = usages.orderedStream().mapToLong(u -> u.activeDependants(node.getId())).sum();
        if (activeDependants > 0) {
            throw new DomainException("organization.error.activeUsers", activeDependants);
        }
        node.deactivate();
    }

    @Transactional
    public void activate(CurrentUser admin, long id, long expectedVersion) {
        requireAdmin(admin);
        OrgNode node = loadForChange(admin, id, expectedVersion);
        if (node.getParentId() != null && !load(node.getParentId()).isActive()) {
            throw new DomainException("organization.error.parentInactive");
        }
        node.activate();
    }

    /** Deletes a node nothing refers to (a typo, say); anything referenced is deactivated instead. */
    @Transactional
    public void delete(CurrentUser admin, long id, long expectedVersion) {
        requireAdmin(admin);
        OrgNode node = loadForChange(admin, id, expectedVersion);
        if (node.getParentId() == null || node.getId() == admin.orgNodeId()) {
            throw new DomainException("organization.error.deleteRoot");
        }
        if (nodes.countChildren(node.getId()) > 0
                || usages.orderedStream().anyMatch(u -> u.references(node.getId()))) {
            throw new DomainException("organization.error.referenced");
        }
        nodes.delete(node);
    }

    /**
     * Creates the root of a province's tree: installation set-up (first start, demo data) and the
     * installation's operator (ADR 0026); no province's administrator is offered it.
     */
    @Transactional
    public long createProvince(String code, String name, String shortName) {
        String normalised = normaliseCode(code);
        if (nodes.existsByCodeIgnoreCase(normalised)) {
            throw DomainException.onField("code", "organization.error.codeTaken", normalised);
        }
        OrgNode node = new OrgNode(normalised, name.trim(), blankToNull(shortName), OrgKind.PROVINCE);
        nodes.saveAndFlush(node);
        node.placeUnder(null);
        return node.getId();
    }

    /**
     * The provinces of the installation (the roots of the trees), for the installation's operator
     * (ADR 0026), who sees them and nothing below them; the caller checks who asks.
     */
    public List<OrgNodeView> provinces() {
        return nodes.findRoots().stream().map(OrgNode::toView).toList();
    }

    /** Whether a node with this code exists; used by the demo loader to stay idempotent. */
    public boolean existsCode(String code) {
        return nodes.existsByCodeIgnoreCase(code);
    }

    public OrgNodeView findByCode(String code) {
        return nodes.findByCodeIgnoreCase(code).map(OrgNode::toView)
                .orElseThrow(() -> new NotFoundException("organisation node", code));
    }

    /**
     * The nodes with these codes, in any case, keyed by the upper-case code: for the spreadsheet
     * import, which checks hundreds of codes at once. Codes are unique across the installation, so a
     * code outside the user's scope is found too and marked so.
     */
    public Map<String, OrgNodeByCode> findByCodes(CurrentUser user, java.util.Collection<String> codes) {
        String scope = scopePath(user);
        Map<String, OrgNodeByCode> result = new HashMap<>();
        List<String> upper = codes.stream().map(OrganizationService::normaliseCode).distinct().toList();
        for (int from = 0; from < upper.size(); from += 1000) {
            for (Object[] row : nodes.findByUpperCodes(upper.subList(from, Math.min(upper.size(), from + 1000)))) {
                OrgNode node = (OrgNode) row[0];
                result.put(normaliseCode(node.getCode()), new OrgNodeByCode(node.toView(), (String) row[1],
                        node.getPath().startsWith(scope), rootIdOf(node)));
            }
        }
        return result;
    }

    public long countActiveInScope(CurrentUser user) {
        return nodes.countActiveInSubtree(scopePath(user));
    }

    OrgNode loadForChange(CurrentUser admin, long id, long expectedVersion) {
        OrgNode node = load(id);
        requireInScope(admin, node);
        if (node.getVersion() != expectedVersion) {
            throw new ConflictException("organisation node", id);
        }
        return node;
    }

    OrgNode load(long id) {
        return nodes.findById(id).orElseThrow(() -> new NotFoundException("organisation node", id));
    }

    private long rootIdOf(OrgNode node) {
        String first = node.getPath().split("/")[1];
        return Long.parseLong(first);
    }

    void requireInScope(CurrentUser user, OrgNode node) {
        OrgNode scopeRoot = load(scopeRootId(user));
        if (!node.isWithin(scopeRoot)) {
            throw new ForbiddenException("node " + node.getId() + " is outside the scope of " + user.username());
        }
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new ForbiddenException(user.username() + " may not change the organisation tree");
        }
    }

    static void checkKindFits(OrgKind kind, OrgNode parent) {
        if (parent == null) {
            if (kind != OrgKind.PROVINCE) {
                throw DomainException.onField("parentId", "organization.error.parentRequired");
            }
            return;
        }
        if (!kind.mayBeUnder(parent.getKind())) {
            throw DomainException.onField("kind", "organization.error.kindAboveParent");
        }
    }

    private static String normaliseCode(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
