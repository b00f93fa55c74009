package vn.parcomms.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.organization.internal.LineageQueries;
import vn.parcomms.organization.internal.NameHistory;
import vn.parcomms.organization.internal.OrgNode;
import vn.parcomms.organization.internal.OrgNodeRepository;
import vn.parcomms.organization.internal.Succession;
import vn.parcomms.organization.internal.SuccessionRepository;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;

/**
 * Dated changes of the tree (ADR 0015): rename, move, merge, split and dissolve, each with its
 * effective date and legal act, previewed before it is made. An ended node stays in the tree,
 * inactive, with its reports and issued plans; its users, open drafts and deadlines move to its
 * main successor through every {@link OrgNodeTransfer}, and its active units move under it.
 * Only an ADMIN, and only on nodes of their scope.
 */
@Service
@Transactional(readOnly = true)
public class OrgSuccessionService {

    static final String CHILDREN = "organization.succession.moved.children";
    static final String REPORTING_LINES = "organization.succession.moved.reportingLines";

    private final OrganizationService organizations;
    private final OrgNodeRepository nodes;
    private final SuccessionRepository successions;
    private final NameHistory names;
    private final ObjectProvider<OrgNodeTransfer> transfers;
    private final Clock clock;
    private final LineageQueries lineages;

    OrgSuccessionService(OrganizationService organizations, OrgNodeRepository nodes, SuccessionRepository successions,
            NameHistory names, ObjectProvider<OrgNodeTransfer> transfers, Clock clock, LineageQueries lineages) {
        this.lineages = lineages;
        this.organizations = organizations;
        this.nodes = nodes;
        this.successions = successions;
        this.names = names;
        this.transfers = transfers;
        this.clock = clock;
    }

    /** What the change would do; changes nothing. Broken rules are thrown as they would be on {@link #apply}. */
    public SuccessionPreview preview(CurrentUser admin, long nodeId, long expectedVersion, SuccessionCommand command) {
        Change change = check(admin, nodeId, expectedVersion, command);
        List<SuccessionPreview.Move> moves = new ArrayList<>();
        if (change.main != null) {
            for (OrgNode from : change.ending) {
                long children = nodes.countActiveChildren(from.getId());
                if (children > 0) {
                    moves.add(new SuccessionPreview.Move(from.getName(), change.main.getName(), CHILDREN, children));
                }
                int reporting = organizations.reportingHere(from.getId()).size();
                if (reporting > 0) {
                    moves.add(new SuccessionPreview.Move(from.getName(), change.main.getName(), REPORTING_LINES,
                            reporting));
                }
                transfers.orderedStream().flatMap(t -> t.preview(from.getId(), change.main.getId(),
                        command.effectiveDate()).stream()).filter(l -> l.amount() > 0)
                        .forEach(l -> moves.add(new SuccessionPreview.Move(from.getName(), change.main.getName(),
                                l.what(), l.amount())));
            }
        }
        return new SuccessionPreview(command.kind(), change.node.toView(), command.effectiveDate(),
                command.decision().trim(), change.oldValue, change.newValue,
                change.predecessors().stream().map(OrgNode::toView).toList(),
                change.successors.stream().map(OrgNode::toView).toList(), moves);
    }

