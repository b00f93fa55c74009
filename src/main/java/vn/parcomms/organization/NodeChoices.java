package vn.parcomms.organization;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.organization.internal.OrgNode;
import vn.parcomms.organization.internal.OrgNodeRepository;
import vn.parcomms.shared.SearchText;

/**
 * Nodes found by what a person types, each named by its path, for the forms that assign units.
 * A search is one bounded query on the indexed names (V80), whatever the size of the province, plus
 * one to name the paths of what it found: the tree is never loaded for a choice.
 */
@Service
@Transactional(readOnly = true)
public class NodeChoices {

    /** What a search found: at most the limit asked for, and whether there were more. */
    public record Found(List<NodeChoice> choices, boolean more) {
    }

    private static final String SEPARATOR = " › ";

    private final OrgNodeRepository nodes;

    NodeChoices(OrgNodeRepository nodes) {
        this.nodes = nodes;
    }

    /** Active nodes of the reporting scope of {@code rootId} (ADR 0016) matching {@code typed}. */
    public Found inReportingScope(long rootId, String typed, int limit) {
        OrgNode root = load(rootId);
        return found(nodes.searchReportingScope(root.getPath(), SearchText.of(typed), limit + 1), limit);
    }

    /**
     * Active nodes of the body's own subtree and the agencies of its province (the nodes directly
     * under it, such as the Department of Home Affairs) matching {@code typed}.
     */
    public Found inBodyAndAgencies(long bodyId, String typed, int limit) {
        OrgNode body = load(bodyId);
        long province = Long.parseLong(body.getPath().split("/")[1]);
        return found(nodes.searchBodyAndAgencies(body.getPath(), province, SearchText.of(typed), limit + 1),
                limit);
    }

    /** The nodes with these ids named by their paths, in the order given; unknown ids are left out. */
    public List<NodeChoice> named(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Long, OrgNode> byId = new HashMap<>();
        nodes.findAllById(wanted).forEach(n -> byId.put(n.getId(), n));
        Set<Long> ancestors = new LinkedHashSet<>();
        byId.values().forEach(n -> ancestors.addAll(pathIds(n)));
        ancestors.removeAll(byId.keySet());
        Map<Long, OrgNode> all = new HashMap<>(byId);
        if (!ancestors.isEmpty()) {
            nodes.findAllById(ancestors).forEach(n -> all.put(n.getId(), n));
        }
        return wanted.stream().map(byId::get).filter(Objects::nonNull).map(n -> choice(n, all)).toList();
    }

    private Found found(List<Long> ids, int limit) {
        boolean more = ids.size() > limit;
        return new Found(named(more ? ids.subList(0, limit) : ids), more);
    }

    /** The node's name after the short names of the nodes above it, the province left out (it is implied). */
    private static NodeChoice choice(OrgNode node, Map<Long, OrgNode> all) {
        List<Long> path = pathIds(node);
        StringBuilder label = new StringBuilder();
        for (Long id : path.subList(Math.min(1, path.size() - 1), path.size() - 1)) {
            OrgNode above = all.get(id);
            if (above != null) {
                label.append(above.toView().displayName()).append(SEPARATOR);
            }
        }
        label.append(node.getName());
        return new NodeChoice(node.getId(), node.getName(), label.toString());
    }

    private static List<Long> pathIds(OrgNode node) {
        return Arrays.stream(node.getPath().split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf).toList();
    }

    private OrgNode load(long id) {
        return nodes.findById(id).orElseThrow(() -> new vn.parcomms.shared.NotFoundException("organisation node", id));
    }
}