    /** Makes the change and records it with what moved; returns the id of the record. */
    @Transactional
    public long apply(CurrentUser admin, long nodeId, long expectedVersion, SuccessionCommand command) {
        Change change = check(admin, nodeId, expectedVersion, command);
        LocalDate date = command.effectiveDate();
        Succession record = new Succession(command.kind(), nodeId, date, command.decision().trim(), change.oldValue,
                change.newValue, Step.of(admin, clock));
        switch (command.kind()) {
            case RENAME -> {
                OrgNode node = change.node;
                names.add(node.getId(), new NameRecord(node.getName(), node.getShortName(), node.getNameSince(),
                        date.minusDays(1), command.decision().trim()));
                node.renameFrom(date, command.newName().trim(), blankToNull(command.newShortName()));
            }
            case MOVE -> organizations.moveUnder(change.node, change.successors.get(0));
            case MERGE, SPLIT, DISSOLVE -> {
                for (OrgNode from : change.ending) {
                    for (OrgNode to : change.successors) {
                        record.link(from.getId(), to.getId(), to == change.main);
                    }
                    if (change.main != null) {
                        moveChildren(from, change.main, record);
                        moveReportingLines(from, change.main, record);
                        for (OrgNodeTransfer t : transfers.orderedStream().toList()) {
                            for (OrgNodeTransfer.Line line : t.transfer(from.getId(), change.main.getId(), date)) {
                                if (line.amount() > 0) {
                                    record.moved(from.getId(), change.main.getId(), line.what(), line.amount());
                                }
                            }
                        }
                    }
                    from.end(date.minusDays(1));
                }
            }
        }
        successions.save(record);
        nodes.flush();
        return record.getId();
    }

    private void moveChildren(OrgNode from, OrgNode to, Succession record) {
        List<OrgNode> children = nodes.findAllById(nodes.findChildren(from.getId()).stream()
                .filter(OrgNodeView::active).map(OrgNodeView::id).toList());
        for (OrgNode child : children) {
            organizations.moveUnder(child, to);
        }
        if (!children.isEmpty()) {
            record.moved(from.getId(), to.getId(), CHILDREN, children.size());
        }
    }

    /**
     * The nodes that reported to the ended node report to its main successor (ADR 0016), with the
     * rules of a reporting line: a circle stops the whole change.
     */
    private void moveReportingLines(OrgNode from, OrgNode to, Succession record) {
        List<OrgNode> reporting = nodes.findAllById(organizations.reportingHere(from.getId()).stream()
                .map(ReportingLine::nodeId).toList());
        for (OrgNode node : reporting) {
            organizations.checkReportingLine(node, to);
            node.reportTo(to);
        }
        if (!reporting.isEmpty()) {
            nodes.flush();
            record.moved(from.getId(), to.getId(), REPORTING_LINES, reporting.size());
        }
    }

    /** The changes the node took part in, latest first, with the names of the nodes involved. */
    public List<SuccessionView> history(CurrentUser user, long nodeId) {
        organizations.view(user, nodeId);
        List<Succession> found = successions.involving(nodeId);
        Set<Long> ids = new HashSet<>();
        for (Succession s : found) {
            s.getLinks().forEach(l -> {
                ids.add(l.getPredecessorId());
                ids.add(l.getSuccessorId());
            });
            s.getTransfers().forEach(t -> {
                ids.add(t.getFromNodeId());
                ids.add(t.getToNodeId());
            });
        }
        Map<Long, OrgNodeView> byId = organizations.findAll(ids);
        return found.stream().map(s -> new SuccessionView(s.getId(), s.getKind(), s.getEffectiveDate(),
                s.getDecision(), s.getOldValue(), s.getNewValue(),
                s.getLinks().stream().map(Succession.Link::getPredecessorId).distinct()
                        .map(id -> byId.get(id).name()).toList(),
                s.getLinks().stream().map(Succession.Link::getSuccessorId).distinct()
                        .map(id -> byId.get(id).name()).toList(),
                s.getTransfers().stream().map(t -> new SuccessionPreview.Move(byId.get(t.getFromNodeId()).name(),
                        byId.get(t.getToNodeId()).name(), t.getWhat(), t.getAmount())).toList(),
                s.getRecordedByName(), s.getRecordedAt())).toList();
    }

    /**
     * The nodes whose work passed to {@code nodeId} by a merge or as the main successor of a split,
     * and theirs in turn, each with the date its successor took over. No scope check: the caller
     * has checked the successor, and a predecessor's history belongs to it.
     */
    public List<Predecessor> predecessors(long nodeId) {
        List<Predecessor> result = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(nodeId));
        Deque<Long> todo = new ArrayDeque<>(List.of(nodeId));
        while (!todo.isEmpty()) {
            long successor = todo.pop();
            for (Object[] row : successions.mainPredecessors(successor)) {
                long id = ((Number) row[0]).longValue();
                if (seen.add(id)) {
                    result.add(new Predecessor(organizations.find(id), asDate(row[1]), successor));
                    todo.push(id);
                }
            }
        }
        return result;
    }

    /**
     * The node's lineage for its rollups (ADR 0023): every predecessor whose work passed to it by
     * main links, and theirs in turn, each named as it was on its last day. One statement; no
     * scope check, as {@link #predecessors}.
     */
    public List<LineageLink> lineage(long nodeId) {
        return lineages.predecessors(nodeId);
    }

    /**
     * Of the given nodes, those whose work passed on through main links, each with the latest
     * node it passed to: a rollup counts their figures under that successor. One statement.
     */
    public Map<Long, LineageLink> successorsOf(java.util.Collection<Long> nodeIds) {
        return lineages.successorsOf(nodeIds);
    }

    /**
     * {@link #lineage} of the node and {@link #successorsOf} the given nodes together, in one
     * statement: a dashboard's own predecessors and where its units' work passed to.
     */
    public LineageLinks lineageAround(long nodeId, java.util.Collection<Long> nodeIds) {
        LineageQueries.Lineages found = lineages.around(nodeId, nodeIds);
        return new LineageLinks(found.predecessors(), found.successors());
    }

    private record Change(OrgNode node, List<OrgNode> ending, List<OrgNode> successors, OrgNode main,
            String oldValue, String newValue) {

        List<OrgNode> predecessors() {
            return ending;
        }
    }

    private Change check(CurrentUser admin, long nodeId, long expectedVersion, SuccessionCommand command) {
        OrganizationService.requireAdmin(admin);
        OrgNode node = organizations.loadForChange(admin, nodeId, expectedVersion);
        if (command.kind() == null) {
            throw DomainException.onField("kind", "organization.succession.error.kind");
        }
        LocalDate date = command.effectiveDate();
        if (date == null) {
            throw DomainException.onField("effectiveDate", "organization.succession.error.date");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw DomainException.onField("effectiveDate", "organization.succession.error.future");
        }
        if (node.getNameSince() != null && !date.isAfter(node.getNameSince())) {
            throw DomainException.onField("effectiveDate", "organization.succession.error.beforeLastChange");
        }
        if (command.decision() == null || command.decision().isBlank()
                || command.decision().trim().length() > SuccessionCommand.DECISION_MAX) {
            throw DomainException.onField("decision", "organization.succession.error.decision");
        }
        if (!node.isActive()) {
            throw new DomainException("organization.succession.error.inactive");
        }
        long scopeRoot = organizations.scopeRootId(admin);
        boolean ends = command.kind() == SuccessionKind.MERGE || command.kind() == SuccessionKind.SPLIT
                || command.kind() == SuccessionKind.DISSOLVE || command.kind() == SuccessionKind.MOVE;
        if (ends && (node.getId() == scopeRoot || node.getParentId() == null)) {
            throw new DomainException("organization.succession.error.scopeRoot");
        }
        return switch (command.kind()) {
            case RENAME -> {
                if (command.newName() == null || command.newName().isBlank()
                        || command.newName().trim().length() > OrgNodeCommand.NAME_MAX_LENGTH) {
                    throw DomainException.onField("newName", "organization.succession.error.newName");
                }
                if (command.newName().trim().equals(node.getName())) {
                    throw DomainException.onField("newName", "organization.succession.error.sameName");
                }
                yield new Change(node, List.of(), List.of(), null, node.getName(), command.newName().trim());
            }
            case MOVE -> {
                OrgNode parent = target(admin, command.targetId(), "targetId");
                if (node.getParentId() != null && node.getParentId().equals(parent.getId())) {
                    throw DomainException.onField("targetId", "organization.succession.error.sameParent");
                }
                if (parent.isWithin(node)) {
                    throw DomainException.onField("targetId", "organization.error.cycle");
                }
                OrganizationService.checkKindFits(node.getKind(), parent);
                String oldParent = organizations.load(node.getParentId()).getName();
                yield new Change(node, List.of(), List.of(parent), null, oldParent, parent.getName());
            }
            case MERGE -> {
                OrgNode successor = target(admin, command.targetId(), "targetId");
                Map<Long, OrgNode> ending = new LinkedHashMap<>();
                ending.put(node.getId(), node);
                for (long id : command.otherIds()) {
                    if (id != successor.getId()) {
                        ending.put(id, other(admin, id, scopeRoot));
                    }
                }
                if (ending.containsKey(successor.getId())) {
                    throw DomainException.onField("targetId", "organization.succession.error.successorIsPredecessor");
                }
                for (OrgNode from : ending.values()) {
                    if (successor.isWithin(from)) {
                        throw DomainException.onField("targetId", "organization.succession.error.successorBelow");
                    }
                }
                checkChildrenFit(ending.values(), successor);
                yield new Change(node, List.copyOf(ending.values()), List.of(successor), successor, null,
                        successor.getName());
            }
            case SPLIT -> {
                OrgNode main = target(admin, command.targetId(), "targetId");
                Map<Long, OrgNode> successors = new LinkedHashMap<>();
                successors.put(main.getId(), main);
                for (long id : command.otherIds()) {
                    successors.putIfAbsent(id, target(admin, id, "otherIds"));
                }
                if (successors.size() < 2) {
                    throw DomainException.onField("otherIds", "organization.succession.error.splitTwo");
                }
                for (OrgNode to : successors.values()) {
                    if (to.getId().equals(node.getId()) || to.isWithin(node)) {
                        throw DomainException.onField("otherIds", "organization.succession.error.successorBelow");
                    }
                }
                checkChildrenFit(List.of(node), main);
                yield new Change(node, List.of(node), List.copyOf(successors.values()), main, null, null);
            }
            case DISSOLVE -> {
                if (nodes.countActiveChildren(node.getId()) > 0) {
                    throw new DomainException("organization.error.activeChildren");
                }
                // Nobody takes over, so nothing may be left to move: users are moved or deactivated first.
                long left = transfers.orderedStream().flatMap(t -> t.preview(node.getId(), node.getId(), date).stream())
                        .mapToLong(OrgNodeTransfer.Line::amount).sum();
                if (left > 0) {
                    throw new DomainException("organization.succession.error.dissolveOpen", left);
                }
                yield new Change(node, List.of(node), List.of(), null, null, null);
            }
        };
    }

    /** A node to take over or to move under: of the scope, active. */
    private OrgNode target(CurrentUser admin, Long id, String field) {
        if (id == null) {
            throw DomainException.onField(field, "organization.succession.error.target");
        }
        OrgNode target = organizations.load(id);
        organizations.requireInScope(admin, target);
        if (!target.isActive()) {
            throw DomainException.onField(field, "organization.error.parentInactive");
        }
        return target;
    }

    /** Another predecessor of a merge: of the scope, active, not the scope's root. */
    private OrgNode other(CurrentUser admin, long id, long scopeRoot) {
        OrgNode other = target(admin, id, "otherIds");
        if (other.getId() == scopeRoot || other.getParentId() == null) {
            throw DomainException.onField("otherIds", "organization.succession.error.scopeRoot");
        }
        return other;
    }

    private void checkChildrenFit(java.util.Collection<OrgNode> from, OrgNode to) {
        Map<Long, Boolean> checked = new HashMap<>();
        for (OrgNode f : from) {
            for (OrgNodeView child : nodes.findChildren(f.getId())) {
                if (child.active() && checked.putIfAbsent(child.id(), true) == null && !child.kind().mayBeUnder(to.getKind())) {
                    throw DomainException.onField("targetId", "organization.succession.error.childrenDoNotFit");
                }
            }
        }
    }

    private static LocalDate asDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
